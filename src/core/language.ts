/**
 * The language a person chose with a language switch. It applies to every kit widget on the
 * page and lasts for the visit (sessionStorage, never a cookie).
 */
const KEY = 'cp-language';
let chosen: string | null = null;
try {
  chosen = sessionStorage.getItem(KEY);
} catch {
  // Storage blocked: a choice lasts for this page only.
}
let changed = (): void => {};

/** The language the person chose, or null when they have not chosen. */
export const chosenLanguage = (): string | null => chosen;

/** Sets (or, with null, forgets) the person's language, and tells every widget. */
export function chooseLanguage(code: string | null): void {
  chosen = code;
  try {
    if (code) sessionStorage.setItem(KEY, code);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Full or blocked storage: the choice still holds on this page.
  }
  changed();
}

/** The one listener (the environment controller's refresh), called whenever the choice changes. */
export const onLanguageChange = (listener: () => void): void => void (changed = listener);

/** Whether a language is written right to left. */
export const isRtl = (code: string): boolean => /^(ar|ur|fa|he|ps|sd|ug|yi|dv|ckb)\b/i.test(code);
