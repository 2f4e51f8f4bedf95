import { CpPageFeedback } from './page-feedback.js';

CpPageFeedback.define('cp-page-feedback');
export { CpPageFeedback };
export type { PageFeedbackAnswers, PageFeedbackSubmission } from '../../contract/feedback-submission.js';
// Brings `cp-submit` (declared there) into CpEventDetails, and so HTMLElementEventMap, for apps using the published types.
export type {} from '../../core/send-feedback.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-page-feedback': CpPageFeedback;
  }
}
