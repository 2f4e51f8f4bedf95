import { defineStrings } from '../../core/strings.js';

/** The built-in words of `<cp-consent-withdraw>`, in plain English. Every one can be reworded or translated. */
export const consentWithdrawStrings = defineStrings({
  consentWithdrawTitle: 'Withdraw your consent',
  consentWithdrawIntro: 'You can withdraw at any time. You do not have to give a reason.',
  consentWithdrawWhat: 'What would you like to withdraw from?',
  consentWithdrawWhatHint: 'Select all that apply. If you choose only some, you are still taking part.',
  consentWithdrawWhatMissing: 'Select what you would like to withdraw from',
  consentWithdrawAll: 'Everything: I no longer want to take part',
  consentWithdrawEverything: 'This withdraws everything you agreed to.',
  consentWithdrawReason: 'Why are you withdrawing?',
  consentWithdrawReasonHint: 'You do not have to tell us.',
  consentWithdrawSend: 'Withdraw',
  consentWithdrawDone: 'You have withdrawn',
  consentWithdrawDoneAll: 'You have withdrawn from everything you agreed to.',
  consentWithdrawDoneSome: 'You have withdrawn from:',
  consentWithdrawQuestions: 'If you have any questions, contact {team}.',
  consentWithdrawOptions: 'What should happen to what you have already given?',
  consentWithdrawOptionsHint: 'Choose any you want. You do not have to choose.',
  consentWithdrawDoneOptions: 'You asked us to:',
  consentWithdrawManageTitle: 'Manage your consent',
  consentWithdrawManageIntro: 'Enter the reference and key from your copy of what you agreed to.',
  consentWithdrawManageReference: 'Your reference',
  consentWithdrawManageReferenceHint: 'It is on your copy, for example SH-7K4Q-M2XD.',
  consentWithdrawManageReferenceMissing: 'Enter your reference',
  consentWithdrawManageKey: 'Your key',
  consentWithdrawManageKeyHint:
    'It is on your copy, under your reference. Keep it private: it shows the consent is yours.',
  consentWithdrawManageKeyMissing: 'Enter your key',
  consentWithdrawManageFind: 'Find my consent',
  consentWithdrawManageChecking: 'Finding your consent…',
  consentWithdrawManageRefused:
    'The reference and key do not match. Check both on your copy and try again. If you cannot find your copy, contact the team who asked for your consent.',
  consentWithdrawManageNotFound: 'We could not find consent with this reference. Check it on your copy and try again.',
  consentWithdrawManageUnreachable: 'Your consent could not be checked just now. Check your connection and try again.',
  consentWithdrawManageAllWithdrawn: 'You have already withdrawn from everything you agreed to.',
  consentWithdrawCreditTitle: 'Change how you are credited',
  consentWithdrawCreditNow: 'Now: {credit}',
  consentWithdrawCreditMissing: 'Choose how you would like to be credited',
  consentWithdrawCreditSave: 'Save how I am credited',
  consentWithdrawCreditDone: 'We will credit you as: {credit}',
  consentWithdrawReconsentTitle: 'The information has changed',
  consentWithdrawReconsentIntro: 'You agreed to version {version}. Since then:',
  consentWithdrawReconsentChange: 'Version {version}, {date}: {summary}',
  consentWithdrawReconsentAgain: 'Read what changed and agree again',
});

type ConsentWithdrawStrings = typeof consentWithdrawStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentWithdrawStrings {}
}
