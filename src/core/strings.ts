import { css } from 'lit';
import { primary } from '../contract/text.js';

/**
 * Every built-in string, in plain English. Each part of the kit adds its own with
 * `defineStrings()` in a `*.strings.ts` file beside the code that shows them (so a button does
 * not carry the form fields' error messages), and declares them here with declaration merging,
 * so `t()` and translations are typed:
 * `declare module '../../core/strings.js' { interface Strings extends FeedbackFormStrings {} }`
 * (`typeof feedbackFormStrings`); the words every widget shares (src/core) are declared together in
 * shared-strings.ts. Each element lists its own words as `static strings` (base-element.ts). Keys ending in `_one` / `_other` are plural forms chosen with
 * `Intl.PluralRules`; `{name}` placeholders are filled in by `format()`. Translations and
 * overrides are partial copies (see README "Translating").
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- empty here; each *.strings.ts adds its keys by declaration merging
export interface Strings {}

/** The English strings of every component loaded so far: the last fallback for every language. */
export const en = {} as Strings;

/** Adds a widget's English strings (its defaults). Returns them for the widget's types. */
export function defineStrings<T extends Record<string, string>>(defaults: T): T {
  Object.assign(en, defaults);
  return defaults;
}
export type StringKey = keyof Strings extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

const registry = new Map<string, Partial<Strings>>();
/** Goes up whenever strings change, so a widget that caches words knows to look again. */
export let stringsVersion = 0;

/** Redraws every connected widget (set by environment.ts). */
export const redraw = { all() {} };

/**
 * Adds or extends a translation, for example `registerStrings('cy', { optional: '(dewisol)' })`.
 * Widgets already on the page redraw with the new words.
 */
export function registerStrings(locale: string, strings: Partial<Strings>, under = false): void {
  const key = locale.toLowerCase();
  const had = registry.get(key);
  registry.set(key, under ? { ...strings, ...had } : { ...had, ...strings });
  stringsVersion++;
  // A language's own file (registerLocale) redraws the widgets that asked for it.
  if (!under) redraw.all();
}

/**
 * Type rules that come with a language (src/locales/type/scripts.json), such as Urdu's Nastaliq
 * font: in every component's styles (baseStyles), empty until such a language loads, so pages in
 * other languages do not carry them.
 */
export const localeType = css``;

/**
 * Adds one of the kit's own translations (`coproduce-kit/locales/cy.js` calls this), with the
 * language's type rule if it has one. Strings the page registered itself stay on top, whichever
 * loaded first.
 */
export const registerLocale = (locale: string, strings: Partial<Strings>, type?: string): void => {
  registerStrings(locale, strings, true);
  if (type) localeType.styleSheet?.insertRule(type);
};

/** A language's file: its strings, and its type rule if it has one. */
export interface LocaleModule {
  default: Partial<Strings>;
  type?: string;
}
let loader: ((code: string) => Promise<LocaleModule | void>) | undefined;
const loads: Record<string, Promise<unknown>> = {};

/**
 * How to fetch a shipped language the first time a widget meets it. The script-tag build sets
 * one that imports `locales/<code>.js` from its own folder. The loader returns the language's
 * module (`default`: the strings; `type`: its type rule), or nothing when the module registered
 * them itself.
 */
export function setLocaleLoader(load: typeof loader): void {
  loader = load;
}

/**
 * Loads a language's strings once, if a loader is set. Resolves when they are registered, or
 * could not be loaded (a language the kit does not have: English then stays the fallback,
 * marked with `lang="en"`).
 */
export function ensureLocale(lang: string): Promise<unknown> | undefined {
  const code = primary(lang);
  if (loader && code !== 'en')
    return (loads[code] ??= loader(code).then(
      (m) => m && registerLocale(code, m.default, m.type),
      () => {},
    ));
}

/** The registered strings for a locale: `cy-GB` falls back to `cy`, then to English. */
export function stringsFor(locale: string): Partial<Strings>[] {
  const lower = locale.toLowerCase();
  return [registry.get(lower), registry.get(primary(lower)), en].filter((s): s is Partial<Strings> => !!s);
}

// One PluralRules per language: building one is slow, and a render asks for many plural strings.
const plurals = new Map<string, Intl.PluralRules>();
const pluralRules = (locale: string): Intl.PluralRules => {
  let rules = plurals.get(locale);
  if (!rules) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
};

/**
 * Finds a key in layers of strings (first wins), choosing a plural form when `count` is given.
 * Returns the text with its `{name}` placeholders still in it and the layer it came from, or
 * undefined when no layer has it.
 */
export function lookup(
  layers: readonly object[],
  locale: string,
  key: StringKey,
  count?: unknown,
): { text: string; layer: object } | undefined {
  const keys: string[] = [key];
  if (typeof count === 'number') {
    keys.unshift(`${key}_${pluralRules(locale).select(count)}`, `${key}_other`);
  }
  // Layer by layer: a translation's general form beats English's form for one.
  for (const layer of layers) {
    for (const k of keys) {
      const text = (layer as Record<string, string | undefined>)[k];
      if (text != null) return { text, layer };
    }
  }
  return undefined;
}

/**
 * Whether text for `locale` came from the English fallback: it then needs `lang="en"` so screen
 * readers pronounce it as English (WCAG 3.1.2).
 */
export const isFallback = (layer: object | undefined, locale: string): boolean =>
  layer === en && !/^en(-|$)/i.test(locale || 'en');

/**
 * Splits a string into what is shown and what only screen readers read. Text in `[square
 * brackets]` is visually hidden, so a whole sentence stays one translatable string:
 * `'Change[ {what}]'`, `'Yes[ this page is useful]'`. Odd indexes are the hidden parts.
 */
export const hiddenParts = (text: string): string[] => text.split(/\[([^\]]*)\]/);

/** Fills `{name}` placeholders; `each` turns every filled-in value into what is returned. */
export function fill<T>(
  text: string,
  vars: Record<string, unknown>,
  locale: string,
  each: (v: string) => T,
): (string | T)[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = part.slice(1, -1);
    return i % 2 && name in vars ? each(formatValue(vars[name] as string | number, locale)) : part;
  });
}

/** Looks a key up in layers of strings (first wins) and fills it in, as plain text (hidden parts included). */
export function format(
  layers: readonly object[],
  locale: string,
  key: StringKey,
  vars: Record<string, string | number> = {},
): string {
  const found = lookup(layers, locale, key, vars.count);
  if (!found) return key;
  return fill(hiddenParts(found.text).join(''), vars, locale, (v) => v).join('');
}

/**
 * A number in the page's language. English whole numbers from 0 to 999 are their plain digits, so
 * most pages skip the number formatter's first use, which costs a slow phone about 100 ms before
 * the first render (a character count's "300"). Exported for its test.
 */
export const formatValue = (v: string | number, locale: string) =>
  typeof v !== 'number'
    ? String(v)
    : /^en\b/i.test(locale) && Number.isInteger(v) && v >= 0 && v < 1000 && !Object.is(v, -0)
      ? String(v)
      : v.toLocaleString(locale);
