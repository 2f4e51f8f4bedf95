// A consent record's state now, read from its history (Store.consentHistory): one rule shared by
// the credits, the overview counts and the consent export.
import type { ConsentHistory } from '../store.js';

type Json = Record<string, unknown>;

/** True when the person withdrew from everything. */
export const withdrawnFromAll = (h: ConsentHistory): boolean =>
  h.events.some((e) => e.type === 'withdrawn' && e.all === true);

/** True when the person withdrew from anything (one statement or all). */
export const withdrewAny = (h: ConsentHistory): boolean => h.events.some((e) => e.type === 'withdrawn');

/** A record that may still be acted on: stored, not erased, not withdrawn from everything. */
export const isCurrent = (h: ConsentHistory): h is ConsentHistory & { record: Json } =>
  !!h.record && !h.erasedAt && !withdrawnFromAll(h);

/** How the person wants to be credited now: their latest credit change (events are oldest first), else the record's choice. */
export const currentCredit = (h: ConsentHistory): Json | undefined => {
  const changed = h.events
    .filter((e) => e.type === 'credit-changed' && e.credit && typeof e.credit === 'object')
    .at(-1);
  return (changed?.credit ?? h.record?.credit) as Json | undefined;
};

/** How the person chose to be paid, when they answered: cash, bank, voucher or none. */
export const paymentMethod = (h: ConsentHistory): string | undefined => {
  const p = h.record?.payment as Json | undefined;
  return typeof p?.method === 'string' ? p.method : undefined;
};

/** A payment to arrange: a current record whose person chose a way to be paid (not "none"). */
export const paymentDue = (h: ConsentHistory): boolean => {
  const m = paymentMethod(h);
  return isCurrent(h) && !!m && m !== 'none';
};

/** Access needs to arrange: a current record where the person wrote what they need. */
export const accessNeedsOf = (h: ConsentHistory): string | undefined => {
  const a = h.record?.accessNeeds;
  return typeof a === 'string' && a.trim() ? a : undefined;
};
