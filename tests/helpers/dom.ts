import { expect, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Waits until every Lit element inside `root` (through shadow roots) has rendered. */
export async function settled(root: Element | ShadowRoot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll('*')] as (Element & Partial<LitElement>)[];
    const pending = els.flatMap((el) => [el.updateComplete, ...(el.shadowRoot ? [settled(el.shadowRoot)] : [])]);
    await Promise.all(pending);
  }
}

/** An element inside a component's shadow root. */
export function inner<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const el = host.shadowRoot?.querySelector<T>(selector);
  if (!el) throw new Error(`<${host.localName}> has no ${selector} in its shadow root`);
  return el;
}

/** The text a person sees, with white space folded. */
export const text = (el: Node | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Checks `check` every 50 ms, for up to 5 s, until it holds; then asserts it, named `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
  expect(await check(), what).to.equal(true);
}

/**
 * @open-wc's waitUntil, bounded by the test's own timeout rather than its 1 s default. Tests wait
 * for a fetch, a hash or a render, which a loaded machine slows; none waits on a time the widgets
 * promise, so a short deadline only makes them fail under load.
 */
export const waitUntil: typeof openWcWaitUntil = (check, message, options = {}) =>
  openWcWaitUntil(check, message, { interval: 20, timeout: 15_000, ...options });
