// The words people saw for built-in choices, taken from the widgets' own English strings, so a
// results page and a spreadsheet say exactly what the form said.
import type { Question, QuestionOption } from '../../../src/contract/feedback.js';
import { feedbackWords as s, ratingWords } from '../../../src/contract/feedback-words.js';
import { textOf } from '../../../src/contract/text.js';

// A definition's words may be bilingual ({ "en": "…", "cy": "…" }): results and exports use its
// first language (`textOf`), the one the form falls back to.

/** "Prefer not to say" (`{declined: true}`), "skipped" (no answer) and "None of these" (`[]`) as answer filter values. */
export const DECLINED = ':declined';
export const SKIPPED = ':skipped';
export const NONE = ':none';

/** A choice as results show it: its id and its words in the definition's first language. */
export type Choice = { id: string; label: string };

const builtIn: Partial<Record<Question['type'], Choice[]>> = {
  yesNo: [
    { id: 'yes', label: s.feedbackFormYes },
    { id: 'no', label: s.feedbackFormNo },
  ],
  feeling: [
    { id: 'fine', label: s.feedbackFormFeelingFine },
    { id: 'mostly-fine', label: s.feedbackFormFeelingMostly },
    { id: 'uncomfortable', label: s.feedbackFormFeelingUneasy },
    { id: 'upsetting', label: s.feedbackFormFeelingUpset },
  ],
  contact: [
    { id: 'email', label: s.feedbackFormContactEmail },
    { id: 'phone', label: s.feedbackFormContactPhone },
    { id: 'sms', label: s.feedbackFormContactSms },
  ],
};

/** The choices of a question: its own options, or the built-in ones of yesNo, feeling and contact. */
export const optionsOf = (q: Question): Choice[] =>
  q.options?.map((o: QuestionOption) => ({ id: o.id, label: textOf(o.label) })) ?? builtIn[q.type] ?? [];

/** The question as people read it; the feeling question may have no label of its own. */
export const questionLabel = (q: Question): string =>
  q.label ? textOf(q.label) : q.type === 'feeling' ? s.feedbackFormFeeling : q.id;

/** "None of these" of a multi question: its own words, or the widget's. */
export const noneLabel = (q?: Question): string => (q?.noneOption ? textOf(q.noneOption) : 'None of these');

/** "Prefer not to say", as the form says it. */
export const declinedLabel: string = s.feedbackFormDecline;

/** The points of a rating question with their words, as <cp-rating> shows them ("4 – Good"). */
export function ratingPoints(q: Question): { value: number; label: string }[] {
  const min = q.scale?.min ?? 1;
  const max = q.scale?.max ?? 5;
  const builtInWords = min === 1 && max === 5;
  const points: { value: number; label: string }[] = [];
  for (let n = min; n <= max; n++) {
    const own = q.scale?.labels?.[n];
    const words = own ? textOf(own) : builtInWords ? (ratingWords as Record<string, string>)[`rating${n}`] : undefined;
    points.push({ value: n, label: words ? `${n} – ${words}` : String(n) });
  }
  return points;
}

/** Why a person flagged a question, in the words the form offered them. */
export const flagReasons: Record<string, string> = {
  confusing: s.feedbackFormFlagConfusing,
  upsetting: s.feedbackFormFlagUpsetting,
  'not-relevant': s.feedbackFormFlagIrrelevant,
  other: s.feedbackFormFlagOther,
  none: 'No reason given',
};
