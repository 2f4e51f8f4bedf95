import { defineStrings } from '../../core/strings.js';
import './consent-credit.strings.js';
import { consentPeopleStrings } from './consent-people.strings.js';

/** The built-in words of `<cp-consent-flow>`, in plain English. Every one can be reworded or translated. */
export const consentFlowStrings = defineStrings({
  consentFlowStepOf: 'Step {n} of {total}',
  /** The page title on a step (`{step}` is the step's name), before " – " and the page's own title. */
  consentFlowTitleStep: 'Step {n} of {total}: {step}',
  consentFlowStep_info: 'About taking part',
  consentFlowStep_payment: 'Payment and thanks',
  consentFlowStep_statements: 'What you agree to',
  consentFlowStep_credit: 'How to credit you',
  consentFlowStep_access: 'Access needs and contact',
  consentFlowStep_check: 'Check your answers',
  consentFlowStep_done: 'Thank you for agreeing to take part',
  consentFlowBack: 'Back',
  consentFlowContinue: 'Continue',
  /** Words in [brackets] are read out but not shown: each link's name says what it changes. */
  consentFlowChange: 'Change[ {what}]',
  consentFlowVersion: 'Version {version}, {date}',
  consentFlowDraftNote:
    'Your answers are kept on this device until you send them, so you can come back later. If other people use this device, clear your answers when you finish.',
  consentFlowClearAnswers: 'Clear my answers',
  consentFlowResumed: 'Welcome back. We kept your answers on this device.',
  consentFlowStartAgain: 'Start again',
  consentFlowEasyRead: 'Show the Easy Read version',
  consentFlowStandard: 'Show the standard version',
  consentFlowFormatEasy: 'Easy Read',
  consentFlowPayAmount: 'You will be paid {amount} for each {per}.',
  consentFlowPay_voucher: 'We pay with a voucher.',
  consentFlowPay_bank: 'We pay into your bank account.',
  consentFlowPay_cash: 'We pay in cash.',
  consentFlowPay_choice: 'You can choose cash, a bank payment or a voucher.',
  consentFlowPayBenefits: 'If you get benefits',
  consentFlowPayExpenses: 'Travel and other costs',
  consentFlowStatementsHint: 'Tick each one you agree to. You can still take part without the (optional) ones.',
  /** Under each statement. The bracketed statement is read out, not shown, so every box has its own name. */
  consentFlowAgree: 'I agree[: {statement}]',
  consentFlowRequired: 'Select “{label}” to continue',
  consentFlowAgreed: 'Agreed',
  consentFlowNotAgreed: 'Not agreed',
  consentFlowAccess: 'What would you need in place to take part?',
  consentFlowAccessHint: 'For example step-free access, a quiet room, an interpreter or breaks.',
  consentFlowContact: 'How should we contact you?',
  consentFlowContact_email: 'Email',
  consentFlowContact_phone: 'Phone call',
  consentFlowContact_text: 'Text message',
  consentFlowContact_post: 'Letter',
  'consentFlowContact_in-person': 'In person',
  consentFlowNone: 'Not given',
  consentFlowInfoRead: 'Information you read',
  consentFlowCheckNote:
    'By sending this, you agree to the statements you ticked. You can withdraw at any time, without giving a reason.',
  consentFlowSend: 'Agree and send',
  consentFlowCopy: 'Your copy',
  consentFlowCopyIntro: 'Keep this copy of what you agreed to. It says how to withdraw.',
  consentFlowDownload: 'Download your copy (text file)',
  consentFlowPrint: 'Print your copy',
  consentFlowDate: 'Date',
  consentFlowReference: 'Your reference',
  consentFlowWithdrawHow: 'How to withdraw',
  consentFlowContactTeam: 'Who to contact',
  /** Staff mode (`_staff` twins) and young people: see consent-people.strings.ts. */
  ...consentPeopleStrings,
  // The payment choice (payment step, "Check your answers" and the copy).
  consentFlowPayChoose: 'How would you like to be paid?',
  consentFlowPayChooseHint:
    'You can skip this and tell us later. You can also choose not to be paid, for example if payment could affect your benefits.',
  consentFlowPayWith_cash: 'Cash',
  consentFlowPayWith_bank: 'Bank transfer',
  consentFlowPayWith_voucher: 'A voucher',
  consentFlowPayWith_none: 'I do not want to be paid',
  // The participant copy (copy.ts).
  consentFlowCopyKeep: 'Your reference and key',
  consentFlowKey: 'Your private key',
  consentFlowManageLink: 'Your link to change or withdraw your consent',
  consentFlowKeyNote:
    'Keep your key and link private, like a password. With your reference, they let you change or withdraw your consent. We do not keep a copy of your key.',
  consentFlowCopyAnswers: 'Your answers',
  consentFlowCopyInfo: 'The information you read',
  /** On the copy when `withdrawal.until` is a date. */
  consentFlowWithdrawUntil: 'You can withdraw until {date}.',
  consentFlowContactsTeam: 'The team',
  consentFlowContactsOrganisation: 'The organisation',
  consentFlowContactsIndependent: 'Someone independent',
});

type ConsentFlowStrings = typeof consentFlowStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentFlowStrings {}
}
