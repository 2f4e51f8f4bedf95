import type { Answer, ContactAnswer, FeedbackDefinition, FlagReason, Question, QuestionFlag } from './types.js';

/** The value of "Prefer not to say" (option ids cannot contain `:`, so it never clashes). */
export const DECLINED = ':declined';
/** The value of a `multi` question's "None of these". */
export const NONE = ':none';

/** "This question doesn't work for me": `on` while the disclosure is open. */
export interface Flag {
  on: boolean;
  reason?: FlagReason;
  text?: string;
}

/** What a draft keeps on the device. */
export interface Draft {
  values: Record<string, unknown>;
  /** Questions answered with the separate "Prefer not to say" box; their typed answers stay in `values`. */
  declined?: Record<string, boolean>;
  flags: Record<string, Flag>;
  page: number;
  elapsedMs: number;
}

/**
 * Whether a question offers "Prefer not to say": when the definition says so, and always when it
 * is `required`, so that no one is ever forced to answer.
 */
export const offersDecline = (q: Question): boolean => !!(q.preferNotToSay || q.required);

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The answers as the controls hold them, and how they become a submission: a skipped question
 * has no key, "Prefer not to say" is `{ declined: true }`, "None of these" is `[]`.
 */
export class Answers {
  values: Record<string, unknown> = {};
  /**
   * Questions whose separate "Prefer not to say" box is ticked. What was typed stays in `values`
   * (nothing typed is ever cleared): it is not sent, and comes back when the box is unticked.
   */
  declined: Record<string, boolean> = {};
  flags: Record<string, Flag> = {};

  constructor(private changed: () => void) {}

  set(q: Question, value: unknown): void {
    if (value === undefined) delete this.values[q.id];
    else this.values[q.id] = value;
    this.changed();
  }

  decline(q: Question, on: boolean): void {
    if (on) this.declined[q.id] = true;
    else delete this.declined[q.id];
    this.changed();
  }

  flag(q: Question, change: Partial<Flag>): void {
    this.flags[q.id] = { ...(this.flags[q.id] ?? { on: false }), ...change };
    this.changed();
  }

  /** One question's answer for the submission, or undefined when it was skipped. */
  answer(q: Question): Answer | undefined {
    const v = this.values[q.id];
    if (v === DECLINED || this.declined[q.id]) return { declined: true };
    if (Array.isArray(v)) return v.length ? v.filter((x) => x !== NONE) : undefined;
    if (q.type === 'contact') {
      const { method, details } = (v ?? {}) as Partial<ContactAnswer>;
      return trimmed(details) ? { ...(method && { method }), details: trimmed(details) } : undefined;
    }
    const text = trimmed(v);
    return text ? (q.type === 'rating' ? Number(text) : text) : undefined;
  }

  answers(def: FeedbackDefinition): Record<string, Answer> {
    const out: Record<string, Answer> = {};
    for (const q of def.questions) {
      const a = this.answer(q);
      if (a !== undefined) out[q.id] = a;
    }
    return out;
  }

  /** Open flags, in question order, with only the parts the person gave. */
  flagged(def: FeedbackDefinition): QuestionFlag[] {
    if (def.flags === 'off') return [];
    return def.questions.flatMap((q) => {
      const f = this.flags[q.id];
      if (!f?.on || q.type === 'feeling') return [];
      const text = trimmed(f.text);
      return [{ question: q.id, ...(f.reason && { reason: f.reason }), ...(text && { text }) }];
    });
  }

  /** Forgets everything (for "Clear my answers"), or takes back a draft. */
  load(draft?: Partial<Draft>): void {
    this.values = { ...draft?.values };
    this.declined = { ...draft?.declined };
    this.flags = { ...draft?.flags };
  }
}
