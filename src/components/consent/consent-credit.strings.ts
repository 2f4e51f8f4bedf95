import { defineStrings } from '../../core/strings.js';

/**
 * How a person is credited: the consent flow's credit step, which withdrawing consent shows again
 * to change it (so that page does not carry the rest of the flow's words).
 */
export const consentCreditStrings = defineStrings({
  consentCredit: 'How would you like to be credited?',
  consentCreditHint: 'This is how you will appear in anything we publish.',
  consentCredit_full: 'My full name',
  'consentCredit_first-name': 'My first name only',
  consentCredit_initials: 'My initials',
  consentCredit_pseudonym: 'A made-up name',
  consentCredit_group: 'The name of my group',
  consentCredit_anonymous: 'Credit me, but without my name',
  consentCredit_hidden: 'Do not list me at all',
  consentCreditName: 'The name we should use',
  consentCreditNameMissing: 'Enter the name we should use',
});

type ConsentCreditStrings = typeof consentCreditStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentCreditStrings {}
}
