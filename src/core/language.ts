/**
 * The language a person chose with a language switch, read once at start (sessionStorage, never
 * a cookie). Choosing, and marking each widget with the chosen `lang` and `dir`, live with the
 * switch in choose-language.ts: the script-tag file loads that only on a page with a switch, or
 * when the person chose a language earlier in the visit.
 */
export const language: {
  /** The language the person chose, or null when they have not chosen. */
  chosen: string | null;
  /** Tells every widget the choice changed (the environment controller's refresh). */
  changed: () => void;
  /** Puts a chosen language on a widget as `lang` and `dir` (set by choose-language.ts once loaded). */
  mark?: (host: HTMLElement, chosen: string | null) => void;
} = { chosen: null, changed() {} };
try {
  language.chosen = sessionStorage.getItem('cp-language');
} catch {
  // Storage blocked: a choice lasts for this page only.
}

/** The language the person chose, or null when they have not chosen. */
export const chosenLanguage = (): string | null => language.chosen;

// A choice from earlier in the visit: load the switch's module, which marks every widget.
if (language.chosen) void import('../components/language-switch/index.js');
