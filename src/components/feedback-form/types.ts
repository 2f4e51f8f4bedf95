/** The kinds of question a feedback form can ask. */
export type QuestionType =
  | 'text'
  | 'longText'
  | 'single'
  | 'multi'
  | 'rating'
  | 'yesNo'
  | 'feeling'
  | 'accessNeeds'
  | 'contact';

/** One choice in a `single`, `multi`, `feeling` or `contact` question. */
export interface QuestionOption {
  /** Sent in the answers. Letters, numbers, `-` and `_`. */
  id: string;
  label: string;
  hint?: string;
}

/** One question. Every question is optional unless `required`. */
export interface Question {
  /** The key of its answer in the submission. Letters, numbers, `-` and `_`; unique in the form. */
  id: string;
  type: QuestionType;
  /** The question. Optional only for `feeling` ("How did answering these questions feel?"). */
  label?: string;
  hint?: string;
  required?: boolean;
  /** Shows the content note before the first such question and the support panel after. */
  sensitive?: boolean;
  /** Offers "Prefer not to say", which is sent as `{ "declined": true }`. */
  preferNotToSay?: boolean;
  /** The choices (`single` and `multi` need them; `feeling` and `contact` have built-in ones). */
  options?: QuestionOption[];
  /** For `multi`: an exclusive "None of these" answer with this label, sent as `[]`. */
  noneOption?: string;
  /** For `text`, `longText` and `accessNeeds`: the most characters, with a character count (typing is never blocked; a `text` question with a limit is shown as a text box). */
  maxLength?: number;
  /** For `rating`: the points and their words (default 1 to 5, Very poor to Very good). */
  scale?: { min?: number; max?: number; labels?: Record<string, string> };
  /** In `paged` mode, questions next to each other with the same group share a page. */
  group?: string;
}

/** Someone to contact for support, shown after sensitive questions and on the thank-you page. */
export interface SupportContact {
  name: string;
  phone?: string;
  url?: string;
  /** When they are open, such as "Every day, 24 hours". */
  hours?: string;
  description?: string;
}

/** A feedback form definition (feedback-definition.schema.json). */
export interface FeedbackDefinition {
  id: string;
  version: number;
  title: string;
  intro?: string;
  /** What happens to the answers, who sees them, how long they are kept. */
  privacy?: string;
  /** Shown before the first sensitive question. */
  contentNote?: string;
  questions: Question[];
  support?: SupportContact[];
  /** What happens next, on the thank-you page. A plain default is used when not set. */
  nextSteps?: string;
  /** The "you said, we did" page: "See what has changed because of feedback". */
  impactUrl?: string;
}

// The submission is shared with <cp-page-feedback>, so it lives in core.
export type {
  Answer,
  ContactAnswer,
  FeedbackSubmission,
  FlagReason,
  QuestionFlag,
} from '../../core/feedback-submission.js';
