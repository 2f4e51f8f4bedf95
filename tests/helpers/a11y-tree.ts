import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of Chrome's accessibility tree, as Puppeteer's snapshot gives it. */
export interface AxNode {
  role: string;
  name: string;
  focused?: boolean;
  children?: AxNode[];
}

/** Every interesting node of the page's accessibility tree (shadow roots included), in order. */
export async function axNodes(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const out: AxNode[] = [];
  const walk = (n: AxNode) => {
    out.push(n);
    n.children?.forEach(walk);
  };
  walk(root);
  return out;
}

/** The accessible names Chrome computes for every node with one of these roles. */
export async function axNames(...roles: string[]): Promise<string[]> {
  return (await axNodes()).filter((n) => roles.includes(n.role)).map((n) => n.name);
}

/** The nearest `lang` of a node, looking through shadow roots to their hosts. */
export function langAt(node: Node): string | null {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return null;
}

/** Every text node with words in it under `root`, through shadow roots. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) out.push(n as Text);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}
