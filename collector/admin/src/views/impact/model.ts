// "You said, we did" as the impact view edits it: the panel as published (without what the
// collector adds), the words for each status, and the checks the schema makes
// (src/contract/schemas/impact-panel.schema.json).
import type { ImpactData, ImpactItem, ImpactStatus } from '../../../../../src/contract/impact.js';
import { textOf } from '../../../../../src/contract/text.js';

export type { ImpactData, ImpactItem, ImpactStatus };

/** The public panel's own words for each status (impact-panel.strings.ts). */
export const STATUS_OPTIONS: { value: ImpactStatus; label: string; hint?: string }[] = [
  { value: 'considering', label: 'Being considered' },
  { value: 'planned', label: 'Planned' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'done', label: 'Done' },
  { value: 'partly-done', label: 'Partly done', hint: 'You will need to say why.' },
  { value: 'not-possible', label: 'Not possible', hint: 'You will need to say why.' },
];

export const statusLabel = (s: string | undefined): string =>
  STATUS_OPTIONS.find((o) => o.value === s)?.label ?? String(s ?? '');

/** Partly done and not possible must say why. */
export const needsReason = (s: string | undefined): boolean => s === 'partly-done' || s === 'not-possible';

/** What the collector adds when it serves a panel: never sent back when publishing. */
const COLLECTOR_FIELDS = ['raisedBy', 'raisedAt', 'updatedAt'] as const;

/** The panel as staff wrote it: the served panel without the collector's counts and dates. */
export function editable(served: ImpactData | undefined): ImpactData {
  const items = (served?.items ?? []).map((item) => {
    const copy: Record<string, unknown> = { ...item };
    for (const k of COLLECTOR_FIELDS) delete copy[k];
    return copy as unknown as ImpactItem;
  });
  const data: ImpactData = { items };
  if (served?.title) data.title = served.title;
  if (served?.updated) data.updated = served.updated;
  return data;
}

/** An item with empty optional text left out, so it passes the schema. */
export function cleanItem(item: ImpactItem): ImpactItem {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (typeof v === 'string' && !v.trim()) continue;
    if (v === undefined) continue;
    out[k] = typeof v === 'string' ? v.trim() : v;
  }
  // A reason only belongs with partly done or not possible; kept otherwise would confuse readers.
  if (!needsReason(item.status)) delete out.reason;
  return out as unknown as ImpactItem;
}

/** The body of PUT /v1/admin/impact/:panelId. */
export function panelBody(draft: ImpactData): ImpactData {
  const body: ImpactData = { items: draft.items.map(cleanItem) };
  // Words in several languages ({ "en": …, "cy": … }) are kept as they are.
  const title = typeof draft.title === 'string' ? draft.title.trim() : draft.title;
  if (title) body.title = title;
  body.updated = new Date().toISOString().slice(0, 10);
  return body;
}

/** The first problem the schema would find in an item, as [field, message]; undefined when it is fine. */
export function itemProblem(item: ImpactItem): [field: 'youSaid' | 'status' | 'reason', message: string] | undefined {
  if (!textOf(item.youSaid).trim()) return ['youSaid', 'Enter what people said'];
  if (!item.status) return ['status', 'Select where this has got to'];
  if (needsReason(item.status) && !textOf(item.reason).trim())
    return ['reason', `Enter why it is ${statusLabel(item.status).toLowerCase()}`];
  return undefined;
}

/** "items[2].reason" → [2, "reason"]. */
export function itemField(field: string | undefined): [index: number, key: string] | undefined {
  const m = /^items\[(\d+)\]\.?([A-Za-z]+)?/.exec(field ?? '');
  return m ? [Number(m[1]), m[2] ?? 'youSaid'] : undefined;
}

/** Linked feedback per item: distinct submissions, as the public panel counts "Raised by". */
export function linkCounts(links: { itemId: string; feedbackId: string }[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const l of links) {
    if (!seen.has(l.itemId)) seen.set(l.itemId, new Set());
    seen.get(l.itemId)!.add(l.feedbackId);
  }
  return new Map([...seen].map(([k, v]) => [k, v.size]));
}

/** A new item id from what people said: short, readable, and not used yet in this panel. */
export function newItemId(youSaid: string, taken: Set<string>): string {
  const base =
    youSaid
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
