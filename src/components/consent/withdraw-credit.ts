import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { StringKey } from '../../core/strings.js';
import type { Delivery } from '../../core/submit.js';
import { asksLived, CREDITS, creditOf, named } from './consent-helpers.js';
import { renderLived, withLived } from './lived-experience.js';
import './consent-credit.strings.js';
import type { ConsentCredit, ConsentCreditChange, CreditChoice } from './types.js';
import '../button/index.js';
import '../error-summary/index.js';
import '../radio-group/index.js';
import '../text-field/index.js';

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** A person changed how they are credited. Cancel it to deliver the change yourself. */
    'cp-consent-credit': { change: ConsentCreditChange };
  }
}
/** The name kept with a credit, under whichever key its choice uses. */
export const nameOf = (c?: ConsentCredit): string => c?.name ?? c?.pseudonym ?? c?.group ?? '';

/** "A made-up name: Sunny" (", with lived experience" when chosen), in the words of the consent flow's credit step. */
export const creditWords = (host: CpElement, c: ConsentCredit): string =>
  withLived(host, host.t(`consentCredit_${c.credit}` as StringKey) + (nameOf(c) ? `: ${nameOf(c)}` : ''), c);

/** The credit as chosen in the form: the same shape as the consent record's `credit`. `lived` is `['yes']` when "with lived experience" is ticked. */
export const chosenCredit = (
  credit: CreditChoice | '',
  creditName: string,
  lived?: string[],
): ConsentCredit | undefined => creditOf({ agreed: [], credit, creditName, lived });

/**
 * The credit change body. `id` stays the same when the person tries again after a refusal, so the
 * collector stores it once.
 */
export function creditChangeOf(
  ids: { id: string; recordId: string; consentId: string; reference?: string; key?: string },
  credit: ConsentCredit,
): ConsentCreditChange {
  const { id, recordId, consentId, reference, key } = ids;
  return JSON.parse(
    JSON.stringify({
      id,
      recordId,
      consentId,
      type: 'credit-changed',
      at: new Date().toISOString(),
      credit,
      reference,
      key,
    }),
  ) as ConsentCreditChange;
}

/**
 * "Change how you are credited": the consent flow's credit choices (full name, first name,
 * initials, made-up name, group, not named, not listed), with the name to use where one is needed,
 * and "Say that I took part with lived experience" for a named person, ticked when the record has
 * it, so they can keep or drop it (offered unless the definition turns it off and the record does not have it).
 */
export function renderCreditChange(
  host: CpElement,
  s: {
    current?: ConsentCredit;
    credit: CreditChoice | '';
    creditName: string;
    lived?: string[];
    def?: { askLivedExperience?: boolean };
    saved?: ConsentCreditChange;
    delivery?: Delivery;
  },
  on: { save: (e: Event) => void; field: (e: Event) => void },
): TemplateResult {
  const heading = html`<h2 class="heading" part="heading">${host.tl('consentWithdrawCreditTitle')}</h2>`;
  if (s.saved)
    return html`<section class="credit-change">
      ${heading}
      <p class="credit-done" tabindex="-1">${host.tl('consentWithdrawCreditDone', { credit: creditWords(host, s.saved.credit) })}</p>
      ${renderDelivery(host, s.delivery)}
    </section>`;
  const options = CREDITS.map((value) => ({
    value,
    label: host.t(`consentCredit_${value}` as StringKey),
    lang: host.langOf(`consentCredit_${value}` as StringKey),
  }));
  return html`<form class="credit-change" novalidate @submit=${on.save} @input=${on.field} @change=${on.field}>
    <cp-error-summary></cp-error-summary>
    ${heading}
    ${s.current ? html`<p>${host.tl('consentWithdrawCreditNow', { credit: creditWords(host, s.current) })}</p>` : nothing}
    <cp-radio-group name="credit" required .label=${host.t('consentCredit')} .hint=${host.t('consentCreditHint')} .requiredMessage=${host.t('consentWithdrawCreditMissing')} .options=${options} .value=${s.credit}></cp-radio-group>
    ${
      named(s.credit)
        ? html`<cp-text-field name="creditName" required autocomplete=${s.credit === 'full' ? 'name' : 'off'} .label=${host.t('consentCreditName')} .requiredMessage=${host.t('consentCreditNameMissing')} .value=${s.creditName}></cp-text-field>`
        : nothing
    }
    ${renderLived(host, s.credit, s.lived, asksLived(s.def) || !!s.current?.livedExperience)}
    ${renderDelivery(host, s.delivery)}
    <cp-button variant="secondary">${host.tl('consentWithdrawCreditSave')}</cp-button>
  </form>`;
}
