import { CpPageFeedback } from './page-feedback.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-page-feedback')) customElements.define('cp-page-feedback', CpPageFeedback);
export { CpPageFeedback };
export type { PageFeedbackAnswers, PageFeedbackSubmission } from './types.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-page-feedback': CpPageFeedback;
  }
}
