import { randomUUID } from 'node:crypto';
import type { Sql, Storage } from '../storage/types.js';

type Json = Record<string, unknown>;

/** Where erasure reports a step the database refused: a code and a step, never personal data. */
export interface ErasureLog {
  warn(obj: object, msg: string): void;
}

/**
 * What a withdrawal or credit change keeps once its record is erased: that it happened, never a
 * reason or a name (a credit change keeps only the kind of credit chosen). Used on arrival after
 * erasure and by erasure itself, so both keep exactly the same.
 */
export const withoutPersonal = (body: Json): Json => {
  const { reason: _reason, credit, ...rest } = body;
  return credit && typeof credit === 'object' ? { ...rest, credit: { credit: (credit as Json).credit } } : rest;
};

/** A stored body as an object, never parsed by the database: unreadable or not an object → {} (keep nothing of it). */
const parsed = (body: unknown): Json => {
  try {
    const b = typeof body === 'string' ? JSON.parse(body) : body;
    return b && typeof b === 'object' && !Array.isArray(b) ? (b as Json) : {};
  } catch {
    return {};
  }
};

/** True when the table exists (tables other migrations add may not be there yet). */
export async function tableExists(db: Sql, name: string): Promise<boolean> {
  const [row] = await db.query<{ ok: boolean }>('select to_regclass($1::text) is not null as ok', [name]);
  return !!row?.ok;
}

async function columnsOf(db: Sql, table: string): Promise<Set<string>> {
  const rows = await db.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1`,
    [table],
  );
  return new Set(rows.map((r) => r.column_name));
}

/** Tables erasure writes to, each with the personal data it may hold. Fixed names: never from input. */
const CONSENT_TABLES = ['consent_records', 'consent_events', 'record_roles'];
const FEEDBACK_TABLES = ['feedback', 'impact_links'];

/**
 * Erasure of a consent record, in one transaction holding the record's row lock (`for update`: a
 * withdrawal being stored for it waits, and then sees it erased). Every time it runs, also when the
 * record was erased before (a late withdrawal may have kept a reason): the body, reference and
 * key hash are emptied, every event of the record is scrubbed again, its roles are deleted, and an
 * `erased` event (no personal data) says when. False when there is no such record.
 */
export async function eraseConsentRecord(storage: Storage, recordId: string, log?: ErasureLog): Promise<boolean> {
  const found = await storage.transaction(async (tx) => {
    const [rec] = await tx.query<{ consent_id: string }>(
      'select consent_id from consent_records where id = $1 for update',
      [recordId],
    );
    if (!rec) return false;
    const columns = await columnsOf(tx, 'consent_records');
    // Column names from this fixed list only, never from input.
    const clear = ['reference', 'key_hash']
      .filter((c) => columns.has(c))
      .map((c) => `, ${c} = null`)
      .join('');
    await tx.query(
      `update consent_records set body = null, erased_at = coalesce(erased_at, now())${clear} where id = $1`,
      [recordId],
    );
    // Scrubbed here, not in SQL: a stored body is never parsed by the database (`::jsonb` refuses
    // `\u0000` and lone surrogates, and one such body must not block erasure).
    const events = await tx.query<{ id: string; body: unknown }>(
      `select id, body from consent_events where record_id = $1 and type <> 'erased'`,
      [recordId],
    );
    for (const e of events) {
      await tx.query('update consent_events set body = $2::json where id = $1', [
        e.id,
        JSON.stringify(withoutPersonal(parsed(e.body))),
      ]);
    }
    if (await tableExists(tx, 'record_roles'))
      await tx.query('delete from record_roles where record_id = $1', [recordId]);
    await tx.query(
      `insert into consent_events (id, record_id, consent_id, type, at, body)
       values ($1, $2, $3, 'erased', now(), json_build_object('type', 'erased'))`,
      [randomUUID(), recordId, rec.consent_id],
    );
    return true;
  });
  if (found) await afterErasure(storage, CONSENT_TABLES, log);
  return found;
}

/**
 * Erasure of a feedback submission: the row and its impact links go, and its id is noted in
 * `feedback_erasures` (nothing else), so a retry of the erasure is told from a mistyped id and a
 * late copy from the person's outbox is not stored again. `erased` now, `already` erased before,
 * `unknown` never seen.
 */
export async function eraseFeedback(
  storage: Storage,
  feedbackId: string,
  log?: ErasureLog,
): Promise<'erased' | 'already' | 'unknown'> {
  const result = await storage.transaction(async (tx) => {
    const deleted = await tx.query('delete from feedback where id = $1 returning id', [feedbackId]);
    if (await tableExists(tx, 'impact_links'))
      await tx.query('delete from impact_links where feedback_id = $1', [feedbackId]);
    const before = await tx.query('select id from feedback_erasures where id = $1', [feedbackId]);
    if (deleted.length) {
      await tx.query('insert into feedback_erasures (id) values ($1) on conflict (id) do nothing', [feedbackId]);
      return 'erased' as const;
    }
    return before.length ? ('already' as const) : ('unknown' as const);
  });
  if (result !== 'unknown') await afterErasure(storage, FEEDBACK_TABLES, log);
  return result;
}

/** True when this feedback id was erased: a late copy is answered as already stored, and not stored. */
export async function feedbackErased(db: Sql, id: unknown): Promise<boolean> {
  return (await db.query('select 1 from feedback_erasures where id = $1', [id])).length > 0;
}

/**
 * After an erasure has committed, the erased text is gone from every table, but PostgreSQL still
 * has it in dead row versions (until VACUUM) and in its write-ahead log (until the segment is
 * removed or overwritten). Done as far as each engine allows, each step on its own, a refusal logged
 * (its code only) and passed over: the erasure itself has already happened.
 *
 * - PGlite (one process, superuser): `VACUUM FULL` of the touched tables rewrites them into new
 *   files (plain VACUUM leaves a deleted row's bytes in the page's free space when it was the last
 *   row written there), then a new WAL segment is started with WAL recycling off and a
 *   `CHECKPOINT` removes the old segments instead of renaming them for reuse.
 * - PostgreSQL (shared, often not superuser): plain `VACUUM` (no lock that would stop other
 *   collectors writing), then `CHECKPOINT` (refused without superuser or `pg_checkpoint`).
 */
export async function afterErasure(storage: Storage, tables: string[], log?: ErasureLog): Promise<void> {
  const step = async (name: string, sql: string) => {
    try {
      await storage.query(sql);
    } catch (e) {
      log?.warn(
        { step: name, code: (e as { code?: string }).code },
        `after an erasure, ${name} was refused; the erasure itself is done`,
      );
    }
  };
  const present: string[] = [];
  for (const t of tables) if (await tableExists(storage, t)) present.push(t);
  const pglite = storage.engine === 'pglite';
  // Table names from the fixed lists above only.
  for (const t of present) await step(pglite ? 'vacuum full' : 'vacuum', `vacuum ${pglite ? 'full ' : ''}${t}`);
  if (pglite) {
    await step('wal_recycle', 'set wal_recycle = off');
    await step('pg_switch_wal', 'select pg_switch_wal()');
  }
  await step('checkpoint', 'checkpoint');
}
