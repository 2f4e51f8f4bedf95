import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-credits>`. Role names are in `roles.ts` and reworded in the data's `roles`. */
export const creditsStrings = defineStrings({
  creditsTitle: 'Co-produced with',
  creditsOther: 'Other contributors',
  creditsEmpty: 'No contributors are listed yet.',
  creditsAnonymous_one: '{count} person who chose not to be named',
  creditsAnonymous_other: '{count} people who chose not to be named',
  /** After a list of names: "and 37 people who chose not to be named". */
  creditsAnd: 'and {rest}',
  /** A name with its details, in the list and the acknowledgement: "Amina Khan (Storyteller, Leeds Mind)". */
  creditsNamed: '{name} ({details})',
  creditsLived: 'with lived experience',
  creditsSince: 'since {date}',
  creditsUntil: 'until {date}',
  creditsCopy: 'Copy acknowledgement',
  creditsCopyText: 'This work was co-produced with {list}.',
  creditsCopied: 'Acknowledgement copied. You can now paste it.',
  creditsCopyFailed: 'Your browser did not let us copy it. Select the text below and copy it.',
  creditsCopyLabel: 'Acknowledgement',
});

type CreditsStrings = typeof creditsStrings;
declare module '../../core/strings.js' {
  interface Strings extends CreditsStrings {}
}
