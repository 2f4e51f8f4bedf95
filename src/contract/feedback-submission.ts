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
