import { defineStrings } from '../../core/strings.js';

/** The built-in words of `<cp-consent-withdraw>`, in plain English. Every one can be reworded or translated. */
export const consentWithdrawStrings = defineStrings({
  withdrawTitle: 'Withdraw your consent',
  withdrawIntro: 'You can withdraw at any time. You do not have to give a reason.',
  withdrawWhat: 'What would you like to withdraw from?',
  withdrawWhatHint: 'Select all that apply. If you choose only some, you are still taking part.',
  withdrawWhatMissing: 'Select what you would like to withdraw from',
  withdrawAll: 'Everything: I no longer want to take part',
  withdrawEverything: 'This withdraws everything you agreed to.',
  withdrawReason: 'Why are you withdrawing?',
  withdrawReasonHint: 'You do not have to tell us.',
  withdrawSend: 'Withdraw',
  withdrawDone: 'You have withdrawn',
  withdrawDoneAll: 'You have withdrawn from everything you agreed to.',
  withdrawDoneSome: 'You have withdrawn from:',
  withdrawQuestions: 'If you have any questions, contact {team}.',
  withdrawOptions: 'What should happen to what you have already given?',
  withdrawOptionsHint: 'Choose any you want. You do not have to choose.',
  withdrawDoneOptions: 'You asked us to:',
  manageTitle: 'Manage your consent',
  manageIntro: 'Enter the reference and key from your copy of what you agreed to.',
  manageReference: 'Your reference',
  manageReferenceHint: 'It is on your copy, for example SH-7K4Q-M2XD.',
  manageReferenceMissing: 'Enter your reference',
  manageKey: 'Your key',
  manageKeyHint: 'It is on your copy, under your reference. Keep it private: it shows the consent is yours.',
  manageKeyMissing: 'Enter your key',
  manageFind: 'Find my consent',
  manageChecking: 'Finding your consent…',
  manageRefused: 'The reference and key do not match. Check both on your copy and try again. If you cannot find your copy, contact the team who asked for your consent.',
  manageNotFound: 'We could not find consent with this reference. Check it on your copy and try again.',
  manageUnreachable: 'Your consent could not be checked just now. Check your connection and try again.',
  manageAllWithdrawn: 'You have already withdrawn from everything you agreed to.',
  creditTitle: 'Change how you are credited',
  creditNow: 'Now: {credit}',
  creditMissing: 'Choose how you would like to be credited',
  creditSave: 'Save how I am credited',
  creditDone: 'We will credit you as: {credit}',
  reconsentTitle: 'The information has changed',
  reconsentIntro: 'You agreed to version {version}. Since then:',
  reconsentChange: 'Version {version}, {date}: {summary}',
  reconsentAgain: 'Read what changed and agree again',
});

type ConsentWithdrawStrings = typeof consentWithdrawStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentWithdrawStrings {}
}
