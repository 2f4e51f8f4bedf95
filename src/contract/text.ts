/**
 * Words in a definition (a form, a consent flow, an impact panel, credits): one string, or the
 * same words in several languages keyed by language code, `{ "en": "Your name", "cy": "Eich enw" }`.
 * The first language given is the fallback.
 */
export type Text = string | Readonly<Record<string, string>>;

/** A language tag's language alone, lower case: `cy-GB` → `cy`. */
export const primary = (lang: string): string => lang.toLowerCase().split('-')[0]!;

/**
 * The words for a language: an exact match (`cy-GB`), then the same language (`cy`), then the
 * definition's first language. Returns the words and, when they fell back, the language they are
 * in, so a widget can mark them with `lang`.
 */
export function pickText(text: Text, lang: string): [words: string, fallback?: string] {
  if (typeof text === 'string') return [text];
  const keys = Object.keys(text);
  const want = lang.toLowerCase();
  const hit = keys.find((k) => k.toLowerCase() === want) ?? keys.find((k) => primary(k) === primary(want));
  return hit ? [text[hit]!] : [text[keys[0]!]!, keys[0]];
}

/** The words alone, in a language or the definition's first: for exports, logs and hashes. */
export const textOf = (text: Text | undefined, lang = ''): string => (text == null ? '' : pickText(text, lang)[0]);

/**
 * A definition as a widget shows it: every `Text` field turned into the words for one language
 * (what `DataController.value` holds after `localise`).
 */
export type Localised<T> = T extends string
  ? T
  : T extends Text
    ? string
    : T extends readonly (infer U)[]
      ? Localised<U>[]
      : T extends object
        ? { [K in keyof T]: Localised<T[K]> }
        : T;
