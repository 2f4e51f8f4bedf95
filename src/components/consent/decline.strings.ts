import { defineStrings } from '../../core/strings.js';

/**
 * The words of `<cp-consent-flow>` for not agreeing: a choice people are entitled to make, so
 * nothing here is an error. Every one can be reworded or translated.
 */
export const consentDeclineStrings = defineStrings({
  /** After Continue with a required statement left unticked. The statements are listed under it. */
  consentFlowDeclineTitle_one: 'You have not agreed to this',
  consentFlowDeclineTitle_other: 'You have not agreed to these',
  consentFlowDeclineNeed_one: 'You need to agree to this to take part in this project.',
  consentFlowDeclineNeed_other: 'You need to agree to these to take part in this project.',
  consentFlowDeclineFine: 'That is fine. It is your choice, and you do not have to give a reason.',
  consentFlowDeclineOther: 'To ask about other ways to take part, contact {team}.',
  consentFlowDeclineChoose_one: 'You can still tick it and continue, or leave without agreeing.',
  consentFlowDeclineChoose_other: 'You can still tick them and continue, or leave without agreeing.',
  consentFlowDeclineLeave: 'Leave without agreeing',
  /** The page after "Leave without agreeing", and its page title. */
  consentFlowDeclined: 'You have not agreed',
  consentFlowDeclinedNothingSent: 'Nothing has been sent.',
  /** With `recordDeclines`: only a note that someone did not agree was sent. */
  consentFlowDeclinedNoted: 'Nothing about you has been sent. We only keep a note that someone chose not to take part.',
  consentFlowDeclinedThanks: 'Thank you for reading about this project.',
  consentFlowDeclinedContact: 'If you have questions, or want to ask about other ways to take part, contact:',
});

type ConsentDeclineStrings = typeof consentDeclineStrings;
declare module '../../core/strings.js' {
  interface Strings extends ConsentDeclineStrings {}
}
