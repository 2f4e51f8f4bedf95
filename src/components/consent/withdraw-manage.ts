import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import type { ConsentRecord, ConsentWithdrawal } from './types.js';
import type { ConsentDefinition } from '../../contract/consent.js';
import { normaliseKey, normaliseReference } from '../../contract/reference.js';
import '../button/index.js';
import '../error-summary/index.js';
import '../text-field/index.js';

/**
 * What the collector answers to `POST <endpoint base>/v1/consent/manage` with the JSON body
 * `{ reference, key }`, when the key matches the record's `keyHash`:
 * - `record`: the person's consent record (it holds only the key's hash, never the key), with
 *   `credit` as it stands after any credit changes;
 * - `definition`: the consent definition as it is now, if the collector has it;
 * - `withdrawals`: the withdrawals already made from this record, oldest first (without their keys).
 *
 * Other answers: 403 (or 401) the reference and key do not match; 404 (or 400, 410) no such
 * reference; anything else, or no answer, "could not be checked, try again".
 */
export interface ConsentManageAnswer {
  record: ConsentRecord;
  definition?: ConsentDefinition;
  withdrawals?: ConsentWithdrawal[];
}

/** Where a look-up stands. */
export type Lookup =
  | { status: 'checking' }
  | { status: 'found'; answer: ConsentManageAnswer }
  | { status: 'refused' | 'not-found' | 'unreachable' };

/** Statements already withdrawn from, by the withdrawals the collector told of. */
export function withdrawnIn(lookup?: Lookup): string[] | 'all' {
  const ws = lookup?.status === 'found' ? (lookup.answer.withdrawals ?? []) : [];
  return ws.some((w) => w.all) ? 'all' : ws.flatMap((w) => w.statements);
}

/** The reference and key of a manage link: `?ref=SH-7K4Q-M2XD&key=…`. */
export function fromLink(search: string): { reference: string; key: string } {
  const p = new URLSearchParams(search);
  return { reference: p.get('ref') ?? '', key: p.get('key') ?? '' };
}

/**
 * The look-up address: the widget's `endpoint` (the full URL for `/v1/consent`) + `/manage`, or
 * the provider's `endpoint` (the collector's base) + `/v1/consent/manage`.
 */
export function manageUrl(host: CpElement & { endpoint?: string }): string | undefined {
  if (host.endpoint) return host.endpoint.replace(/\/+$/, '') + '/manage';
  const base = host.env.config.endpoint;
  return base ? base.replace(/\/+$/, '') + '/v1/consent/manage' : undefined;
}

/** Asks the collector for the person's consent. Never throws: a failure is a `Lookup` too. */
export async function lookUp(url: string, reference: string, key: string): Promise<Lookup> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ reference, key }),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (res.status === 401 || res.status === 403) return { status: 'refused' };
    if (res.status === 400 || res.status === 404 || res.status === 410) return { status: 'not-found' };
    if (!res.ok) return { status: 'unreachable' };
    const answer = (await res.json()) as ConsentManageAnswer;
    return answer?.record?.id && answer.record.decisions ? { status: 'found', answer } : { status: 'unreachable' };
  } catch {
    return { status: 'unreachable' };
  }
}

const problems = {
  refused: 'consentWithdrawManageRefused',
  'not-found': 'consentWithdrawManageNotFound',
  unreachable: 'consentWithdrawManageUnreachable',
} as const;

/** "Manage your consent": the reference and key from the person's copy, and what came of the last look-up. */
export function renderManageForm(
  host: CpElement,
  s: { reference: string; key: string; lookup?: Lookup },
  on: { find: (e: Event) => void; field: (e: Event) => void },
): TemplateResult {
  const status = s.lookup?.status;
  const problem = status && status in problems ? problems[status as keyof typeof problems] : undefined;
  return html`<form class="manage" novalidate @submit=${on.find} @input=${on.field} @change=${on.field}>
    <cp-error-summary></cp-error-summary>
    <h2 class="heading" part="heading" tabindex="-1">${host.tl('consentWithdrawManageTitle')}</h2>
    <p>${host.tl('consentWithdrawManageIntro')}</p>
    ${problem ? html`<p class="notice lookup-problem" role="alert">${host.tl(problem)}</p>` : nothing}
    <cp-text-field name="reference" required autocomplete="off" .label=${host.t('consentWithdrawManageReference')} .hint=${host.t('consentWithdrawManageReferenceHint')} .requiredMessage=${host.t('consentWithdrawManageReferenceMissing')} .value=${s.reference}></cp-text-field>
    <cp-text-field name="key" required autocomplete="off" .label=${host.t('consentWithdrawManageKey')} .hint=${host.t('consentWithdrawManageKeyHint')} .requiredMessage=${host.t('consentWithdrawManageKeyMissing')} .value=${s.key}></cp-text-field>
    <p class="lookup" role="status">${status === 'checking' ? host.tl('consentWithdrawManageChecking') : nothing}</p>
    <cp-button>${host.tl('consentWithdrawManageFind')}</cp-button>
  </form>`;
}

/** What the look-up reads and sets on `<cp-consent-withdraw>`. */
type ManageHost = CpElement & {
  endpoint?: string;
  reference?: string;
  key?: string;
  record?: ConsentRecord;
  recordId?: string;
  data?: ConsentDefinition;
};

/**
 * "Manage my consent": without a record, finds one from the person's reference and key, from
 * their manage link (`?ref=…&key=…`) on connecting, or typed into the form (`find`).
 */
export class ManageLookup implements ReactiveController {
  /** Where the look-up stands; undefined before one. */
  lookup?: Lookup;

  constructor(private readonly host: ManageHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    if (host.record || host.recordId || this.lookup) return;
    const link = fromLink(location.search);
    host.reference ??= link.reference;
    host.key ??= link.key;
    if (host.reference && host.key) void this.find();
  }

  /** Finds the record (and the definition, if the page has none) and, when the person asked, moves focus to it. */
  async find(e?: Event): Promise<void> {
    e?.preventDefault();
    const host = this.host;
    const url = manageUrl(host);
    if (!url || this.lookup?.status === 'checking') return;
    const [reference, key] = [normaliseReference(host.reference ?? ''), normaliseKey(host.key ?? '')];
    this.show({ status: 'checking' });
    const lookup = await lookUp(url, reference, key);
    const found = lookup.status === 'found' && lookup.answer;
    if (found) Object.assign(host, { reference, key, record: found.record, data: host.data ?? found.definition });
    this.show(lookup);
    if (e && found) await host.focusAfterUpdate('.heading[tabindex]');
    else await host.updateComplete;
  }

  private show(lookup: Lookup): void {
    this.lookup = lookup;
    this.host.requestUpdate();
  }
}
