import type { Text } from './text.js';

/** The kinds of question a feedback form can ask. */
export type QuestionType =
  'text' | 'longText' | 'single' | 'multi' | 'rating' | 'yesNo' | 'feeling' | 'accessNeeds' | 'contact';

/** One choice in a `single`, `multi`, `feeling` or `contact` question. */
export interface QuestionOption {
  /** Sent in the answers. Letters, numbers, `-` and `_`. */
  id: string;
  label: Text;
  hint?: Text;
}

/** One question. Every question is optional unless `required`. */
export interface Question {
  /** The key of its answer in the submission. Letters, numbers, `-` and `_`; unique in the form. */
  id: string;
  type: QuestionType;
  /** The question. Optional only for `feeling` ("How did answering these questions feel?"). */
  label?: Text;
  hint?: Text;
  /**
   * The person must answer before sending. A required question always offers "Prefer not to
   * say" (as if `preferNotToSay` were set), and flagging it ("This question doesn't work for me")
   * answers it too: no one is ever forced to give an answer.
   */
  required?: boolean;
  /** Shows the content note before the first such question and the support panel after. */
  sensitive?: boolean;
  /** Offers "Prefer not to say", which is sent as `{ "declined": true }`. Always on for `required` questions. */
  preferNotToSay?: boolean;
  /** The choices (`single` and `multi` need them; `feeling` and `contact` have built-in ones). */
  options?: QuestionOption[];
  /** For `multi`: an exclusive "None of these" answer with this label, sent as `[]`. */
  noneOption?: Text;
  /** For `text`, `longText` and `accessNeeds`: the most characters, with a character count (typing is never blocked; a `text` question with a limit is shown as a text box). */
  maxLength?: number;
  /** For `rating`: the points and their words (default 1 to 5, Very poor to Very good). */
  scale?: { min?: number; max?: number; labels?: Record<string, Text> };
  /** In `paged` mode, questions next to each other with the same group share a page. */
  group?: string;
}

/** Where a form offers "This question doesn't work for me" (`FeedbackDefinition.flags`). */
export type FlagPlacement = 'every-question' | 'end-of-form' | 'off';

/** Someone to contact for support, shown after sensitive questions and on the thank-you page. */
export interface SupportContact {
  name: string;
  phone?: string;
  url?: string;
  /** When they are open, such as "Every day, 24 hours". */
  hours?: Text;
  description?: Text;
}

/** A feedback form definition (feedback-definition.schema.json). */
export interface FeedbackDefinition {
  id: string;
  version: number;
  title: Text;
  intro?: Text;
  /** What happens to the answers, who sees them, how long they are kept. */
  privacy?: Text;
  /** Shown before the first sensitive question. */
  contentNote?: Text;
  questions: Question[];
  /**
   * Where people can say "This question doesn't work for me": a quiet control under every
   * question but the `feeling` one (`every-question`, the default), one control at the end of the
   * form where they pick the questions (`end-of-form`), or nowhere (`off`). Flags are sent in the
   * submission's `flags` either way.
   */
  flags?: FlagPlacement;
  support?: SupportContact[];
  /** What happens next, on the thank-you page. A plain default is used when not set. */
  nextSteps?: Text;
  /** The "you said, we did" page: "See what has changed because of feedback". */
  impactUrl?: string;
}

// The submission is shared with <cp-page-feedback>, whose answers and submission are typed here too.
export type {
  Answer,
  ContactAnswer,
  FeedbackSubmission,
  FlagReason,
  PageFeedbackAnswers,
  PageFeedbackSubmission,
  QuestionFlag,
} from './feedback-submission.js';
