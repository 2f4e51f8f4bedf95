/**
 * The locale to format dates, numbers and lists with, from the page's language (`env.lang`).
 *
 * Browsers read a bare `en` as American English ("February 1, 2026", "A, B, and C"). The kit is
 * written for UK charities and public services, so `en` (and `en` with a script but no region)
 * means British English: `en-GB`, "1 February 2026". Only a page that says `en-US` (or another
 * region) gets that region's format. Every other language is used as it is, and a language tag
 * the browser cannot read falls back to `en-GB` rather than stopping the widget.
 *
 *   formatLocale('en')    // 'en-GB'
 *   formatLocale('en-US') // 'en-US'
 *   formatLocale('cy')    // 'cy'
 */
export function formatLocale(lang: string | undefined | null): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang || 'en');
  } catch {
    return 'en-GB';
  }
  return locale.language === 'en' && !locale.region ? new Intl.Locale(locale, { region: 'GB' }).toString() : locale.toString();
}
