/// <reference types="vite/client" />
// The figures for the "Guides/Languages" docs page, read from src/locales/*.json when Storybook
// builds, so the page never states a number or a review status by hand.
import { isRtl } from '../src/core/choose-language.js';
import { autonym } from '../src/components/language-switch/language-switch.js';
import { shippedLocales } from '../src/locales/shipped.js';

interface LocaleFile {
  locale: string;
  review: string;
  strings: Record<string, string>;
}

const files = import.meta.glob<LocaleFile>('../src/locales/*.json', { eager: true, import: 'default' });

/** What the kit writes in `review` until a native speaker has checked a translation. */
export const REVIEW_PENDING = 'machine-assisted, not yet reviewed by a native speaker';

export interface Language {
  code: string;
  /** The language's name in itself, as the language switch shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** How many strings the file has (plural forms count once each), or null if it is not there yet. */
  strings: number | null;
  review: string | null;
  /** True only when the file says a person has reviewed it. */
  reviewed: boolean;
}

/** Every shipped language, English first. */
export const languages: Language[] = shippedLocales.map((code) => {
  const file = files[`../src/locales/${code}.json`];
  return {
    code,
    name: autonym(code),
    dir: isRtl(code) ? 'rtl' : 'ltr',
    strings: file ? Object.keys(file.strings).length : null,
    review: file?.review ?? null,
    reviewed: !!file && /^reviewed by /i.test(file.review),
  };
});

/** How the page shows a review status: plainly, never better than the file says. */
export function reviewText(language: Language): string {
  if (language.review === null) return 'Not written yet';
  if (language.review === 'source') return 'Source text';
  if (language.review === REVIEW_PENDING) return 'Machine-assisted, not yet reviewed by a native speaker';
  return language.review;
}

const translations = languages.filter((l) => l.code !== 'en');
/** How many translation files there are, how many still wait for a native speaker, and how many are not written yet. */
export const counts = {
  written: translations.filter((l) => l.strings !== null).length,
  unreviewed: translations.filter((l) => l.strings !== null && !l.reviewed).length,
  missing: translations.filter((l) => l.strings === null).length,
};

/** The sentence the page leads its warning with. Never says more has been reviewed than has. */
export function reviewSummary(): string {
  const { written, unreviewed, missing } = counts;
  const notYet = missing ? ` ${missing} ${missing === 1 ? 'is' : 'are'} not written yet.` : '';
  if (!written) return `No translation is written yet.${notYet}`;
  if (!unreviewed) return `Every translation here has been reviewed by a native speaker.${notYet}`;
  return `${unreviewed} of the ${written} translations ${unreviewed === 1 ? 'is' : 'are'} machine-assisted and not yet reviewed by a native speaker.${notYet}`;
}
