import type { FeedbackSubmission } from '../feedback-form/types.js';

/** What a person said in `<cp-page-feedback>`. A key is left out when it was not answered. */
export type PageFeedbackAnswers = {
  /** "Is this page useful?" Left out when someone only reported a problem. */
  useful?: 'yes' | 'no';
  /** "What were you doing?" */
  doing?: string;
  /** "What went wrong?" */
  wrong?: string;
};

/**
 * What `<cp-page-feedback>` sends: the same shape as `<cp-feedback-form>`'s submissions, so one
 * endpoint takes both. No cookies, ids or user agent; `meta.page` has no query or fragment.
 */
export interface PageFeedbackSubmission extends FeedbackSubmission {
  /** A random UUID, also sent as `Idempotency-Key`. */
  id: string;
  /** The `form-id` attribute: `page-feedback` unless the page sets another. */
  formId: string;
  formVersion: 1;
  /** When it was sent, as an ISO 8601 date and time. */
  submittedAt: string;
  /** The language the person saw, such as `en` or `cy`. */
  locale: string;
  answers: PageFeedbackAnswers;
  /** Always empty here: there are no questions to flag. */
  flags: [];
  meta: {
    /** `location.origin + location.pathname`. */
    page: string;
    /** Milliseconds from the prompt appearing to sending. */
    elapsedMs: number;
  };
}
