// What one answer is, as the feedback widgets send it: a skipped question has no key,
// "Prefer not to say" is `{declined: true}`, "None of these" is `[]`, a rating is a number,
// contact details are `{method, details}`. Pure: shared by the summaries and the feedback filter.
import type { FeedbackDefinition, QuestionType } from '../../../src/contract/feedback.js';
import { DECLINED, NONE, SKIPPED } from './labels.js';

type Json = Record<string, unknown>;

export const answersOf = (submission: Json): Json => {
  const a = submission.answers;
  return a && typeof a === 'object' && !Array.isArray(a) ? (a as Json) : {};
};

export const isDeclined = (a: unknown): boolean =>
  !!a && typeof a === 'object' && !Array.isArray(a) && (a as Json).declined === true;

/** Questions whose answers are people's own words. */
export const FREE_TEXT: ReadonlySet<QuestionType> = new Set(['text', 'longText', 'accessNeeds']);

/**
 * True when answer `a` is, or contains, `value`: an option id, a rating's number ("4"), a contact
 * method, or one of the special values for "Prefer not to say", skipped and "None of these".
 */
export function answerMatches(a: unknown, value: string): boolean {
  if (value === SKIPPED) return a === undefined;
  if (value === DECLINED) return isDeclined(a);
  if (a === undefined || a === null || isDeclined(a)) return false;
  if (Array.isArray(a)) return value === NONE ? a.length === 0 : a.some((x) => String(x) === value);
  if (typeof a === 'object') return String((a as Json).method) === value;
  return String(a) === value;
}

/**
 * The person's own words in a submission: answers to free-text questions (every string answer
 * when the form version is not known) and the words they gave when flagging a question.
 */
export function freeTextsOf(submission: Json, def?: FeedbackDefinition): string[] {
  const answers = answersOf(submission);
  const out: string[] = [];
  for (const [id, a] of Object.entries(answers)) {
    if (typeof a !== 'string') continue;
    const q = def?.questions.find((x) => x.id === id);
    if (!def || !q || FREE_TEXT.has(q.type)) out.push(a);
  }
  for (const f of (submission.flags as Json[] | undefined) ?? []) if (typeof f?.text === 'string') out.push(f.text);
  return out;
}

/** True when any of the person's own words holds `q`, ignoring case. */
export const textMatches = (submission: Json, q: string, def?: FeedbackDefinition): boolean => {
  const needle = q.toLocaleLowerCase();
  return freeTextsOf(submission, def).some((t) => t.toLocaleLowerCase().includes(needle));
};

/** True when the submission answers the question with something other than "Prefer not to say". */
export const hasAnswer = (submission: Json, questionId: string): boolean => {
  const answers = answersOf(submission);
  return Object.hasOwn(answers, questionId) && !isDeclined(answers[questionId]);
};
