/**
 * The words of `<cp-consent-flow>` for staff mode and for young people, in plain English. Part of
 * `consentFlowStrings`: every one can be reworded or translated.
 *
 * In `staff-mode`, a key with a `_staff` twin is read in its place: the flow speaks to a staff
 * member about the participant ("They agree") instead of to the participant ("I agree"). Any
 * string of the flow can get a `_staff` twin (in `strings` or a translation) to do the same.
 */
export const consentPeopleStrings = {
  // Staff mode: the first step, and the record.
  consentStep_staff: 'How consent is being taken',
  consentStaffHint: 'You are recording consent for someone else. Read each page with them and tick only what they agree to.',
  consentMethod: 'How are they giving consent?',
  consentMethod_verbal: 'Speaking to me, in person or by phone',
  consentMethod_paper: 'On a paper form',
  consentMethod_assisted: 'With a supporter helping them',
  consentMethodMissing: 'Select how they are giving consent',
  consentRecordedBy: 'Your name or role',
  consentRecordedByHint: 'The record says who took this consent, for example “Sam Patel” or “Peer research lead”.',
  consentRecordedByMissing: 'Enter your name or role',
  consentMethodRow: 'How consent was given',
  consentRecordedByRow: 'Recorded by',

  // Staff mode: twins of the participant's words, in the third person.
  consentStep_statements_staff: 'What they agree to',
  consentStep_credit_staff: 'How to credit them',
  consentStep_done_staff: 'Consent recorded',
  consentDraftNote_staff: 'These answers are kept on this device until you send them.',
  consentPayAmount_staff: 'They will be paid {amount} for each {per}.',
  consentPay_bank_staff: 'We pay into their bank account.',
  consentPay_choice_staff: 'They can choose cash, a bank payment or a voucher.',
  consentPayChoose_staff: 'How would they like to be paid?',
  consentPayChooseHint_staff: 'They can skip this and tell us later. They can also choose not to be paid, for example if payment could affect their benefits.',
  consentPayWith_none_staff: 'They do not want to be paid',
  consentPayBenefits_staff: 'If they get benefits',
  consentStatementsHint_staff: 'Tick each one they agree to. They can still take part without the (optional) ones.',
  consentAgree_staff: 'They agree[: {statement}]',
  consentCredit_staff: 'How would they like to be credited?',
  consentCreditHint_staff: 'This is how they will appear in anything we publish.',
  consentCredit_full_staff: 'Their full name',
  'consentCredit_first-name_staff': 'Their first name only',
  consentCredit_initials_staff: 'Their initials',
  consentCredit_group_staff: 'The name of their group',
  consentCredit_anonymous_staff: 'Credit them, but without their name',
  consentCredit_hidden_staff: 'Do not list them at all',
  consentAccess_staff: 'What would they need in place to take part?',
  consentContact_staff: 'How should we contact them?',
  consentInfoRead_staff: 'Information they read or heard',
  consentCheckNote_staff: 'By sending this, you confirm that they agreed to the statements ticked. They can withdraw at any time, without giving a reason.',
  consentCopy_staff: 'Their copy',
  consentCopyIntro_staff: 'Give them this copy of what they agreed to, on paper or by email. It says how to withdraw.',
  consentDownload_staff: 'Download their copy (text file)',
  consentPrint_staff: 'Print their copy',
  consentReference_staff: 'Their reference',
  consentCopyKeep_staff: 'Their reference and key',
  consentKey_staff: 'Their private key',
  consentManageLink_staff: 'Their link to change or withdraw their consent',
  consentCopyAnswers_staff: 'Their answers',
  // Not agreeing (decline.strings.ts), in the third person. Plural twins are `<key>_staff_one` and `<key>_staff_other`.
  consentDeclineTitle_staff_one: 'They have not agreed to this',
  consentDeclineTitle_staff_other: 'They have not agreed to these',
  consentDeclineNeed_staff_one: 'They need to agree to this to take part in this project.',
  consentDeclineNeed_staff_other: 'They need to agree to these to take part in this project.',
  consentDeclineFine_staff: 'That is fine. It is their choice, and they do not have to give a reason.',
  consentDeclineChoose_staff_one: 'If they agree to it after all, tick it and continue. Or leave without agreeing.',
  consentDeclineChoose_staff_other: 'If they agree to them after all, tick them and continue. Or leave without agreeing.',
  consentDeclined_staff: 'They have not agreed',
  consentDeclinedNoted_staff: 'Nothing about them has been sent. We only keep a note that someone chose not to take part.',

  // Young people: the age question.
  consentStep_age: 'About you',
  consentStep_age_staff: 'About them',
  consentAge: 'Are you under {age}?',
  consentAge_staff: 'Are they under {age}?',
  consentAgeHint: 'If you are under {age}, you and a parent or carer both say what you agree to. You can skip this question. We never ask for your date of birth.',
  consentAgeHint_staff: 'If they are under {age}, they and a parent or carer both say what they agree to. We never ask for a date of birth.',
  consentAge_under: 'Yes',
  consentAge_over: 'No',
  'consentAge_not-said': 'I prefer not to say',
  'consentAge_not-said_staff': 'They prefer not to say',

  // Young people: their own assent, in words written for them.
  consentStep_assent: 'Your say',
  consentStep_assent_staff: 'The young person’s say',
  consentAssentIntro: 'This page is for you. Read it, or ask someone to read it with you. Then say what is OK with you. After this, a parent or carer reads about the project too.',
  consentAssentIntro_staff: 'Read this page with the young person. Tick only what they say is OK with them. After this, a parent or carer reads about the project too.',
  consentAssentStatements: 'Is this OK with you?',
  consentAssentStatements_staff: 'Is this OK with them?',
  /** Under each statement for the young person. The bracketed statement is read out, not shown. */
  consentAssentAgree: 'Yes, this is OK with me[: {statement}]',
  consentAssentAgree_staff: 'Yes, they say this is OK[: {statement}]',
  consentParentIntro: 'This part is for a parent or carer. Please read it, then say what you agree to.',
  consentParentIntro_staff: 'This part is for a parent or carer. Read it with them, then tick what they agree to.',
  consentAgeRow: 'Under {age}',
  consentAssentRow: 'Young person: {statement}',
  consentByRow: 'Who agreed',
  'consentBy_parent-or-carer': 'The young person, and a parent or carer',
};
