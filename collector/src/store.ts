import { createHash } from 'node:crypto';
// The same canonical JSON the consent widget hashes its text with: keys sorted, no white space.
import { canonical } from '../../src/contract/hash.js';
import { iso } from './storage/columns.js';
import type { Sql, Storage } from './storage/types.js';
// Erasure (consent and feedback) and the rule for what an event keeps after it: store/erasure.ts.
import { eraseConsentRecord, feedbackErased, withoutPersonal, type ErasureLog } from './store/erasure.js';
import { filteredFeedback, type FeedbackFilter } from './store/feedback-filter.js';

/** The SHA-256 of a body's canonical JSON: the same body however its keys were ordered. */
export const bodyHash = (body: unknown): string => createHash('sha256').update(canonical(body)).digest('hex');

/** What happened to a write: stored now, already stored with the same body, or the id was used for another body. */
export type WriteResult = 'created' | 'duplicate' | 'conflict';

type Json = Record<string, unknown>;

/**
 * Stores a consent event (`e` is its body as kept, with `hash` of the body as sent) unless its id
 * exists. The one insert for every way an event arrives: unkeyed (Store.addConsentEvent), with the
 * person's key, or from staff (store/consent-keys.ts).
 */
export const insertConsentEvent = (db: Sql, e: Json, hash: string): Promise<WriteResult> =>
  insertOnce(
    db,
    `insert into consent_events (id, record_id, consent_id, type, at, body, body_hash)
     values ($1, $2, $3, $4, $5, $6::json, $7) on conflict (id) do nothing returning id`,
    [e.id, e.recordId, e.consentId, e.type, e.at, JSON.stringify(e), hash],
    'select body_hash from consent_events where id = $1',
    String(e.id),
    hash,
  );

/**
 * Inserts a row unless its id exists, then compares bodies. `insert` must be
 * `insert … on conflict (id) do nothing returning id`; two requests with one id at the same
 * moment both reach it, and the database lets exactly one of them in.
 */
export async function insertOnce(
  db: Sql,
  insert: string,
  params: unknown[],
  select: string,
  id: string,
  hash: string,
): Promise<WriteResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await db.query(insert, params)).length) return 'created';
    const [row] = await db.query<{ body_hash: string }>(select, [id]);
    if (row) return row.body_hash === hash ? 'duplicate' : 'conflict';
    // The row went away between the two statements (retention or erasure): try again.
  }
  throw new Error('could not store the row');
}

export interface FeedbackRow {
  receivedAt: string;
  submission: Json;
}

export interface ConsentHistory {
  recordId: string;
  consentId: string;
  version: string | null;
  receivedAt: string | null;
  /** The record as sent; null once erased, or when a withdrawal arrived before its record. */
  record: Json | null;
  erasedAt: string | null;
  /** given (from the record), withdrawn and erased events, oldest first. */
  events: Json[];
  /** The decisions as they stand after withdrawals: what may be done now. */
  current: Record<string, boolean> | null;
}

/** What may be done: each decision, and for a young person, only what they said yes to as well. */
const currentOf = (body: Json): Record<string, boolean> => {
  const assent = (body.assent as { decisions?: Record<string, boolean> } | undefined)?.decisions;
  const d = body.decisions as Record<string, boolean>;
  return Object.fromEntries(Object.keys(d).map((k) => [k, d[k] === true && (!assent || assent[k] === true)]));
};

export class Store {
  constructor(readonly db: Storage) {}

  async addFeedback(s: Json): Promise<WriteResult> {
    const hash = bodyHash(s);
    // Erased on request: a late copy from the person's outbox is answered as stored, and not stored.
    if (await feedbackErased(this.db, s.id)) return 'duplicate';
    return insertOnce(
      this.db,
      `insert into feedback (id, form_id, form_version, submitted_at, body, body_hash)
       values ($1, $2, $3, $4, $5::json, $6) on conflict (id) do nothing returning id`,
      [s.id, s.formId, String(s.formVersion), s.submittedAt, JSON.stringify(s), hash],
      'select body_hash from feedback where id = $1',
      String(s.id),
      hash,
    );
  }

  /** Feedback through the one filter the admin list, results and exports use (store/feedback-filter.ts). */
  listFeedback(filter: FeedbackFilter): Promise<FeedbackRow[]> {
    return filteredFeedback(this.db, filter);
  }

  /** The record's reference and key hash go in their own columns too (migration 007): `reference-taken` when another record has the reference. */
  async addConsentRecord(r: Json): Promise<WriteResult | 'reference-taken'> {
    const hash = bodyHash(r);
    try {
      return await insertOnce(
        this.db,
        `insert into consent_records (id, consent_id, version, body, body_hash, reference, key_hash)
         values ($1, $2, $3, $4::json, $5, $6, $7) on conflict (id) do nothing returning id`,
        [r.id, r.consentId, r.version, JSON.stringify(r), hash, r.reference ?? null, r.keyHash ?? null],
        'select body_hash from consent_records where id = $1',
        String(r.id),
        hash,
      );
    } catch (e) {
      // The reference's unique index. Two sends of this same record at once can land here too: told apart by the id.
      if (
        (e as { code?: string }).code !== '23505' ||
        !String((e as Error).message).includes('consent_records_reference')
      )
        throw e;
      const [row] = await this.db.query<{ body_hash: string }>('select body_hash from consent_records where id = $1', [
        r.id,
      ]);
      return row ? (row.body_hash === hash ? 'duplicate' : 'conflict') : 'reference-taken';
    }
  }

  /**
   * A withdrawal or a credit change is a new event; the record it belongs to is never changed. It
   * may arrive before its record (both waited in an outbox). `mismatch` when the record names
   * another consent. The person's `key` is never stored (it is checked against the record in a
   * later version); after erasure, a withdrawal's reason and a credit change's name are not kept.
   */
  async addConsentEvent(w: Json): Promise<WriteResult | 'mismatch'> {
    const [record] = await this.db.query<{ consent_id: string; erased_at: Date | null }>(
      'select consent_id, erased_at from consent_records where id = $1',
      [w.recordId],
    );
    if (record && record.consent_id !== w.consentId) return 'mismatch';
    const hash = bodyHash(w);
    const { key: _key, ...kept } = w;
    // withoutPersonal keeps the id, record, consent, type and time the row is keyed by.
    return insertConsentEvent(this.db, record?.erased_at ? withoutPersonal(kept) : kept, hash);
  }

  /**
   * Erasure on request (store/erasure.ts): under the record's row lock, the record's personal data,
   * reference and key hash, every event's reason or name and its roles are removed, again at every
   * call; an `erased` event (no personal data) is added; then VACUUM and CHECKPOINT. False when
   * there is no such record.
   */
  eraseConsent(recordId: string, log?: ErasureLog): Promise<boolean> {
    return eraseConsentRecord(this.db, recordId, log);
  }

  async consentHistory(consentId?: string): Promise<ConsentHistory[]> {
    const records = await this.db.query<{
      id: string;
      consent_id: string;
      version: string;
      received_at: Date;
      body: Json | null;
      erased_at: Date | null;
    }>(
      `select id, consent_id, version, received_at, body, erased_at from consent_records
       where ($1::text is null or consent_id = $1) order by received_at, id`,
      [consentId ?? null],
    );
    const events = await this.db.query<{
      id: string;
      record_id: string;
      consent_id: string;
      type: string;
      at: Date;
      body: Json | null;
    }>(
      `select id, record_id, consent_id, type, at, body from consent_events
       where ($1::text is null or consent_id = $1) order by at, received_at, id`,
      [consentId ?? null],
    );
    const byRecord = new Map<string, ConsentHistory>();
    for (const r of records) {
      const given = ((r.body?.events as Json[] | undefined) ?? []).map((e) => ({ ...e }));
      byRecord.set(r.id, {
        recordId: r.id,
        consentId: r.consent_id,
        version: r.version,
        receivedAt: iso(r.received_at),
        record: r.body,
        erasedAt: r.erased_at ? iso(r.erased_at) : null,
        events: given,
        current: r.body ? currentOf(r.body) : null,
      });
    }
    for (const e of events) {
      let h = byRecord.get(e.record_id);
      if (!h) {
        h = {
          recordId: e.record_id,
          consentId: e.consent_id,
          version: null,
          receivedAt: null,
          record: null,
          erasedAt: null,
          events: [],
          current: null,
        };
        byRecord.set(e.record_id, h);
      }
      h.events.push({ ...(e.body ?? {}), type: e.type, at: iso(e.at), id: e.id });
      if (e.type === 'withdrawn' && h.current && e.body) {
        const gone = e.body.all ? Object.keys(h.current) : ((e.body.statements as string[]) ?? []);
        for (const s of gone) h.current[s] = false;
      }
    }
    for (const h of byRecord.values()) h.events.sort((a, b) => String(iso(a.at)).localeCompare(iso(b.at)));
    return [...byRecord.values()];
  }

  /** "Leave without agreeing" (a definition with `recordDeclines`): nothing personal, kept apart from records. */
  addDecline(d: Json): Promise<WriteResult> {
    const hash = bodyHash(d);
    return insertOnce(
      this.db,
      `insert into consent_declines (id, consent_id, version, at, body, body_hash)
       values ($1, $2, $3, $4, $5::json, $6) on conflict (id) do nothing returning id`,
      [d.id, d.consentId, d.version, d.at, JSON.stringify(d), hash],
      'select body_hash from consent_declines where id = $1',
      String(d.id),
      hash,
    );
  }

  /** Declines as sent, oldest first: how many people chose not to take part, and which statements they did not agree to. */
  async listDeclines(consentId?: string): Promise<{ receivedAt: string; decline: Json }[]> {
    const rows = await this.db.query<{ body: Json; received_at: Date }>(
      `select body, received_at from consent_declines
       where ($1::text is null or consent_id = $1) order by received_at, id`,
      [consentId ?? null],
    );
    return rows.map((r) => ({ receivedAt: iso(r.received_at), decline: r.body }));
  }

  /** Stores what is served at /v1/impact/:id or /v1/credits/:id. True when it is new. */
  async publish(kind: 'impact' | 'credits', key: string, body: string, etag: string): Promise<boolean> {
    const [row] = await this.db.query<{ inserted: boolean }>(
      `insert into published (kind, key, body, etag) values ($1, $2, $3, $4)
       on conflict (kind, key) do update set body = excluded.body, etag = excluded.etag, updated_at = now()
       returning (xmax = 0) as inserted`,
      [kind, key, body, etag],
    );
    return !!row?.inserted;
  }

  async published(
    kind: 'impact' | 'credits',
    key: string,
  ): Promise<{ body: string; etag: string; updatedAt: Date } | undefined> {
    const [row] = await this.db.query<{ body: string; etag: string; updated_at: Date }>(
      'select body, etag, updated_at from published where kind = $1 and key = $2',
      [kind, key],
    );
    return row && { body: row.body, etag: row.etag, updatedAt: new Date(row.updated_at) };
  }

  /** Deletes feedback received more than `days` days ago. Consent is kept until withdrawn and erased. */
  async applyRetention(days: number): Promise<number> {
    const rows = await this.db.query(
      `delete from feedback where received_at < now() - make_interval(days => $1::int) returning id`,
      [days],
    );
    return rows.length;
  }
}
