/**
 * The consent record a person's answers make: pure functions, no DOM and no side effects. The
 * record, the SHA-256 of the text shown (`textHash`), and the reference and key (whose helpers are
 * in the shared contract, `src/contract/reference.ts`, which the collector reads too).
 */
export * from '../../contract/reference.js';
export { textHash } from '../../contract/hash.js';
import { keyHashOf, type ConsentSecret } from '../../contract/reference.js';
import { asksLived, creditOf, type ConsentAnswers } from './consent-helpers.js';
import type { ConsentDefinition, ConsentRecord, PaymentChoice } from './types.js';

/** The ways a person can choose to be paid when the definition's `method` is `choice`. */
export const PAY_CHOICES: PaymentChoice[] = ['cash', 'bank', 'voucher'];

/** The payment answers offered: the choices (or the one way it is paid), and always "I do not want to be paid". */
export function payOptionsOf(def: ConsentDefinition): PaymentChoice[] {
  const m = def.payment?.method;
  if (!m) return [];
  return [...(m === 'choice' ? PAY_CHOICES : [m]), 'none'];
}

/** A day written as YYYY-MM-DD (and a real one), such as `withdrawal.until`. */
export const isDay = (text?: string): text is string =>
  !!text && /^\d{4}-\d\d-\d\d$/.test(text) && !Number.isNaN(Date.parse(text));

/** Whether the definition has an Easy Read version. */
export const hasEasy = (def: ConsentDefinition): boolean => def.sections.some((s) => s.easyRead);

/** Whether the person is reading (and so agrees to) the Easy Read version. */
export const isEasy = (def: ConsentDefinition, a: ConsentAnswers): boolean => !!a.easy && hasEasy(def);

/** Whether a parent or carer consents, alongside the young person's assent (young-people.ts). */
export const isUnder = (def: ConsentDefinition, a: ConsentAnswers): boolean => !!def.ageGroups && a.age === 'under';

/** Everything the record needs besides the definition and the answers. */
export interface RecordParts {
  id: string;
  reference: string;
  keyHash: string;
  /** `sha256:<hex>` of the canonical JSON of the definition shown (`textHash`). */
  textHash: string;
  locale: string;
  easyRead: boolean;
  /** Staff recorded the consent (staff.ts): the record then says how, and who recorded it. */
  staffMode?: boolean;
  at?: string;
}

/** Staff mode's parts: `method` (always: `online` without staff mode) and `recordedBy`. */
export function staffRecord(a: ConsentAnswers, staffMode = false): Pick<ConsentRecord, 'method' | 'recordedBy'> {
  const { method, recordedBy } = a;
  if (!staffMode || !method) return { method: 'online' };
  return { method, recordedBy: recordedBy?.trim().slice(0, 200) || undefined };
}

/** The age group, who consented, and the young person's assent. Nothing without `ageGroups`. */
export function youngRecord(
  def: ConsentDefinition,
  a: ConsentAnswers,
): Pick<ConsentRecord, 'ageGroup' | 'consentBy' | 'assent'> {
  if (!def.ageGroups) return {};
  if (!isUnder(def, a)) return { ageGroup: a.age || undefined, consentBy: 'self' };
  const assented = a.assented ?? [];
  return {
    ageGroup: 'under',
    consentBy: 'parent-or-carer',
    assent: {
      decisions: Object.fromEntries(def.statements.map((s) => [s.id, assented.includes(s.id)])),
    },
  };
}

/** The record for a definition and the person's answers. JSON drops the parts that were not asked or not answered. */
export function buildRecord(def: ConsentDefinition, a: ConsentAnswers, p: RecordParts): ConsentRecord {
  const ask = def.askAccessNeeds;
  const pay = a.payment && payOptionsOf(def).includes(a.payment) ? { method: a.payment } : undefined;
  return JSON.parse(
    JSON.stringify({
      id: p.id,
      reference: p.reference,
      keyHash: p.keyHash,
      consentId: def.id,
      version: def.version,
      textHash: p.textHash,
      decisions: Object.fromEntries(def.statements.map((s) => [s.id, a.agreed.includes(s.id)])),
      payment: pay,
      credit: def.askCredit ? creditOf(a, asksLived(def)) : undefined,
      accessNeeds: (ask && a.access?.trim()) || undefined,
      contact: ask && a.contact ? { method: a.contact } : undefined,
      locale: p.locale,
      format: p.easyRead ? 'easy-read' : 'standard',
      events: [{ type: 'given', at: p.at ?? new Date().toISOString() }],
      ...staffRecord(a, p.staffMode),
      ...youngRecord(def, a),
    }),
  ) as ConsentRecord;
}

/**
 * The record a person's answers make, with the hash of their key (never the key itself). The
 * same `id` and `secret` on every try, so a retry or a return visit keeps its reference.
 */
export async function recordOf(
  def: ConsentDefinition,
  a: ConsentAnswers,
  p: Omit<RecordParts, 'reference' | 'keyHash' | 'easyRead'> & {
    secret: ConsentSecret;
  },
): Promise<ConsentRecord> {
  const { secret, ...parts } = p;
  const keyHash = await keyHashOf(secret.key);
  return buildRecord(def, a, {
    ...parts,
    reference: secret.reference,
    keyHash,
    easyRead: isEasy(def, a),
  });
}
