import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../../src/contract/hash.js';
import { normaliseKey } from '../../../src/contract/reference.js';
import { bodyHash, insertConsentEvent, type WriteResult } from '../store.js';
import type { Sql, Storage } from '../storage/types.js';
import { definitionOf } from './definitions.js';

/**
 * Only the person (with the secret key from their copy) or staff can change their consent.
 * Records carry `key_hash` (`sha256:<hex>` of the normalised key, migration 007); the key itself
 * is never stored. Every change is checked and stored in ONE transaction holding a row lock on the
 * record (`select … for update`), the same lock erasure takes: a withdrawal racing an erasure
 * either lands first (and erasure scrubs it) or finds the record erased (410), so its reason can
 * never outlive the erasure.
 */
type Json = Record<string, unknown>;

/** What became of a change: stored, or why not. */
export type KeyedResult = WriteResult | 'mismatch' | 'no-record' | 'erased' | 'no-key' | 'wrong-key';

const parsed = (body: unknown): Json =>
  typeof body === 'string' ? (JSON.parse(body) as Json) : ((body ?? {}) as Json);

/** True when `key` (as typed: any case, spaces and dashes) hashes to `keyHash`, compared in constant time. */
export async function keyMatches(key: unknown, keyHash: string | null | undefined): Promise<boolean> {
  if (typeof key !== 'string' || !keyHash) return false;
  const given = Buffer.from(`sha256:${await sha256(normaliseKey(key))}`);
  const stored = Buffer.from(keyHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

interface LockedRecord {
  consent_id: string;
  erased_at: Date | null;
  key_hash: string | null;
}

const lockRecord = async (tx: Sql, recordId: unknown): Promise<LockedRecord | undefined> =>
  (
    await tx.query<LockedRecord>(
      'select consent_id, erased_at, key_hash from consent_records where id = $1 for update',
      [recordId],
    )
  )[0];

/** An event already stored with this id: `duplicate` for the same body, `conflict` for another. */
async function storedEvent(tx: Sql, id: unknown, hash: string): Promise<WriteResult | undefined> {
  const [row] = await tx.query<{ body_hash: string | null }>('select body_hash from consent_events where id = $1', [
    id,
  ]);
  return row ? (row.body_hash === hash ? 'duplicate' : 'conflict') : undefined;
}

/**
 * A withdrawal or credit change sent by the person (`POST /v1/consent`): it must carry the key
 * that matches the record's `keyHash`. The key (and the reference, which the record already has)
 * is never stored. A repeat of an event already stored is `duplicate`, even after erasure.
 */
export function addKeyedEvent(storage: Storage, w: Json): Promise<KeyedResult> {
  const hash = bodyHash(w);
  const { key, reference: _reference, ...kept } = w;
  return storage.transaction(async (tx): Promise<KeyedResult> => {
    const rec = await lockRecord(tx, w.recordId);
    if (!rec) return 'no-record';
    if (rec.erased_at) return (await storedEvent(tx, w.id, hash)) ?? 'erased';
    if (key === undefined) return 'no-key';
    if (!(await keyMatches(key, rec.key_hash))) return 'wrong-key';
    if (rec.consent_id !== w.consentId) return 'mismatch';
    return insertConsentEvent(tx, kept, hash);
  });
}

/**
 * A withdrawal or credit change recorded by staff on the person's behalf (a phone call, a letter):
 * `make` builds the event from the record's consent id. `hash` is of the request as sent, so a
 * retry with the same Idempotency-Key is a `duplicate`.
 */
export function addStaffEvent(
  storage: Storage,
  recordId: string,
  hash: string,
  make: (consentId: string) => Json,
): Promise<Exclude<KeyedResult, 'mismatch' | 'no-key' | 'wrong-key'>> {
  return storage.transaction(async (tx) => {
    const rec = await lockRecord(tx, recordId);
    if (!rec) return 'no-record' as const;
    const event = make(rec.consent_id);
    if (rec.erased_at) return (await storedEvent(tx, event.id, hash)) ?? ('erased' as const);
    return insertConsentEvent(tx, event, hash);
  });
}

/** The record a reference names, unless erased. */
export async function recordByReference(
  db: Sql,
  reference: string,
): Promise<{ id: string; consentId: string; keyHash: string | null; body: Json } | undefined> {
  const [row] = await db.query<{ id: string; consent_id: string; key_hash: string | null; body: unknown }>(
    'select id, consent_id, key_hash, body from consent_records where reference = $1 and erased_at is null and body is not null',
    [reference],
  );
  return row && { id: row.id, consentId: row.consent_id, keyHash: row.key_hash, body: parsed(row.body) };
}

/** What a withdrawal tells the person: the fields of the withdrawal schema, never a key. */
const WITHDRAWAL_FIELDS = ['id', 'recordId', 'consentId', 'type', 'at', 'all', 'statements', 'reason', 'options'];

/**
 * The answer to "manage my consent" (`ConsentManageAnswer` in the kit): the record with `credit`
 * as it stands after credit changes, the consent definition as it is now (if the collector has
 * it), and the withdrawals made so far, oldest first.
 */
export async function manageAnswer(db: Sql, rec: { id: string; consentId: string; body: Json }): Promise<Json> {
  const events = await db.query<{ type: string; body: unknown }>(
    `select type, body from consent_events where record_id = $1 and type in ('withdrawn', 'credit-changed')
     order by at, received_at, id`,
    [rec.id],
  );
  let credit = rec.body.credit;
  const withdrawals: Json[] = [];
  for (const e of events) {
    const body = parsed(e.body);
    if (e.type === 'credit-changed' && body.credit) credit = body.credit;
    if (e.type === 'withdrawn')
      withdrawals.push(Object.fromEntries(WITHDRAWAL_FIELDS.filter((k) => k in body).map((k) => [k, body[k]])));
  }
  const definition = await definitionOf(db, 'consent', rec.consentId);
  return {
    record: credit === undefined ? rec.body : { ...rec.body, credit },
    ...(definition ? { definition } : {}),
    withdrawals,
  };
}
