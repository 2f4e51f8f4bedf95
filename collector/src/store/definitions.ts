import type { ConsentDefinition } from '../../../src/contract/consent.js';
import type { FeedbackDefinition } from '../../../src/contract/feedback.js';
import { bodyHash, type WriteResult } from '../store.js';
import { parsed } from '../storage/columns.js';
import type { Sql } from '../storage/types.js';

/**
 * Feedback form definitions ('form') and consent definitions ('consent'), versioned and never
 * overwritten (table `definitions`, migration 005). "Current" is the most recently created
 * version of a (kind, id).
 */
export type DefinitionKind = 'form' | 'consent';
export type Json = Record<string, unknown>;

export interface StoredDefinition {
  version: string;
  body: Json;
  createdAt: Date;
}

/** A json column comes back parsed from both engines; text is parsed here just in case. */

/**
 * Stores a version. `created` the first time, `duplicate` when this version is stored with the
 * same body (keys in any order), `conflict` when it is stored with another body: a version is
 * never changed.
 */
export async function putDefinition(
  db: Sql,
  kind: DefinitionKind,
  id: string,
  version: string,
  body: Json,
): Promise<WriteResult> {
  const hash = bodyHash(body);
  // clock_timestamp(): two versions put in one transaction still have an order.
  const inserted = await db.query(
    `insert into definitions (kind, id, version, body, body_hash, created_at)
     values ($1, $2, $3, $4::json, $5, clock_timestamp()) on conflict (kind, id, version) do nothing returning id`,
    [kind, id, version, JSON.stringify(body), hash],
  );
  if (inserted.length) return 'created';
  const [row] = await db.query<{ body_hash: string | null; body: unknown }>(
    'select body_hash, body from definitions where kind = $1 and id = $2 and version = $3',
    [kind, id, version],
  );
  return (row?.body_hash ?? bodyHash(parsed(row?.body))) === hash ? 'duplicate' : 'conflict';
}

/** One version of a definition with when it was stored, or the current one when `version` is undefined. */
export async function storedDefinition(
  db: Sql,
  kind: DefinitionKind,
  id: string,
  version?: string,
): Promise<StoredDefinition | undefined> {
  const [row] = await db.query<{ version: string; body: unknown; created_at: Date }>(
    `select version, body, created_at from definitions
     where kind = $1 and id = $2 and ($3::text is null or version = $3)
     order by created_at desc, version desc limit 1`,
    [kind, id, version ?? null],
  );
  return row && { version: row.version, body: parsed(row.body), createdAt: new Date(row.created_at) };
}

/** The definition as stored: that version, or the current one when `version` is undefined. */
export async function definitionOf(
  db: Sql,
  kind: DefinitionKind,
  id: string,
  version?: string,
): Promise<Json | undefined> {
  return (await storedDefinition(db, kind, id, version))?.body;
}

/**
 * For checking a submission: `unknown` when no version of (kind, id) is stored (the submission is
 * taken as before), `missing` when others are but not this version, otherwise the version's body.
 */
export async function definitionToCheck(
  db: Sql,
  kind: DefinitionKind,
  id: string,
  version: string,
): Promise<'unknown' | 'missing' | Json> {
  const [row] = await db.query<{ hit: boolean; body: unknown }>(
    `select version = $3 as hit, case when version = $3 then body end as body from definitions
     where kind = $1 and id = $2 order by (version = $3) desc limit 1`,
    [kind, id, version],
  );
  if (!row) return 'unknown';
  return row.hit ? parsed(row.body) : 'missing';
}

export interface DefinitionSummary {
  id: string;
  /** The version served at the public address. */
  current: string;
  /** Every stored version, oldest first. */
  versions: { version: string; createdAt: string }[];
}

/** Every stored definition of a kind, with its versions. */
export async function listDefinitions(db: Sql, kind: DefinitionKind): Promise<DefinitionSummary[]> {
  const rows = await db.query<{ id: string; version: string; created_at: Date }>(
    'select id, version, created_at from definitions where kind = $1 order by id, created_at, version',
    [kind],
  );
  const byId = new Map<string, DefinitionSummary>();
  for (const r of rows) {
    let d = byId.get(r.id);
    if (!d) byId.set(r.id, (d = { id: r.id, current: r.version, versions: [] }));
    d.versions.push({ version: r.version, createdAt: new Date(r.created_at).toISOString() });
    d.current = r.version;
  }
  return [...byId.values()];
}

/** The form definitions of these (formId, version) pairs that are stored, keyed `formId\u0000version`. */
export async function formsOf(db: Sql, pairs: { formId: string; version: string }[]): Promise<Map<string, Json>> {
  const found = new Map<string, Json>();
  const wanted = [...new Set(pairs.map((p) => `${p.formId}\u0000${p.version}`))];
  if (!wanted.length) return found;
  const ids = [...new Set(pairs.map((p) => p.formId))];
  const rows = await db.query<{ id: string; version: string; body: unknown }>(
    `select id, version, body from definitions where kind = 'form' and id = any($1::text[])`,
    [ids],
  );
  const keep = new Set(wanted);
  for (const r of rows) {
    const key = `${r.id}\u0000${r.version}`;
    if (keep.has(key)) found.set(key, parsed(r.body));
  }
  return found;
}

/** For the CSV export: the stored form definition of each submission's version, or undefined. */
export async function formLookup(db: Sql, submissions: Json[]): Promise<(s: Json) => FeedbackDefinition | undefined> {
  const key = (s: Json) => ({ formId: String(s.formId), version: String(s.formVersion) });
  const forms = await formsOf(db, submissions.map(key));
  return (s) => {
    const { formId, version } = key(s);
    return forms.get(`${formId}\u0000${version}`) as FeedbackDefinition | undefined;
  };
}

/**
 * For the consent export: the stored consent definition of each record's version, or the
 * current one when that version is not stored (statements keep their ids), or undefined.
 */
export async function consentLookup(
  db: Sql,
  records: { consentId: string; version: string | null }[],
): Promise<(r: { consentId: string; version: string | null }) => ConsentDefinition | undefined> {
  const found = new Map<string, ConsentDefinition | undefined>();
  const key = (r: { consentId: string; version: string | null }) => `${r.consentId}\u0000${r.version ?? ''}`;
  for (const r of records) {
    if (found.has(key(r))) continue;
    const def =
      (r.version ? await definitionOf(db, 'consent', r.consentId, r.version) : undefined) ??
      (await definitionOf(db, 'consent', r.consentId));
    found.set(key(r), def as ConsentDefinition | undefined);
  }
  return (r) => found.get(key(r));
}
