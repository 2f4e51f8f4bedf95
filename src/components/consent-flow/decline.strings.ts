import { defineStrings } from '../../core/strings.js';

/**
 * The words of `<cp-consent-flow>` for not agreeing: a choice people are entitled to make, so
 * nothing here is an error. Every one can be reworded or translated.
 */
export const consentDeclineStrings = defineStrings({
  /** After Continue with a required statement left unticked. The statements are listed under it. */
  consentDeclineTitle_one: 'You have not agreed to this',
  consentDeclineTitle_other: 'You have not agreed to these',
  consentDeclineNeed_one: 'You need to agree to this to take part in this project.',
  consentDeclineNeed_other: 'You need to agree to these to take part in this project.',
  consentDeclineFine: 'That is fine. It is your choice, and you do not have to give a reason.',
  consentDeclineOther: 'To ask about other ways to take part, contact {team}.',
  consentDeclineChoose_one: 'You can still tick it and continue, or leave without agreeing.',
  consentDeclineChoose_other: 'You can still tick them and continue, or leave without agreeing.',
  consentDeclineLeave: 'Leave without agreeing',
  /** The page after "Leave without agreeing", and its page title. */
  consentDeclined: 'You have not agreed',
  consentDeclinedNothingSent: 'Nothing has been sent.',
  /** With `recordDeclines`: only a note that someone did not agree was sent. */
  consentDeclinedNoted: 'Nothing about you has been sent. We only keep a note that someone chose not to take part.',
  consentDeclinedThanks: 'Thank you for reading about this project.',
  consentDeclinedContact: 'If you have questions, or want to ask about other ways to take part, contact:',
});

type ConsentDeclineStrings = typeof consentDeclineStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentDeclineStrings {}
}
