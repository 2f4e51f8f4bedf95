import { sendKeys } from '@web/test-runner-commands';

/** True when focus is on `host` or anywhere inside its shadow root (at any depth). */
export function focusIsIn(host: Element | null | undefined): boolean {
  for (let el = document.activeElement; el; el = el.shadowRoot?.activeElement ?? null) if (el === host) return true;
  return false;
}

/** Presses Tab until focus is inside `host`, as a keyboard user would; fails if it never gets there. */
export async function tabTo(host: Element | null | undefined, most = 40): Promise<void> {
  for (let i = 0; i < most && !focusIsIn(host); i++) await sendKeys({ press: 'Tab' });
  if (!focusIsIn(host))
    throw new Error(`Tab never reached <${host?.localName}${host?.className ? `.${host.className}` : ''}>`);
}
