// The shape of a locale file in src/locales/: who checked it, then every string.
export const REVIEW_PENDING = 'machine-assisted, not yet reviewed by a native speaker';

/** The plural categories in CLDR order, the order a locale file lists a key's forms in. */
export const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The text of a locale file, with a stable key order so diffs stay small. `sameAsEnglish`
 * (keys whose English text is right in this language too, such as a name) is written only when
 * it lists something.
 */
export function localeFile(locale, strings, review = locale === 'en' ? 'source' : REVIEW_PENDING, sameAsEnglish = []) {
  const file = sameAsEnglish.length ? { locale, review, sameAsEnglish, strings } : { locale, review, strings };
  return `${JSON.stringify(file, null, 2)}\n`;
}
