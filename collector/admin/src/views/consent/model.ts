// What GET /v1/admin/consent answers, and the words staff read for it: statement labels from the
// consent definition, payment and credit choices, and each event of a record's history.
import type { Api } from '../../api.js';
import { getPublic } from '../manage/common.js';
import { textOf, type Text } from '../../../../../src/contract/text.js';

type Json = Record<string, any>;

/** One record's history, as GET /v1/admin/consent?consentId= gives it (collector/src/store.ts). */
export interface ConsentHistory {
  recordId: string;
  consentId: string;
  version: string | null;
  receivedAt: string | null;
  /** The record as the person sent it; null once erased. */
  record: Json | null;
  erasedAt: string | null;
  /** given, withdrawn, credit-changed and erased events, oldest first. */
  events: Json[];
  /** Statement id → true when it may be acted on now. */
  current: Record<string, boolean> | null;
  /** Credit roles staff gave this person, when the server sends them. */
  roles?: string[];
}

export interface Statement {
  id: string;
  label: string;
}

/** The consent definition's statements, in order, with short words where the definition has them. */
export function statementsOf(definition: Json | undefined, records: ConsentHistory[]): Statement[] {
  const list: Statement[] = [];
  const seen = new Set<string>();
  for (const s of (definition?.statements as Json[] | undefined) ?? []) {
    if (typeof s?.id !== 'string' || seen.has(s.id)) continue;
    seen.add(s.id);
    list.push({ id: s.id, label: textOf((s.short ?? s.text ?? s.id) as Text) });
  }
  // Records of older versions may have statements the current definition no longer has.
  for (const r of records) {
    for (const id of Object.keys(r.current ?? {})) {
      if (!seen.has(id)) {
        seen.add(id);
        list.push({ id, label: id });
      }
    }
  }
  return list;
}

/**
 * The current definition (public route), for its statement words. Undefined when it is not
 * stored here: the view then shows statement ids.
 */
export async function loadDefinition(consentId: string): Promise<Json | undefined> {
  return getPublic<Json>(`/consent-definitions/${encodeURIComponent(consentId)}`).catch(() => undefined);
}

export async function loadHistory(api: Api, consentId: string): Promise<ConsentHistory[]> {
  const answer = await api.get<{ records: ConsentHistory[] }>('/consent', { consentId });
  return answer.records ?? [];
}

export const PAYMENT: Record<string, string> = {
  cash: 'Cash',
  bank: 'Bank transfer',
  voucher: 'Voucher',
  none: 'Does not want paying',
};

export const CREDIT: Record<string, string> = {
  full: 'Full name',
  'first-name': 'First name',
  initials: 'Initials',
  pseudonym: 'A made-up name',
  group: 'Their group',
  anonymous: 'Counted, not named',
  hidden: 'Not credited at all',
};

export const METHOD: Record<string, string> = {
  online: 'Online, by the person',
  verbal: 'Spoken (in person or by phone)',
  paper: 'On paper',
  assisted: 'With a supporter',
};

/** The status of a record in a few words. */
export function statusOf(h: ConsentHistory): 'erased' | 'withdrawn' | 'current' | 'unknown' {
  if (h.erasedAt) return 'erased';
  if (!h.record) return 'unknown';
  if (h.events.some((e) => e.type === 'withdrawn' && e.all === true)) return 'withdrawn';
  const decisions = Object.values(h.current ?? {});
  if (decisions.length && decisions.every((v) => !v)) return 'withdrawn';
  return 'current';
}

export const STATUS_WORDS = {
  erased: 'Erased',
  withdrawn: 'Withdrawn from everything',
  current: 'Current',
  unknown: 'Withdrawal arrived before the record',
} as const;

/** The credit the person chose, with their latest change applied. */
export function creditOf(h: ConsentHistory): Json | undefined {
  const changed = h.events
    .filter((e) => e.type === 'credit-changed' && e.credit && typeof e.credit === 'object')
    .at(-1);
  return (changed?.credit ?? h.record?.credit) as Json | undefined;
}

/** How the person is shown in credits, in words: "Full name: Ana Silva", "Counted, not named". */
export function creditWords(credit: Json | undefined): string {
  if (!credit) return 'Not asked (counted, not named)';
  const kind = CREDIT[credit.credit] ?? String(credit.credit);
  const shown =
    credit.credit === 'pseudonym'
      ? credit.pseudonym
      : credit.credit === 'group'
        ? credit.group
        : ['full', 'first-name', 'initials'].includes(credit.credit)
          ? credit.name
          : undefined;
  return shown ? `${kind}: ${shown}` : kind;
}

/** The statements an event is about, in words. */
const named = (ids: unknown, statements: Statement[]): string =>
  (Array.isArray(ids) ? ids : []).map((id) => statements.find((s) => s.id === id)?.label ?? String(id)).join('; ');

/** One line of a record's history: what happened, and the detail staff need. */
export function eventWords(e: Json, statements: Statement[]): { what: string; detail: string } {
  const by = e.method === 'staff' && e.recordedBy ? `Recorded by ${e.recordedBy}.` : '';
  switch (e.type) {
    case 'given':
      return { what: 'Consent given', detail: '' };
    case 'withdrawn': {
      const from = e.all ? 'everything' : named(e.statements, statements) || 'nothing named';
      const reason = typeof e.reason === 'string' && e.reason ? `Reason: ${e.reason}` : '';
      return { what: `Withdrew from ${from}`, detail: [reason, by].filter(Boolean).join(' ') };
    }
    case 'credit-changed':
      return {
        what: 'Changed how they are credited',
        detail: [creditWords(e.credit as Json | undefined), by].filter(Boolean).join('. '),
      };
    case 'erased':
      return { what: 'Erased', detail: 'Their personal data was removed.' };
    default:
      return { what: String(e.type ?? 'Something changed'), detail: '' };
  }
}
