// Staff-added credit entries as the credits view edits them, and the body they are published as
// (src/contract/schemas/credits.schema.json).
import type { Contributor, CreditChoice, CreditRole, CreditsData } from '../../../../../src/contract/credits.js';
import { creditRoles } from '../../../../../src/components/credits/roles.js';
import { textOf } from '../../../../../src/contract/text.js';
import { creditOf, type ConsentHistory } from '../consent/model.js';

/** One staff-added entry while it is edited: the contributor, and a key that stays the same while the list changes. */
export interface Entry {
  key: string;
  contributor: Contributor;
}

export const CHOICES: { value: CreditChoice; label: string; hint?: string }[] = [
  { value: 'full', label: 'Full name' },
  { value: 'first-name', label: 'First name only' },
  { value: 'initials', label: 'Initials only' },
  { value: 'pseudonym', label: 'A made-up name' },
  { value: 'group', label: 'The name of their group' },
  { value: 'anonymous', label: 'Counted, not named' },
  { value: 'hidden', label: 'Not credited at all' },
];

/** Which text each choice needs, as the schema says. */
export const NEEDS: Partial<Record<CreditChoice, 'name' | 'pseudonym' | 'group'>> = {
  full: 'name',
  'first-name': 'name',
  initials: 'name',
  pseudonym: 'pseudonym',
  group: 'group',
};

/** Every role people can be given: the built-in ones, then the data's own (which may reword them). */
export function roleOptions(custom: Record<string, CreditRole> | undefined): { value: string; label: string }[] {
  const all = { ...creditRoles, ...(custom ?? {}) };
  return Object.entries(all).map(([value, role]) => ({ value, label: textOf(role.label) }));
}

/** Leaves out empty text and fields the choice does not use, so the body passes the schema. */
export function cleanContributor(c: Contributor): Contributor {
  const out: Contributor = {};
  for (const [k, v] of Object.entries(c) as [keyof Contributor, unknown][]) {
    if (typeof v === 'string' && !v.trim()) continue;
    if (Array.isArray(v) && !v.length) continue;
    if (v === undefined || v === false) continue;
    (out as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() : v;
  }
  return out;
}

/** The body of PUT /v1/admin/credits/:projectId (and of the preview). */
export function creditsBody(base: CreditsData | undefined, entries: Entry[]): CreditsData {
  const body: CreditsData = { contributors: entries.map((e) => cleanContributor(e.contributor)) };
  if (base?.title) body.title = base.title;
  if (base?.roles && Object.keys(base.roles).length) body.roles = base.roles;
  return body;
}

/** "contributors[2].name" → the id of that control in the view. */
export function controlFor(field: string | undefined): string | undefined {
  const m = /^contributors\[(\d+)\]\.?(\w+)?/.exec(field ?? '');
  if (!m) return undefined;
  const part = ['name', 'pseudonym', 'group', 'credit', 'roles', 'organisation'].includes(m[2] ?? '') ? m[2] : 'credit';
  return `entry-${m[1]}-${part}`;
}

/** A consent record as the collector credits it (collector/src/store/consent-state.ts: isCurrent). */
export const creditedNow = (h: ConsentHistory): boolean =>
  !!h.record && !h.erasedAt && !h.events.some((e) => e.type === 'withdrawn' && e.all === true);

/** The kind of credit the collector gives a record's person (store/credits.ts: contributorOf). */
function kindOf(h: ConsentHistory): string {
  const credit = creditOf(h);
  const choice = (credit?.credit as CreditChoice | undefined) ?? 'anonymous';
  const field = NEEDS[choice];
  return field && typeof credit?.[field] !== 'string' ? 'anonymous' : choice;
}

/**
 * The published credits (GET /v1/credits/:projectId) taken apart: the collector serves the
 * staff-added entries first, as stored, then one entry per person credited from consent, in the
 * order of the consent history, without the people who chose `hidden`. So the staff entries are
 * the first ones, and each consent entry carries the roles staff gave that record. Undefined when
 * the two do not line up (someone consented between the two requests): then nothing is guessed.
 */
export function splitPublished(
  published: CreditsData,
  records: ConsentHistory[],
): { staff: CreditsData; roles: Map<string, string[]> } | undefined {
  const credited = records.filter((h) => creditedNow(h) && kindOf(h) !== 'hidden');
  const all = published.contributors ?? [];
  const cut = all.length - credited.length;
  if (cut < 0) return undefined;
  const fromConsent = all.slice(cut);
  if (fromConsent.some((c, i) => (c.credit ?? 'anonymous') !== kindOf(credited[i]!))) return undefined;
  const roles = new Map(credited.map((h, i) => [h.recordId, fromConsent[i]!.roles ?? []]));
  const staff: CreditsData = { contributors: all.slice(0, cut) };
  if (published.roles) staff.roles = published.roles;
  return { staff, roles };
}
