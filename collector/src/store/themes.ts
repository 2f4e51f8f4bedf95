// Themes: staff of a project tag answers, or whole submissions, with themes ("transport", "cost of
// food") to make sense of feedback, filter by them, and turn one into a "you said" item. Tables in
// migrations/011_themes.sql; tags go with their feedback (foreign key), whatever deletes it.
import { randomUUID } from 'node:crypto';
import { iso } from '../storage/columns.js';
import type { Sql, Storage } from '../storage/types.js';
import { getProject } from './credits.js';
import { linking, unlinkable } from './feedback-links.js';
import { builtPanel, linkFeedback } from './impact.js';

export interface Theme {
  id: string;
  name: string;
}

/** unique_violation: another theme of the project has this name (ignoring case). */
const taken = (e: unknown) => (e as { code?: string }).code === '23505';

/** The themes of a project by name, each with how many submissions carry it (whole or in an answer). */
export async function listThemes(db: Sql, projectId: string): Promise<(Theme & { count: number })[]> {
  return db.query<Theme & { count: number }>(
    `select th.id, th.name, count(distinct t.feedback_id)::int as count
     from themes th left join feedback_tags t on t.theme_id = th.id
     where th.project_id = $1 group by th.id, th.name order by lower(th.name), th.id`,
    [projectId],
  );
}

async function themeOf(db: Sql, projectId: string, themeId: string): Promise<Theme | undefined> {
  const [row] = await db.query<Theme>('select id, name from themes where id = $1 and project_id = $2', [
    themeId,
    projectId,
  ]);
  return row;
}

export async function createTheme(db: Sql, projectId: string, name: string): Promise<Theme | 'no-project' | 'taken'> {
  if (!(await getProject(db, projectId))) return 'no-project';
  const id = randomUUID();
  try {
    await db.query('insert into themes (id, project_id, name) values ($1, $2, $3)', [id, projectId, name]);
  } catch (e) {
    if (taken(e)) return 'taken';
    throw e;
  }
  return { id, name };
}

export async function renameTheme(
  db: Sql,
  projectId: string,
  themeId: string,
  name: string,
): Promise<Theme | 'no-theme' | 'taken'> {
  try {
    const rows = await db.query('update themes set name = $3 where id = $1 and project_id = $2 returning id', [
      themeId,
      projectId,
      name,
    ]);
    return rows.length ? { id: themeId, name } : 'no-theme';
  } catch (e) {
    if (taken(e)) return 'taken';
    throw e;
  }
}

/** Deletes a theme and its tags (nothing else: the feedback stays). False when there is no such theme. */
export async function deleteTheme(db: Sql, projectId: string, themeId: string): Promise<boolean> {
  return (
    (await db.query('delete from themes where id = $1 and project_id = $2 returning id', [themeId, projectId])).length >
    0
  );
}

export type TagResult = 'created' | 'exists' | 'no-theme' | 'no-feedback' | 'no-answer';

/** Tags a submission, or with `questionId` one of its answers (not a skipped or declined one). Twice is harmless. */
export async function tagFeedback(
  db: Sql,
  projectId: string,
  themeId: string,
  feedbackId: string,
  questionId = '',
): Promise<TagResult> {
  if (!(await themeOf(db, projectId, themeId))) return 'no-theme';
  const why = await unlinkable(db, feedbackId, questionId);
  if (why) return why;
  return linking(async () => {
    const rows = await db.query(
      `insert into feedback_tags (theme_id, feedback_id, question_id) values ($1, $2, $3)
       on conflict do nothing returning theme_id`,
      [themeId, feedbackId, questionId],
    );
    return rows.length ? ('created' as const) : ('exists' as const);
  });
}

/** Removes one tag: the answer's (`questionId`) or the whole submission's. How many went (0 or 1). */
export async function untagFeedback(
  db: Sql,
  projectId: string,
  themeId: string,
  feedbackId: string,
  questionId = '',
): Promise<number> {
  const rows = await db.query(
    `delete from feedback_tags t using themes th
     where th.id = t.theme_id and th.project_id = $1 and t.theme_id = $2 and t.feedback_id = $3 and t.question_id = $4
     returning t.theme_id`,
    [projectId, themeId, feedbackId, questionId],
  );
  return rows.length;
}

export interface TagRow {
  feedbackId: string;
  questionId?: string;
  taggedAt: string;
}

/** A theme's tags, oldest first. Undefined when the project has no such theme. */
export async function listTags(db: Sql, projectId: string, themeId: string): Promise<TagRow[] | undefined> {
  if (!(await themeOf(db, projectId, themeId))) return undefined;
  const rows = await db.query<{ feedback_id: string; question_id: string; tagged_at: Date }>(
    'select feedback_id, question_id, tagged_at from feedback_tags where theme_id = $1 order by tagged_at, feedback_id, question_id',
    [themeId],
  );
  return rows.map((r) => ({
    feedbackId: r.feedback_id,
    ...(r.question_id ? { questionId: r.question_id } : {}),
    taggedAt: iso(r.tagged_at),
  }));
}

/**
 * A theme becomes a "you said" item: every tagged answer (or submission) of the theme is linked to
 * the item, as `linkFeedback` links one. `linked` new links, `already` there before.
 */
export async function linkTheme(
  db: Storage,
  panelId: string,
  itemId: string,
  projectId: string,
  themeId: string,
): Promise<{ linked: number; already: number } | 'no-theme' | 'no-panel' | 'no-item'> {
  const tags = await listTags(db, projectId, themeId);
  if (!tags) return 'no-theme';
  const panel = await builtPanel(db, panelId);
  if (!panel) return 'no-panel';
  const items = (JSON.parse(panel.body) as { items?: { id?: unknown }[] }).items ?? [];
  if (!items.some((i) => String(i.id) === itemId)) return 'no-item';
  let linked = 0;
  let already = 0;
  for (const t of tags) {
    const result = await linkFeedback(db, panelId, itemId, t.feedbackId, t.questionId);
    if (result === 'created') linked++;
    else if (result === 'exists') already++;
    // no-feedback: erased since it was tagged; its tag went with it.
  }
  return { linked, already };
}
