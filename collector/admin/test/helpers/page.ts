// What the back office's browser tests do in a page: sign in, open a view and wait for it, find
// things by their accessible name (through shadow roots), run axe, and collect CSP violations and
// script errors (both must stay empty).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ElementHandle, Page } from 'puppeteer-core';
import { AXE_TAGS } from '../../../../shared/axe-tags.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Watch {
  /** `securitypolicyviolation` events, as "directive: blocked URI (sample)". */
  csp: string[];
  /** Uncaught errors and console errors, with the page's address. */
  errors: string[];
}

const watches = new WeakMap<Page, Watch>();

/**
 * Records CSP violations from the start of every document (the listener is added by the browser,
 * not by a script the CSP could block) and script errors.
 */
export async function watchPage(page: Page): Promise<Watch> {
  const watch: Watch = { csp: [], errors: [] };
  watches.set(page, watch);
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(): the
  // functions these helpers send to the page need it to exist there.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
  await page.exposeFunction('__cpCspViolation', (text: string) => watch.csp.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cpCspViolation(t: string): void }).__cpCspViolation(
        `${e.violatedDirective}: ${e.blockedURI || '(inline)'} ${e.sample ? `(${e.sample})` : ''} on ${location.pathname}`,
      );
    });
  });
  page.on('pageerror', (e) => watch.errors.push(`${page.url()}: ${(e as Error).message}`));
  page.on('console', (m) => {
    // Failed requests the tests make on purpose (401, 403) show as console errors: not script errors.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text()))
      watch.errors.push(`${page.url()}: ${m.text()}`);
  });
  return watch;
}

export const watchOf = (page: Page): Watch => {
  const w = watches.get(page);
  if (!w) throw new Error('this page was not made by newPage()');
  return w;
};

/** Waits until the page has made no request for a moment (a view has loaded its data). */
export const settle = (page: Page) =>
  page.waitForNetworkIdle({ idleTime: 250, timeout: 15_000 }).catch(() => undefined);

/**
 * The first element matching a CSS selector anywhere in the page, shadow roots included. In a
 * list, start each later selector with `>>> ` too: `a, >>> b`.
 */
export const deep = (page: Page, selector: string) => page.$(`>>> ${selector}`);
export const deepAll = (page: Page, selector: string) => page.$$(`>>> ${selector}`);
// Polled, not waitForSelector: its mutation observer watches the document, not shadow roots, so
// an element that appears in a shadow root after a quiet moment in the page was never seen.
export async function waitDeep(page: Page, selector: string, timeout = 15_000): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await page.$(`>>> ${selector}`);
    if (found) return found as ElementHandle<Element>;
    if (Date.now() > end) throw new Error(`Waiting for ${selector} failed: not there after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An element by its role and accessible name (the accessibility tree crosses shadow roots). */
export const byRole = (page: Page, role: string, name: string, timeout = 15_000) =>
  page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`, { timeout }) as Promise<ElementHandle<Element>>;

/**
 * Puts `text` in a native input or textarea (found through shadow roots) as if pasted: sets the
 * value, then fires `input` and `change` as the browser would (long text typed key by key is slow).
 */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  const field = await waitDeep(page, selector);
  await field.evaluate((el, text) => {
    const input = el as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, text);
}

/** Whether a control with this role and accessible name is on the page now (no waiting). */
export const hasRole = async (page: Page, role: string, name: string | RegExp): Promise<boolean> => {
  const snapshot = await page.accessibility.snapshot({ interestingOnly: false });
  const found = (node: any): boolean =>
    (node.role === role && (typeof name === 'string' ? node.name === name : name.test(node.name ?? ''))) ||
    (node.children ?? []).some(found);
  return !!snapshot && found(snapshot);
};

/** All text of the page, shadow roots included (what a person could read). */
export const pageText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const walk = (root: Node): string => {
      let out = '';
      for (const n of root.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
        else if (n instanceof Element) {
          if (['style', 'script', 'noscript', 'template'].includes(n.localName)) continue;
          if (n.shadowRoot) out += walk(n.shadowRoot);
          out += walk(n);
        }
      }
      return out;
    };
    return walk(document.body).replace(/\s+/g, ' ');
  });

/** Waits until the page's text (shadow roots included) matches `pattern`; fails with the text it had. */
export async function waitForText(page: Page, pattern: RegExp, timeout = 15_000): Promise<string> {
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = await pageText(page);
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the page never showed ${pattern}; it showed: ${text.slice(0, 2000)}`);
}

/** Opens `path` (such as /admin/results/x) and waits for the view's element and its data. */
export async function openView(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  await waitForView(page);
}

/** Waits until the shell shows a view (or its own message) with an <h1>, and requests have stopped. */
export async function waitForView(page: Page): Promise<void> {
  await waitDeep(page, 'main >>> h1');
  await settle(page);
}

/** The path of the address the page is showing. */
export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Signs in through the sign-in view, as a person would, and waits for the overview. */
export async function signIn(page: Page, base: string, who: { email: string; password: string }): Promise<void> {
  await openView(page, base, '/admin/sign-in');
  const email = await waitDeep(page, 'input[type="email"], >>> input[autocomplete="username"]');
  await email.type(who.email);
  const password = await waitDeep(page, 'input[type="password"]');
  await password.type(who.password);
  await (await byRole(page, 'button', 'Sign in')).click();
  await page.waitForFunction(() => !location.pathname.startsWith('/admin/sign-in'), { timeout: 15_000 });
  await waitForView(page);
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}

/** axe on the whole document (open shadow roots included) with the kit's tags: WCAG 2.2 A/AA and more. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // page.evaluate runs through the debugging protocol, which the page's CSP does not govern.
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n: any) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

export const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.html}\n    ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');

/**
 * Where text containing `needle` is shown: for each element that holds it directly, whether it
 * fits (not wider than its box, inside the viewport), its `dir`, and whether the page scrolls sideways.
 */
export function textPlacement(page: Page, needle: string) {
  return page.evaluate((needle: string) => {
    const holders: Element[] = [];
    const walk = (root: Node) => {
      for (const n of root.childNodes) {
        if (n.nodeType === Node.TEXT_NODE && n.textContent?.includes(needle) && n.parentElement)
          holders.push(n.parentElement);
        else if (n instanceof Element) {
          if (n.shadowRoot) walk(n.shadowRoot);
          walk(n);
        }
      }
    };
    walk(document.body);
    const inDirAuto = (el: Element | null): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) {
        if (e.getAttribute('dir') === 'auto') return true;
        if (e.hasAttribute('dir')) return false;
      }
      return false;
    };
    // What sticks out past the right edge (the innermost few), to name the culprit when the page scrolls sideways.
    const past: string[] = [];
    const width = document.documentElement.clientWidth;
    const scan = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > width + 1 && r.width > 0)
          past.push(
            `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> ${Math.round(r.right)}px`,
          );
        if (el.shadowRoot) scan(el.shadowRoot);
      }
    };
    scan(document);
    return {
      past: past.slice(-6),
      pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      viewport: document.documentElement.clientWidth,
      holders: holders.map((el) => {
        const box = el.getBoundingClientRect();
        return {
          tag: el.localName,
          fits: el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).display === 'inline',
          right: Math.round(box.right),
          dirAuto: inDirAuto(el),
          boldChildren: el.querySelectorAll('b').length,
        };
      }),
    };
  }, needle);
}
