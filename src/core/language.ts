/**
 * The language a person chose with a language switch, read once at start (sessionStorage, never
 * a cookie). Choosing, and marking each widget with the chosen `lang` and `dir`, live with the
 * switch in choose-language.ts: the script-tag file loads that only on a page with a switch, or
 * when the person chose a language earlier in the visit.
 */
let chosen: string | null = null;
try {
  chosen = sessionStorage.getItem('cp-language');
} catch {
  // Storage blocked: a choice lasts for this page only.
}
let changed = (): void => {};

/** The language the person chose, or null when they have not chosen. */
export const chosenLanguage = (): string | null => chosen;

/** Sets the chosen language for this page and tells every widget: `chooseLanguage` also remembers it. */
export const setChosen = (code: string | null): void => {
  chosen = code;
  changed();
};

/** The one listener (the environment controller's refresh), called whenever the choice changes. */
export const onLanguageChange = (listener: () => void): void => void (changed = listener);

/** Puts a chosen language on a widget as `lang` and `dir` (set by choose-language.ts once loaded). */
export const marker: { mark?: (host: HTMLElement, chosen: string | null) => void } = {};

// A choice from earlier in the visit: load the switch's module, which marks every widget.
if (chosen) void import('../components/language-switch/index.js');
