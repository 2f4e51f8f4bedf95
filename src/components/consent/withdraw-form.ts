import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { Delivery } from '../../core/submit.js';
import { paragraphs } from './consent-helpers.js';
import type { ConsentDefinition, ConsentRecord, ConsentWithdrawal } from './types.js';
import '../button/index.js';
import '../checkbox-group/index.js';
import '../error-summary/index.js';
import '../textarea/index.js';

/** The statements agreed to and not withdrawn since (`gone`): all the definition's when only the record id is known. */
export function agreedIn(
  rec: ConsentRecord | undefined,
  def: ConsentDefinition | undefined,
  gone: string[] | 'all',
): string[] {
  return rec
    ? Object.keys(rec.decisions).filter((id) => rec.decisions[id] && gone !== 'all' && !gone.includes(id))
    : (def?.statements.map((s) => s.id) ?? []);
}

/** A statement in plain words: its `short` label ("Recording my voice"), else its text. */
export function textOf(def: ConsentDefinition | undefined, id: string): string {
  const s = def?.statements.find((x) => x.id === id);
  return s?.short ?? s?.text ?? id;
}

/** What the person chose in the form, and who they are: what `withdrawalOf` turns into the body. */
export interface WithdrawChoice {
  id: string;
  recordId?: string;
  consentId?: string;
  /** The statements agreed to and not yet withdrawn. */
  agreed: string[];
  chosen: string[];
  given: string[];
  reason: string;
  reference?: string;
  key?: string;
}

/** The withdrawal: a new event linked to the record (consent-withdrawal.schema.json); JSON drops what is not there. */
export function withdrawalOf(c: WithdrawChoice): ConsentWithdrawal {
  const ids = c.agreed;
  // "Everything" is the empty value: no statement id can be empty.
  const all = !c.chosen.some((id) => ids.includes(id)) || c.chosen.includes('');
  return JSON.parse(
    JSON.stringify({
      id: c.id,
      recordId: c.recordId,
      consentId: c.consentId,
      type: 'withdrawn',
      at: new Date().toISOString(),
      all,
      statements: all ? ids : ids.filter((id) => c.chosen.includes(id)),
      reason: c.reason.trim() || undefined,
      options: c.given.length ? c.given : undefined,
      reference: c.reference || undefined,
      key: c.key || undefined,
    }),
  ) as ConsentWithdrawal;
}

/**
 * The one withdraw form: what to withdraw from (each optional statement in plain words, its
 * `short` label, or everything), what happens to what was already given where the definition
 * offers `withdrawal.options`, and an optional reason.
 */
export function renderWithdrawForm(
  host: CpElement,
  s: {
    def?: ConsentDefinition;
    agreed: string[];
    chosen: string[];
    given: string[];
    reason: string;
    delivery?: Delivery;
  },
  on: { send: (e: Event) => void; field: (e: Event) => void },
): TemplateResult {
  const { def } = s;
  const optional = (def?.statements ?? []).filter((st) => !st.required && s.agreed.includes(st.id));
  const options = [
    ...optional.map((st) => ({ value: st.id, label: st.short ?? st.text })),
    { value: '', label: host.t('consentWithdrawAll'), exclusive: true, lang: host.langOf('consentWithdrawAll') },
  ];
  const given = (def?.withdrawal.options ?? []).map((o) => ({ value: o.id, label: o.label }));
  return html`<form class="withdraw" novalidate @submit=${on.send} @input=${on.field} @change=${on.field}>
    <cp-error-summary></cp-error-summary>
    <h2 class="heading" part="heading" tabindex="-1">${host.tl('consentWithdrawTitle')}</h2>
    ${def ? html`<p class="lead">${host.say(def.title)}</p>` : nothing}
    <p>${host.tl('consentWithdrawIntro')}</p>
    ${
      optional.length
        ? html`<cp-checkbox-group name="chosen" required .label=${host.t('consentWithdrawWhat')} .hint=${host.t('consentWithdrawWhatHint')} .requiredMessage=${host.t('consentWithdrawWhatMissing')} .options=${options} .value=${s.chosen}></cp-checkbox-group>`
        : html`<p>${host.tl('consentWithdrawEverything')}</p>`
    }
    ${paragraphs(def?.withdrawal.until, host)}
    ${
      given.length
        ? html`<cp-checkbox-group name="given" .label=${host.t('consentWithdrawOptions')} .hint=${host.t('consentWithdrawOptionsHint')} .options=${given} .value=${s.given}></cp-checkbox-group>`
        : nothing
    }
    <cp-textarea name="reason" maxlength="5000" .label=${host.t('consentWithdrawReason')} .hint=${host.t('consentWithdrawReasonHint')} .value=${s.reason}></cp-textarea>
    ${renderDelivery(host, s.delivery)}
    <cp-button>${host.tl('consentWithdrawSend')}</cp-button>
  </form>`;
}
