import { defineStrings } from '../../core/strings.js';
import './consent-credit.strings.js';
import { consentPeopleStrings } from './consent-people.strings.js';

/** The built-in words of `<cp-consent-flow>`, in plain English. Every one can be reworded or translated. */
export const consentFlowStrings = defineStrings({
  consentStepOf: 'Step {n} of {total}',
  /** The page title on a step (`{step}` is the step's name), before " – " and the page's own title. */
  consentTitleStep: 'Step {n} of {total}: {step}',
  consentStep_info: 'About taking part',
  consentStep_payment: 'Payment and thanks',
  consentStep_statements: 'What you agree to',
  consentStep_credit: 'How to credit you',
  consentStep_access: 'Access needs and contact',
  consentStep_check: 'Check your answers',
  consentStep_done: 'Thank you for agreeing to take part',
  consentBack: 'Back',
  consentContinue: 'Continue',
  /** Words in [brackets] are read out but not shown: each link's name says what it changes. */
  consentChange: 'Change[ {what}]',
  consentVersion: 'Version {version}, {date}',
  consentDraftNote: 'Your answers are kept on this device until you send them, so you can come back later. If other people use this device, clear your answers when you finish.',
  consentClearAnswers: 'Clear my answers',
  consentResumed: 'Welcome back. We kept your answers on this device.',
  consentStartAgain: 'Start again',
  consentEasyRead: 'Show the Easy Read version',
  consentStandard: 'Show the standard version',
  consentFormatEasy: 'Easy Read',
  consentPayAmount: 'You will be paid {amount} for each {per}.',
  consentPay_voucher: 'We pay with a voucher.',
  consentPay_bank: 'We pay into your bank account.',
  consentPay_cash: 'We pay in cash.',
  consentPay_choice: 'You can choose cash, a bank payment or a voucher.',
  consentPayBenefits: 'If you get benefits',
  consentPayExpenses: 'Travel and other costs',
  consentStatementsHint: 'Tick each one you agree to. You can still take part without the (optional) ones.',
  /** Under each statement. The bracketed statement is read out, not shown, so every box has its own name. */
  consentAgree: 'I agree[: {statement}]',
  consentRequired: 'Select “{label}” to continue',
  consentAgreed: 'Agreed',
  consentNotAgreed: 'Not agreed',
  consentAccess: 'What would you need in place to take part?',
  consentAccessHint: 'For example step-free access, a quiet room, an interpreter or breaks.',
  consentContact: 'How should we contact you?',
  consentContact_email: 'Email',
  consentContact_phone: 'Phone call',
  consentContact_text: 'Text message',
  consentContact_post: 'Letter',
  'consentContact_in-person': 'In person',
  consentNone: 'Not given',
  consentInfoRead: 'Information you read',
  consentCheckNote: 'By sending this, you agree to the statements you ticked. You can withdraw at any time, without giving a reason.',
  consentSend: 'Agree and send',
  consentCopy: 'Your copy',
  consentCopyIntro: 'Keep this copy of what you agreed to. It says how to withdraw.',
  consentDownload: 'Download your copy (text file)',
  consentPrint: 'Print your copy',
  consentDate: 'Date',
  consentReference: 'Your reference',
  consentWithdrawHow: 'How to withdraw',
  consentContactTeam: 'Who to contact',
  /** Staff mode (`_staff` twins) and young people: see consent-people.strings.ts. */
  ...consentPeopleStrings,
  // The payment choice (payment step, "Check your answers" and the copy).
  consentPayChoose: 'How would you like to be paid?',
  consentPayChooseHint: 'You can skip this and tell us later. You can also choose not to be paid, for example if payment could affect your benefits.',
  consentPayWith_cash: 'Cash',
  consentPayWith_bank: 'Bank transfer',
  consentPayWith_voucher: 'A voucher',
  consentPayWith_none: 'I do not want to be paid',
  // The participant copy (copy.ts).
  consentCopyKeep: 'Your reference and key',
  consentKey: 'Your private key',
  consentManageLink: 'Your link to change or withdraw your consent',
  consentKeyNote: 'Keep your key and link private, like a password. With your reference, they let you change or withdraw your consent. We do not keep a copy of your key.',
  consentCopyAnswers: 'Your answers',
  consentCopyInfo: 'The information you read',
  /** On the copy when `withdrawal.until` is a date. */
  consentWithdrawUntil: 'You can withdraw until {date}.',
  consentContactsTeam: 'The team',
  consentContactsOrganisation: 'The organisation',
  consentContactsIndependent: 'Someone independent',
});

type ConsentFlowStrings = typeof consentFlowStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentFlowStrings {}
}
