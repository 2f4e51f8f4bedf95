import { CpFeedbackForm } from './feedback-form.js';

CpFeedbackForm.define('cp-feedback-form');
export { CpFeedbackForm };
export type {
  Answer,
  ContactAnswer,
  FeedbackDefinition,
  FeedbackSubmission,
  FlagPlacement,
  FlagReason,
  Question,
  QuestionFlag,
  QuestionOption,
  QuestionType,
  SupportContact,
} from '../../contract/feedback.js';
// Brings `cp-submit` (declared there) into CpEventDetails, and so HTMLElementEventMap, for apps using the published types.
export type {} from '../../core/send-feedback.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-feedback-form': CpFeedbackForm;
  }
}
