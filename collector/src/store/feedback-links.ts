// What an impact link (impact.ts) and a theme's tag (themes.ts) share: each points at one
// submission, or one of its answers, which erasure or retention may delete at any moment.
import { hasAnswer } from '../results/answers.js';
import { parsed } from '../storage/columns.js';
import type { Sql } from '../storage/types.js';

/** Why the submission, or its answer `questionId`, cannot be linked: it is gone, or that answer was skipped or declined. */
export async function unlinkable(
  db: Sql,
  feedbackId: string,
  questionId: string,
): Promise<'no-feedback' | 'no-answer' | undefined> {
  const [fb] = await db.query<{ body: unknown }>('select body from feedback where id = $1', [feedbackId]);
  if (!fb) return 'no-feedback';
  return questionId && !hasAnswer(parsed(fb.body), questionId) ? 'no-answer' : undefined;
}

/** Runs the insert that links to a submission: 'no-feedback' when it was deleted after `unlinkable` read it. */
export async function linking<T>(insert: () => Promise<T>): Promise<T | 'no-feedback'> {
  try {
    return await insert();
  } catch (e) {
    // foreign_key_violation: the feedback (or the theme a tag names) was deleted in between.
    if ((e as { code?: string }).code === '23503') return 'no-feedback';
    throw e;
  }
}
