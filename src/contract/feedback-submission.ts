/**
 * The feedback submission both feedback widgets send (`feedback-submission.schema.json`), and
 * their `cp-submit` event.
 */

/** How contact details are sent: the way the person chose and what they typed. */
export interface ContactAnswer {
  method?: string;
  details: string;
}

/**
 * One answer. A question that was skipped has no key at all; "Prefer not to say" is
 * `{ declined: true }`; "None of these" is `[]`; a rating is a number.
 */
export type Answer = string | number | string[] | ContactAnswer | { declined: true };

export type FlagReason = 'confusing' | 'upsetting' | 'not-relevant' | 'other';

/** "This question doesn't work for me", with the reason and words the person gave, if any. */
export interface QuestionFlag {
  question: string;
  reason?: FlagReason;
  text?: string;
}

/**
 * What `<cp-feedback-form>` and `<cp-page-feedback>` send (feedback-submission.schema.json). No cookies, identifiers or
 * user agent; `meta.page` is the page address without query string or fragment.
 */
export interface FeedbackSubmission {
  /** A random UUID, also sent as `Idempotency-Key`. */
  id: string;
  formId: string;
  formVersion: number;
  /** ISO 8601 date and time. */
  submittedAt: string;
  /** The language the person saw, such as `en` or `cy`. */
  locale: string;
  answers: Record<string, Answer>;
  flags: QuestionFlag[];
  meta: { page: string; elapsedMs: number };
}

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
