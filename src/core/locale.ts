// Worked out once per language tag: the browser's locale data is slow to ask.
const formats = new Map<string, string>();

/**
 * The locale to format dates, numbers and lists with, from the page's language (`env.lang`).
 *
 * Browsers read a bare `en` as American English ("February 1, 2026", "A, B, and C"). The kit is
 * written for UK charities and public services, so `en` (and `en` with a script but no region)
 * means British English: `en-GB`, "1 February 2026". Only a page that says `en-US` (or another
 * region) gets that region's format. Every other language is used as it is, and a language tag
 * the browser cannot read, or has no date words for, falls back to `en-GB` rather than stopping
 * the widget or writing American dates.
 *
 *   formatLocale('en')    // 'en-GB'
 *   formatLocale('en-US') // 'en-US'
 *   formatLocale('cy')    // 'cy'
 */
export function formatLocale(lang: string | undefined | null): string {
  const key = lang || 'en';
  let found = formats.get(key);
  if (!found) formats.set(key, (found = readLocale(key)));
  return found;
}

function readLocale(lang: string): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'en-GB';
  }
  // A browser without date words for a language (Chromium has none for Welsh) would write American
  // dates: British order reads better on a UK page.
  if (locale.language === 'en')
    return locale.region ? locale.toString() : new Intl.Locale(locale, { region: 'GB' }).toString();
  return Intl.DateTimeFormat.supportedLocalesOf(locale.language).length ? locale.toString() : 'en-GB';
}
