// "You said, we did" fed by feedback: links from feedback submissions (or single answers) to the
// items of a published impact panel, and the panel built from them at each request (see
// routes/impact.ts). Tables in migrations/008_impact_links.sql.
import type { Sql, Storage } from '../storage/types.js';
import { iso } from '../storage/columns.js';
import { linking, unlinkable } from './feedback-links.js';

type Json = Record<string, unknown>;

const time = (v: unknown): number => (v instanceof Date ? v : new Date(String(v))).getTime();

/** What linking did, or why it could not. */
export type LinkResult = 'created' | 'exists' | 'no-panel' | 'no-item' | 'no-feedback' | 'no-answer';

export interface ImpactLinkRow {
  itemId: string;
  feedbackId: string;
  /** The answer linked; absent when the whole submission is. */
  questionId?: string;
  linkedAt: string;
  /** False when the panel was published again without this item: the link is kept, and counts again if the item comes back. */
  inPanel: boolean;
}

async function storedPanel(db: Sql, panelId: string): Promise<{ body: string; updatedAt: Date } | undefined> {
  const [row] = await db.query<{ body: string; updated_at: Date }>(
    "select body, updated_at from published where kind = 'impact' and key = $1",
    [panelId],
  );
  return row && { body: row.body, updatedAt: new Date(row.updated_at) };
}

const itemIdsOf = (body: string): Set<string> =>
  new Set(((JSON.parse(body) as { items?: { id?: unknown }[] }).items ?? []).map((i) => String(i.id)));

/** Records that staff changed the links of an item now (part of its published `updatedAt`). */
const touch = (db: Sql, panelId: string, itemId: string) =>
  db.query(
    `insert into impact_item_changes (panel_id, item_id) values ($1, $2)
     on conflict (panel_id, item_id) do update set changed_at = now()`,
    [panelId, itemId],
  );

/**
 * Links a feedback submission (or, with `questionId`, one of its answers) to an item of a
 * published panel. Linking twice is harmless ('exists').
 */
export async function linkFeedback(
  db: Storage,
  panelId: string,
  itemId: string,
  feedbackId: string,
  questionId = '',
): Promise<LinkResult> {
  const panel = await storedPanel(db, panelId);
  if (!panel) return 'no-panel';
  if (!itemIdsOf(panel.body).has(itemId)) return 'no-item';
  const why = await unlinkable(db, feedbackId, questionId);
  if (why) return why;
  return linking(() =>
    db.transaction(async (tx) => {
      const inserted = await tx.query(
        `insert into impact_links (panel_id, item_id, feedback_id, question_id) values ($1, $2, $3, $4)
         on conflict do nothing returning item_id`,
        [panelId, itemId, feedbackId, questionId],
      );
      if (!inserted.length) return 'exists' as const;
      await touch(tx, panelId, itemId);
      return 'created' as const;
    }),
  );
}

/**
 * Unlinks one answer (`questionId`), or, without it, every link of this submission to the item.
 * Returns how many links went.
 */
export async function unlinkFeedback(
  db: Storage,
  panelId: string,
  itemId: string,
  feedbackId: string,
  questionId?: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const gone = await tx.query(
      `delete from impact_links where panel_id = $1 and item_id = $2 and feedback_id = $3
       and ($4::text is null or question_id = $4) returning item_id`,
      [panelId, itemId, feedbackId, questionId ?? null],
    );
    if (gone.length) await touch(tx, panelId, itemId);
    return gone.length;
  });
}

/** Every link of a panel, by item, oldest first. Undefined when no such panel was published. */
export async function listLinks(db: Sql, panelId: string): Promise<ImpactLinkRow[] | undefined> {
  const panel = await storedPanel(db, panelId);
  if (!panel) return undefined;
  const ids = itemIdsOf(panel.body);
  const rows = await db.query<{ item_id: string; feedback_id: string; question_id: string; linked_at: Date }>(
    `select item_id, feedback_id, question_id, linked_at from impact_links where panel_id = $1
     order by item_id, linked_at, feedback_id, question_id`,
    [panelId],
  );
  return rows.map((r) => ({
    itemId: r.item_id,
    feedbackId: r.feedback_id,
    ...(r.question_id ? { questionId: r.question_id } : {}),
    linkedAt: iso(r.linked_at),
    inPanel: ids.has(r.item_id),
  }));
}

/**
 * Deletes every link of a feedback submission. Deleting the submission does this by itself (the
 * foreign key cascades); for code that wants to say so, or to unlink without deleting.
 */
export async function deleteFeedbackLinks(db: Sql, feedbackId: string): Promise<number> {
  return (await db.query('delete from impact_links where feedback_id = $1 returning item_id', [feedbackId])).length;
}

/**
 * The panel as served at GET /v1/impact/:panelId: the stored panel, and for each item with
 * links `raisedBy` (distinct linked submissions), `raisedAt` (the earliest linked submission's
 * submittedAt) and `updatedAt` (the later of the panel's publish time and the item's last link
 * change). Only counts and dates: never a feedback id or an answer. Where the collector counts,
 * its values replace any `raisedBy`/`raisedAt`/`updatedAt` staff typed into the panel; items
 * without links keep what staff typed. With no links ever, the body is exactly as stored.
 */
export async function builtPanel(db: Sql, panelId: string): Promise<{ body: string; lastModified: Date } | undefined> {
  const panel = await storedPanel(db, panelId);
  if (!panel) return undefined;
  // Joined with feedback: a link counts only while its submission exists.
  const counts = await db.query<{ item_id: string; raised_by: number; raised_at: Date; linked_at: Date }>(
    `select l.item_id, count(distinct l.feedback_id)::int as raised_by, min(f.submitted_at) as raised_at,
            max(l.linked_at) as linked_at
     from impact_links l join feedback f on f.id = l.feedback_id
     where l.panel_id = $1 group by l.item_id`,
    [panelId],
  );
  const changes = await db.query<{ item_id: string; changed_at: Date }>(
    'select item_id, changed_at from impact_item_changes where panel_id = $1',
    [panelId],
  );
  if (!counts.length && !changes.length) return { body: panel.body, lastModified: panel.updatedAt };
  const byItem = new Map(counts.map((c) => [c.item_id, c]));
  const changedAt = new Map(changes.map((c) => [c.item_id, time(c.changed_at)]));
  const data = JSON.parse(panel.body) as { items: Json[] };
  let last = panel.updatedAt.getTime();
  let changed = false;
  for (const item of data.items) {
    const id = String(item.id);
    const c = byItem.get(id);
    const change = changedAt.get(id);
    if (!c && change === undefined) continue;
    changed = true;
    if (c) {
      item.raisedBy = c.raised_by;
      item.raisedAt = iso(c.raised_at);
    }
    const updated = Math.max(panel.updatedAt.getTime(), change ?? -Infinity, c ? time(c.linked_at) : -Infinity);
    item.updatedAt = new Date(updated).toISOString();
    last = Math.max(last, updated);
  }
  return changed
    ? { body: JSON.stringify(data), lastModified: new Date(last) }
    : { body: panel.body, lastModified: panel.updatedAt };
}
