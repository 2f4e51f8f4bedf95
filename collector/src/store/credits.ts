// Projects, the roles staff give a consent record, and the published credits built from both
// at each request (see routes/credits.ts).
import type { Store } from '../store.js';
import { currentCredit, isCurrent } from './consent-state.js';
import { iso, parsed } from '../storage/columns.js';
import type { Sql, Storage } from '../storage/types.js';
import { redactCredits } from '../../../src/contract/redact.js';
import type { Contributor, CreditsData, CreditChoice } from '../../../src/contract/credits.js';

type Json = Record<string, unknown>;

/** What `PUT /v1/admin/projects/:projectId` stores. Nothing personal. */
export interface Project {
  name: string;
  /** The consent definition whose records are credited. */
  consentId?: string;
  forms?: string[];
  impactPanelId?: string;
  credits?: { title?: string };
}

export interface ProjectRow {
  id: string;
  project: Project;
  updatedAt: string;
}

/** Stores a project, replacing what was there. True when it is new. */
export async function putProject(db: Sql, id: string, project: Project): Promise<boolean> {
  const [row] = await db.query<{ inserted: boolean }>(
    `insert into projects (id, body) values ($1, $2::json)
     on conflict (id) do update set body = excluded.body, updated_at = now()
     returning (xmax = 0) as inserted`,
    [id, JSON.stringify(project)],
  );
  return !!row?.inserted;
}

export async function getProject(db: Sql, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.query<{ id: string; body: unknown; updated_at: Date }>(
    'select id, body, updated_at from projects where id = $1',
    [id],
  );
  return row && { id: row.id, project: parsed<Project>(row.body), updatedAt: iso(row.updated_at) };
}

export async function listProjects(db: Sql): Promise<ProjectRow[]> {
  const rows = await db.query<{ id: string; body: unknown; updated_at: Date }>(
    'select id, body, updated_at from projects order by id',
  );
  return rows.map((r) => ({ id: r.id, project: parsed<Project>(r.body), updatedAt: iso(r.updated_at) }));
}

/**
 * Sets the roles of a consent record's person. False when there is no such record, or it was
 * erased. The record's row is locked, so an erasure running at the same moment either comes
 * first (and this answers false) or after (and deletes the roles).
 */
export function setRecordRoles(db: Storage, recordId: string, roles: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [rec] = await tx.query<{ erased_at: Date | null }>(
      'select erased_at from consent_records where id = $1 for update',
      [recordId],
    );
    if (!rec || rec.erased_at) return false;
    await tx.query(
      `insert into record_roles (record_id, roles) values ($1, $2::json)
       on conflict (record_id) do update set roles = excluded.roles, updated_at = now()`,
      [recordId, JSON.stringify(roles)],
    );
    return true;
  });
}

/** Role ids by record id, for the records of one consent definition. */
async function rolesOf(db: Sql, consentId: string): Promise<Map<string, string[]>> {
  const rows = await db.query<{ record_id: string; roles: unknown }>(
    `select r.record_id, r.roles from record_roles r join consent_records c on c.id = r.record_id
     where c.consent_id = $1 and c.erased_at is null`,
    [consentId],
  );
  return new Map(rows.map((r) => [r.record_id, parsed<string[]>(r.roles)]));
}

/** The field each credit choice is shown by: without it, the person is only counted. */
const needs: Partial<Record<CreditChoice, 'name' | 'pseudonym' | 'group'>> = {
  full: 'name',
  'first-name': 'name',
  initials: 'name',
  pseudonym: 'pseudonym',
  group: 'group',
};

/**
 * One person as they chose to be credited, before redaction. `livedExperience` only when they
 * chose it (`true`); no credit at all (the definition did not ask) is counted, not named.
 */
export function contributorOf(credit: Json | undefined, roles: string[] | undefined): Contributor {
  const choice = (credit?.credit as CreditChoice | undefined) ?? 'anonymous';
  const field = needs[choice];
  const c: Contributor = { credit: field && typeof credit?.[field] !== 'string' ? 'anonymous' : choice };
  for (const k of ['name', 'pseudonym', 'group'] as const)
    if (typeof credit?.[k] === 'string') c[k] = credit[k] as string;
  if (roles?.length) c.roles = roles;
  if (credit?.livedExperience === true) c.livedExperience = true;
  return c;
}

/**
 * The credits served at GET /v1/credits/:projectId, built now: the staff-added entries stored by
 * `PUT /v1/admin/credits/:projectId`, then one contributor per current consent record of the
 * project's consent definition (not erased, not withdrawn from everything), with the credit choice
 * of their latest credit change and the roles staff gave them. Everyone is redacted to what they
 * chose to show; `hidden` people are left out. Undefined when there is neither a project nor staff entries.
 *
 * `draft`: staff entries to use instead of the stored ones, as they would be stored (already
 * through `redactCredits`, as PUT stores them): the preview of what publishing them would serve.
 */
export async function buildCredits(
  store: Store,
  projectId: string,
  draft?: CreditsData,
): Promise<CreditsData | undefined> {
  const project = await getProject(store.db, projectId);
  const staff = draft ? undefined : await store.published('credits', projectId);
  if (!project && !staff && !draft) return undefined;
  const data: CreditsData = draft ?? (staff ? parsed<CreditsData>(staff.body) : { contributors: [] });
  const title = project?.project.credits?.title;
  // The project's title, when it names one, wins over the staff entries' title.
  const built: CreditsData = { ...(title ? { title } : {}), ...data, contributors: [...data.contributors] };
  if (title) built.title = title;
  const consentId = project?.project.consentId;
  if (consentId) {
    const roles = await rolesOf(store.db, consentId);
    for (const h of await store.consentHistory(consentId)) {
      if (!isCurrent(h)) continue;
      built.contributors.push(contributorOf(currentCredit(h), roles.get(h.recordId)));
    }
  }
  return redactCredits(built);
}
