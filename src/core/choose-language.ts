import { language } from './language.js';

/**
 * Sets (or, with null, forgets) the person's language for every kit widget on the page, and
 * remembers it for the visit in sessionStorage (never a cookie). The language switch calls it.
 */
export function chooseLanguage(code: string | null): void {
  try {
    if (code) sessionStorage.setItem('cp-language', code);
    else sessionStorage.removeItem('cp-language');
  } catch {
    // Full or blocked storage: the choice still holds on this page.
  }
  language.chosen = code;
  language.changed();
}

/** Whether a language is written right to left. */
export const isRtl = (code: string): boolean => /^(ar|ur|fa|he|ps|sd|ug|yi|dv|ckb)\b/i.test(code);

/** Each widget's own `lang` and `dir` from before a chosen language replaced them. */
const own = new WeakMap<HTMLElement, (string | null)[]>();

language.mark = (host, chosen) => {
  const set = (name: string, value: string | null | undefined) =>
    value == null ? host.removeAttribute(name) : host.getAttribute(name) !== value && host.setAttribute(name, value);
  const mine = own.get(host);
  if (chosen) {
    if (!mine) own.set(host, [host.getAttribute('lang'), host.getAttribute('dir')]);
    set('lang', chosen);
    set('dir', isRtl(chosen) ? 'rtl' : 'ltr');
  } else if (mine) {
    set('lang', mine[0]);
    set('dir', mine[1]);
    own.delete(host);
  }
};
// Widgets read before this loaded: mark them now.
language.changed();
