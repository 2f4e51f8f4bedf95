import { defineStrings } from '../../core/strings.js';
import { feedbackWords } from '../../contract/feedback-words.js';

/** The English words of `<cp-feedback-form>`. Every one can be reworded or translated. */
export const feedbackFormStrings = defineStrings({
  // Answer and flag words the collector's results and exports show too (one copy, in the contract).
  ...feedbackWords,
  feedbackFormSend: 'Send my answers',
  feedbackFormContinue: 'Continue',
  feedbackFormSending: 'Sending your answers…',
  feedbackFormBack: 'Back',
  feedbackFormProgress: 'Question {n} of {total}',
  feedbackFormPageProgress: 'Page {n} of {total}',
  feedbackFormPrivacy: 'What happens to your answers',
  feedbackFormPersonal: 'Do not include personal details like your name or address.',
  /** The separate box under a text or rating question. Words in [brackets] are read out but not shown. */
  feedbackFormDeclineFor: 'Prefer not to say[: {question}]',
  feedbackFormAccessHint:
    'For example, large print, easy read, a British Sign Language interpreter, step-free access, or someone to come with you.',
  feedbackFormContactNote:
    'Only if you want a reply. We use these details only to reply to you, and they are sent with your answers. Leave this blank to stay anonymous.',
  feedbackFormContactMethod: 'How should we contact you?',
  feedbackFormContactDetails: 'Your email address or phone number',
  /** Under each question. Words in [brackets] are read out but not shown. */
  feedbackFormFlag: 'This question doesn’t work for me[: {question}]',
  feedbackFormFlagIntro: 'We will tell the team that this question did not work for you. You can say why, if you like.',
  feedbackFormFlagReason: 'What is wrong with it?',
  feedbackFormFlagText: 'Tell us more',
  /** One control at the end of the form, when the definition has `"flags": "end-of-form"`. */
  feedbackFormFlagEnd: 'A question didn’t work for me',
  feedbackFormFlagEndIntro:
    'Choose the questions that did not work for you. We will tell the team. You can say why, if you like.',
  feedbackFormFlagWhich: 'Which questions didn’t work for you?',
  feedbackFormFlagReasonFor: 'What is wrong with “{question}”?',
  feedbackFormFlagTextFor: 'Tell us more about “{question}”',
  feedbackFormContentNote: 'Before you go on',
  feedbackFormSupport: 'If you need support',
  feedbackFormPhone: 'Phone: {phone}',
  feedbackFormExit: 'Exit this page',
  feedbackFormExitHint: 'You can also press Shift 3 times to leave at once.',
  feedbackFormRestored: 'We kept the answers you gave before. They are saved only on this device.',
  feedbackFormClear: 'Clear my answers',
  feedbackFormCleared: 'Your answers have been cleared from this device.',
  feedbackFormThanks: 'Thank you',
  feedbackFormNextTitle: 'What happens next',
  feedbackFormNext:
    'People in the team will read your answers, together with everyone else’s, and use them to decide what to change.',
  feedbackFormImpact: 'See what has changed because of feedback',
});

type FeedbackFormStrings = typeof feedbackFormStrings;
declare module '../../core/strings.js' {
  interface Strings extends FeedbackFormStrings {}
}
