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
});

type ConsentWithdrawStrings = typeof consentWithdrawStrings;
declare module '../../core/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Strings extends ConsentWithdrawStrings {}
}
