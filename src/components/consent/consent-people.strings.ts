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
  consentFlowStep_staff: 'How consent is being taken',
  consentFlowStaffHint:
    'You are recording consent for someone else. Read each page with them and tick only what they agree to.',
  consentFlowMethod: 'How are they giving consent?',
  consentFlowMethod_verbal: 'Speaking to me, in person or by phone',
  consentFlowMethod_paper: 'On a paper form',
  consentFlowMethod_assisted: 'With a supporter helping them',
  consentFlowMethodMissing: 'Select how they are giving consent',
  consentFlowRecordedBy: 'Your name or role',
  consentFlowRecordedByHint: 'The record says who took this consent, for example “Sam Patel” or “Peer research lead”.',
  consentFlowRecordedByMissing: 'Enter your name or role',
  consentFlowMethodRow: 'How consent was given',
  consentFlowRecordedByRow: 'Recorded by',

  // Staff mode: twins of the participant's words, in the third person.
  consentFlowStep_statements_staff: 'What they agree to',
  consentFlowStep_credit_staff: 'How to credit them',
  consentFlowStep_done_staff: 'Consent recorded',
  consentFlowDraftNote_staff: 'These answers are kept on this device until you send them.',
  consentFlowPayAmount_staff: 'They will be paid {amount} for each {per}.',
  consentFlowPay_bank_staff: 'We pay into their bank account.',
  consentFlowPay_choice_staff: 'They can choose cash, a bank payment or a voucher.',
  consentFlowPayChoose_staff: 'How would they like to be paid?',
  consentFlowPayChooseHint_staff:
    'They can skip this and tell us later. They can also choose not to be paid, for example if payment could affect their benefits.',
  consentFlowPayWith_none_staff: 'They do not want to be paid',
  consentFlowPayBenefits_staff: 'If they get benefits',
  consentFlowStatementsHint_staff: 'Tick each one they agree to. They can still take part without the (optional) ones.',
  consentFlowAgree_staff: 'They agree[: {statement}]',
  consentCredit_staff: 'How would they like to be credited?',
  consentCreditHint_staff: 'This is how they will appear in anything we publish.',
  consentCredit_full_staff: 'Their full name',
  'consentCredit_first-name_staff': 'Their first name only',
  consentCredit_initials_staff: 'Their initials',
  consentCredit_group_staff: 'The name of their group',
  consentCredit_anonymous_staff: 'Credit them, but without their name',
  consentCredit_hidden_staff: 'Do not list them at all',
  consentFlowAccess_staff: 'What would they need in place to take part?',
  consentFlowContact_staff: 'How should we contact them?',
  consentFlowInfoRead_staff: 'Information they read or heard',
  consentFlowCheckNote_staff:
    'By sending this, you confirm that they agreed to the statements ticked. They can withdraw at any time, without giving a reason.',
  consentFlowCopy_staff: 'Their copy',
  consentFlowCopyIntro_staff:
    'Give them this copy of what they agreed to, on paper or by email. It says how to withdraw.',
  consentFlowDownload_staff: 'Download their copy (text file)',
  consentFlowPrint_staff: 'Print their copy',
  consentFlowReference_staff: 'Their reference',
  consentFlowCopyKeep_staff: 'Their reference and key',
  consentFlowKey_staff: 'Their private key',
  consentFlowManageLink_staff: 'Their link to change or withdraw their consent',
  consentFlowCopyAnswers_staff: 'Their answers',
  // Not agreeing (decline.strings.ts), in the third person. Plural twins are `<key>_staff_one` and `<key>_staff_other`.
  consentFlowDeclineTitle_staff_one: 'They have not agreed to this',
  consentFlowDeclineTitle_staff_other: 'They have not agreed to these',
  consentFlowDeclineNeed_staff_one: 'They need to agree to this to take part in this project.',
  consentFlowDeclineNeed_staff_other: 'They need to agree to these to take part in this project.',
  consentFlowDeclineFine_staff: 'That is fine. It is their choice, and they do not have to give a reason.',
  consentFlowDeclineChoose_staff_one: 'If they agree to it after all, tick it and continue. Or leave without agreeing.',
  consentFlowDeclineChoose_staff_other:
    'If they agree to them after all, tick them and continue. Or leave without agreeing.',
  consentFlowDeclined_staff: 'They have not agreed',
  consentFlowDeclinedNoted_staff:
    'Nothing about them has been sent. We only keep a note that someone chose not to take part.',

  // Young people: the age question.
  consentFlowStep_age: 'About you',
  consentFlowStep_age_staff: 'About them',
  consentFlowAge: 'Are you under {age}?',
  consentFlowAge_staff: 'Are they under {age}?',
  consentFlowAgeHint:
    'If you are under {age}, you and a parent or carer both say what you agree to. You can skip this question. We never ask for your date of birth.',
  consentFlowAgeHint_staff:
    'If they are under {age}, they and a parent or carer both say what they agree to. We never ask for a date of birth.',
  consentFlowAge_under: 'Yes',
  consentFlowAge_over: 'No',
  'consentFlowAge_not-said': 'I prefer not to say',
  'consentFlowAge_not-said_staff': 'They prefer not to say',

  // Young people: their own assent, in words written for them.
  consentFlowStep_assent: 'Your say',
  consentFlowStep_assent_staff: 'The young person’s say',
  consentFlowAssentIntro:
    'This page is for you. Read it, or ask someone to read it with you. Then say what is OK with you. After this, a parent or carer reads about the project too.',
  consentFlowAssentIntro_staff:
    'Read this page with the young person. Tick only what they say is OK with them. After this, a parent or carer reads about the project too.',
  consentFlowAssentStatements: 'Is this OK with you?',
  consentFlowAssentStatements_staff: 'Is this OK with them?',
  /** Under each statement for the young person. The bracketed statement is read out, not shown. */
  consentFlowAssentAgree: 'Yes, this is OK with me[: {statement}]',
  consentFlowAssentAgree_staff: 'Yes, they say this is OK[: {statement}]',
  consentFlowParentIntro: 'This part is for a parent or carer. Please read it, then say what you agree to.',
  consentFlowParentIntro_staff: 'This part is for a parent or carer. Read it with them, then tick what they agree to.',
  consentFlowAgeRow: 'Under {age}',
  consentFlowAssentRow: 'Young person: {statement}',
  consentFlowByRow: 'Who agreed',
  'consentFlowBy_parent-or-carer': 'The young person, and a parent or carer',
};
