import type { FeedbackDefinition, Question } from './types.js';

/** Problems the schema cannot see: the same id twice, a scale that runs backwards. */
export const problems = (d: FeedbackDefinition): string[] => {
  const seen = new Set<string>();
  return d.questions.flatMap((q, i) => {
    const out: string[] = [];
    if (seen.has(q.id)) out.push(`questions[${i}].id: "${q.id}" is used by an earlier question`);
    if ((q.scale?.min ?? 1) >= (q.scale?.max ?? 5)) out.push(`questions[${i}].scale: min must be less than max`);
    seen.add(q.id);
    return out;
  });
};

/** The form's pages: all the questions on one, or (`paged`) one question or `group` a page. */
export function pagesOf(d: FeedbackDefinition, paged: boolean): Question[][] {
  const qs = d.questions;
  if (!paged) return [qs];
  const pages: Question[][] = [];
  qs.forEach((q, i) => (q.group && q.group === qs[i - 1]?.group ? pages.at(-1)!.push(q) : pages.push([q])));
  return pages;
}

/** "Page 2 of 4" when questions share pages, otherwise "Question 2 of 6". */
export const progressKey = (d: FeedbackDefinition) =>
  d.questions.some((q) => q.group) ? ('feedbackFormPageProgress' as const) : ('feedbackFormProgress' as const);
