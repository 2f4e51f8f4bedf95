import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-page-feedback>`. Every one can be reworded or translated. */
export const pageFeedbackStrings = defineStrings({
  pageFeedbackQuestion: 'Is this page useful?',
  /** Words in [brackets] are read out but not shown, so the button's name is a whole sentence. */
  pageFeedbackYes: 'Yes[ this page is useful]',
  pageFeedbackNo: 'No[ this page is not useful]',
  pageFeedbackReport: 'Report a problem with this page',
  pageFeedbackTitle: 'Help us improve this page',
  pageFeedbackNoIntro: 'You can tell us more, or just send your answer.',
  pageFeedbackReportIntro: 'Answer one or both questions.',
  pageFeedbackDoing: 'What were you doing?',
  pageFeedbackWrong: 'What went wrong?',
  pageFeedbackPrivacy: 'Do not include personal details like your name or address.',
  pageFeedbackEmpty: 'Enter what you were doing or what went wrong',
  pageFeedbackSend: 'Send',
  pageFeedbackCancel: 'Cancel',
  pageFeedbackSending: 'Sending…',
  pageFeedbackThanks: 'Thank you for your feedback.',
});

type PageFeedbackStrings = typeof pageFeedbackStrings;
declare module '../../core/strings.js' {
  interface Strings extends PageFeedbackStrings {}
}
