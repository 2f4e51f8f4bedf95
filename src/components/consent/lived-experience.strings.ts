import { defineStrings } from '../../core/strings.js';

/**
 * The words of the optional "lived experience" choice on the credit step of `<cp-consent-flow>`
 * and in `<cp-consent-withdraw>`'s credit change. It describes what the person took part with,
 * never who they are. Every one can be reworded or translated.
 */
export const livedExperienceStrings = defineStrings({
  /** The question's legend. "(optional)" is added after it. */
  consentLived: 'Lived experience',
  consentLivedHint:
    'Some people take part because of their own experience of what this project is about. If you tick this, the credits say “with lived experience” after your name. You can skip this.',
  consentLivedHint_staff:
    'Some people take part because of their own experience of what this project is about. If this is ticked, the credits say “with lived experience” after their name. They can skip this.',
  /** The checkbox, and the answer on "Check your answers" and the copy when it is ticked. */
  consentLivedYes: 'Say that I took part with lived experience',
  consentLivedYes_staff: 'Say that they took part with lived experience',
  /** The answer on "Check your answers" and the copy when it is not ticked. */
  consentLivedNo: 'Not mentioned',
  /** How a credit reads with the choice ticked, such as "A made-up name: Sunny, with lived experience". */
  consentCreditLived: '{credit}, with lived experience',
});

type LivedExperienceStrings = typeof livedExperienceStrings;
declare module '../../core/strings.js' {
  interface Strings extends LivedExperienceStrings {}
}
