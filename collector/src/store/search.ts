import type { Sql } from '../storage/types.js';
import { tableExists } from './erasure.js';

export interface SearchResult {
  /** Feedback submissions whose body holds the value (a contact answer's details, or any answer text). */
  feedback: string[];
  /** Consent records whose body (contact value, credit name, pseudonym, …) or events (a credit change's name, a reason) hold it. */
  consent: string[];
  /** Published documents (staff-added credits, impact panels) holding it: erasure does not reach these, staff edit them. */
  published: { kind: string; id: string }[];
}

/** A phone number: digits with spaces, dots, dashes, brackets or a leading +, at least six digits. */
const isPhone = (v: string) => /^\+?[\d\s().-]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 6;

/**
 * What `LIKE` matches the value in a stored body's text. Bodies are stored as `JSON.stringify`
 * wrote them, so the value is looked for as JSON writes it inside a string (`"` and `\` and
 * control characters escaped; other characters, apostrophes and accents included, as they are),
 * lower-cased, with `%`, `_` and `\` escaped for LIKE. For a phone number, spaces, dots, dashes
 * and brackets are left out on both sides, so `07700 900123` finds `07700900123`.
 */
export function searchPattern(value: string): { pattern: string; phone: boolean } {
  const v = value.trim();
  const phone = isPhone(v);
  let text = JSON.stringify(phone ? v.replace(/[\s().-]/g, '') : v)
    .slice(1, -1)
    .toLowerCase();
  text = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return { pattern: `%${text}%`, phone };
}

/**
 * Everything stored that holds a contact value (or a name), for an erasure request: by text, never
 * by parsing a body (`body::text`, never `::jsonb`). Case-insensitive as the database lower-cases.
 */
export async function searchContact(db: Sql, value: string): Promise<SearchResult> {
  const { pattern, phone } = searchPattern(value);
  // The only two forms of the compared text; the value is always the parameter $1.
  const text = (col: string) =>
    phone ? `regexp_replace(lower(${col}::text), '[[:space:]().-]', '', 'g')` : `lower(${col}::text)`;
  const like = (col: string) => `${text(col)} like $1 escape '\\'`;
  const feedback = await db.query<{ id: string }>(
    `select id from feedback where ${like('body')} order by received_at, id`,
    [pattern],
  );
  const consent = await db.query<{ id: string }>(
    `select id from consent_records where body is not null and ${like('body')}
     union select record_id as id from consent_events where body is not null and ${like('body')}`,
    [pattern],
  );
  const published = (await tableExists(db, 'published'))
    ? await db.query<{ kind: string; key: string }>(
        `select kind, key from published where ${like('body')} order by kind, key`,
        [pattern],
      )
    : [];
  return {
    feedback: feedback.map((r) => r.id),
    consent: [...new Set(consent.map((r) => r.id))].sort(),
    published: published.map((r) => ({ kind: r.kind, id: r.key })),
  };
}
