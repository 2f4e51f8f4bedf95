/** The languages the kit ships strings for (src/locales/<code>.json), English first. */
export const shippedLocales = ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'ar', 'bn', 'gu'];
