/**
 * What the harnesses share: reading text the way a person sees it, finding elements through
 * shadow roots, and waiting for Lit to finish rendering. Nothing here imports a widget, so the
 * harnesses work against the npm build and the script-tag build alike.
 */

/** Text with its white space folded, as a person reads it. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** All the text in a node (screen-reader-only words included), folded. */
export const textOf = (n: Node | null | undefined): string => fold(n?.textContent);

/** Only the words shown on screen: leaves out `.vh` (visually hidden) and `hidden` elements. */
export function shownText(n: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element && (node.classList.contains('vh') || node.hasAttribute('hidden'))) return;
    node.childNodes.forEach(walk);
  };
  walk(n);
  return fold(out.join(''));
}

/** A label's or legend's words without the " (optional)" after them. */
export function withoutOptional(label: Element | null): string {
  if (!label) return '';
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('.optional').forEach((o) => o.remove());
  return textOf(copy);
}

/** Whether `el` reads as `words`: all its text, or only what is shown. */
export const reads = (el: Node, words: string): boolean => textOf(el) === fold(words) || shownText(el) === fold(words);

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until every Lit element in `root`, through shadow roots, has rendered (three rounds, for renders that cause renders). */
export async function settle(root: Element | ShadowRoot | Document): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    const walk = (r: ParentNode) => {
      for (const el of r.querySelectorAll<Updating>('*')) {
        if (el.updateComplete) pending.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root instanceof Element && (root as Updating).updateComplete) pending.push((root as Updating).updateComplete!);
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    await Promise.all(pending);
  }
}

/** The shadow root of a kit element, or a clear error when it has none (not defined yet?). */
export function shadowOf(host: Element): ShadowRoot {
  if (!host.shadowRoot)
    throw new Error(`<${host.localName}> has no shadow root: is its script loaded and the tag defined?`);
  return host.shadowRoot;
}

/** Waits, checking every 20 ms, until `check` gives something; fails after `timeout` ms with `what`. */
export async function waitFor<T>(
  check: () => T | null | undefined | false,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const got = check();
    if (got) return got;
    if (Date.now() > end) throw new Error(`Waited ${timeout / 1000} s, but ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The clear error when nothing matches: what was asked for, and what there is. */
export function notFound(kind: string, wanted: string, plural: string, have: string[]): Error {
  return new Error(`No ${kind} '${wanted}'. ${plural}: ${have.length ? have.join(', ') : '(none)'}`);
}

/** Clicks a kit button (its native button inside), a native button or a link, as a person does. */
export function clickOn(el: Element): void {
  const target = (el.shadowRoot?.querySelector('button') ?? el) as HTMLElement;
  target.click();
}
