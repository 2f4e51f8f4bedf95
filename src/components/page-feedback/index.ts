import { CpPageFeedback } from './page-feedback.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-page-feedback')) customElements.define('cp-page-feedback', CpPageFeedback);
export { CpPageFeedback };
export type { PageFeedbackAnswers, PageFeedbackSubmission } from './types.js';
// Brings `cp-submit` (declared there) into HTMLElementEventMap for apps using the published types.
export type {} from '../../core/send-feedback.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-page-feedback': CpPageFeedback;
  }
}
