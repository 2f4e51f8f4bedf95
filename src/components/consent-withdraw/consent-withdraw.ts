import { html, nothing, type PropertyValues } from 'lit';
import { CpElement } from '../../core/base-element.js';
import { deliveryLiveRegion, renderDelivery } from '../../core/delivery-message.js';
import { newId } from '../../core/ids.js';
import { baseStyles } from '../../core/styles.js';
import { isDone, submit, type Delivery } from '../../core/submit.js';
import '../button/index.js';
import '../checkbox-group/index.js';
import '../error-summary/index.js';
import '../textarea/index.js';
import { fieldOf, paragraphs } from '../consent-flow/consent-helpers.js';
import { consentFlowStyles } from '../consent-flow/consent-flow.styles.js';
import type { ConsentDefinition, ConsentRecord, ConsentWithdrawal } from '../consent-flow/types.js';
import './consent-withdraw.strings.js';
import { PageTitleController } from '../../core/title.js';

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** A person withdrew consent. Cancel it to deliver the withdrawal yourself. */
    'cp-consent-withdraw': { withdrawal: ConsentWithdrawal };
  }
}
declare global {
  interface HTMLElementEventMap {
    'cp-consent-withdraw': CustomEvent<{ withdrawal: ConsentWithdrawal }>;
  }
}

/**
 * @summary Withdraw consent in one step: from everything, or from chosen optional statements, with no reason needed.
 *
 * Give it the `record` a person agreed to (or its id in `record-id`), and the `consent`
 * definition for the words of each statement. Without the definition it offers to withdraw
 * from everything. One form and one button: never more steps than giving consent took.
 *
 * @csspart heading - The heading.
 * @csspart delivery - The message that says whether the withdrawal was sent or saved.
 *
 * @fires cp-consent-withdraw - When the person withdraws. `detail.withdrawal` is the withdrawal. Cancelable: call `preventDefault()` to deliver it yourself.
 * @fires cp-submitted - The withdrawal reached the endpoint.
 * @fires cp-submit-saved - No connection: the withdrawal is kept on the device and sent later.
 * @fires cp-submit-error - The endpoint refused it, or there is no endpoint.
 * @attr {boolean} keep-title - Leaves the page title alone. Otherwise, after withdrawing, the title starts "You have withdrawn – ". Also works on any element around the form.
 *
 * @a11y-criterion 1.3.1 | The choices are a fieldset with a legend and a hint.
 * @a11y-criterion 2.4.2 | After withdrawing, the page title starts "You have withdrawn – "; "Error: " comes first while errors show. `keep-title` turns this off.
 * @a11y-criterion 2.4.3 | After withdrawing, focus moves to the "You have withdrawn" heading.
 * @a11y-criterion 3.3.1 | Only when there is a choice to make: Withdraw without a choice shows the error summary, which takes focus and links to the question.
 * @a11y-criterion 3.3.2 | The reason says "(optional)" and its hint says no reason is needed.
 * @a11y-criterion 4.1.3 | Whether the withdrawal was sent or saved on the device is a status message, put into a live region that is on the page before sending; a refusal is an alert.
 * @a11y-key Tab | Moves through the form.
 * @a11y-key Space | Ticks what to withdraw from; "Everything" clears the others, and the other way round.
 * @a11y-key Enter | On Withdraw, sends the withdrawal.
 * @a11y-role Choices | group | "What would you like to withdraw from?" | `aria-describedby`: the hint
 * @a11y-role Each choice | checkbox | The statement's words, or "Everything" | checked or not
 * @a11y-role Reason | textbox | Its label, with "(optional)" | `aria-describedby`: the hint
 * @a11y-role Confirmation | heading, focusable | "You have withdrawn" | Takes focus after sending
 * @a11y-role Delivery message | shown without a role; "Sent" or "Saved on this device" is put into a polite live region (status) that is on the page, empty, before sending; a refusal is an alert | — | —
 */
export class CpConsentWithdraw extends CpElement {
  static override styles = [baseStyles, consentFlowStyles];
  static override properties = {
    ...CpElement.properties,
    record: { type: Object },
    recordId: { attribute: 'record-id' },
    consent: { type: Object },
    endpoint: {},
    chosen: { state: true },
    reason: { state: true },
    delivery: { state: true },
    withdrawal: { state: true },
  };

  /** The consent record to withdraw from. */
  declare record?: ConsentRecord;
  /** The id of the record, when the record itself is not to hand. */
  declare recordId?: string;
  /** The consent definition: the words of each statement, and what happens to what was already given. */
  declare consent?: ConsentDefinition;
  /** Where to POST the withdrawal (a full URL). Defaults to the provider's `endpoint` + `/v1/consent`. */
  declare endpoint?: string;
  declare private chosen: string[];
  declare private reason: string;
  declare private delivery?: Delivery;
  /** The withdrawal, once sent. */
  declare withdrawal?: ConsentWithdrawal;
  private withdrawalId?: string;
  private sending = false;
  private readonly pageTitle = new PageTitleController(this);

  constructor() {
    super();
    this.chosen = [];
    this.reason = '';
  }

  /** The statements agreed to: all of them when only the record id is known. */
  private agreed(): string[] {
    const rec = this.record;
    return rec
      ? Object.keys(rec.decisions).filter((id) => rec.decisions[id])
      : (this.consent?.statements.map((s) => s.id) ?? []);
  }

  private textOf = (id: string) => this.consent?.statements.find((s) => s.id === id)?.text ?? id;

  private onField(e: Event): void {
    const field = fieldOf(e);
    if (field) Object.assign(this, { [field[0]]: field[1] });
  }

  private async send(e: Event): Promise<void> {
    e.preventDefault();
    if (this.sending) return;
    this.sending = true;
    const ids = this.agreed();
    // "Everything" is the empty value: no statement id can be empty.
    const all = !this.chosen.some((id) => ids.includes(id)) || this.chosen.includes('');
    const withdrawal = JSON.parse(
      JSON.stringify({
        id: (this.withdrawalId ??= newId()),
        recordId: this.record?.id ?? this.recordId,
        consentId: this.record?.consentId ?? this.consent?.id,
        type: 'withdrawn',
        at: new Date().toISOString(),
        all,
        statements: all ? ids : ids.filter((id) => this.chosen.includes(id)),
        reason: this.reason.trim() || undefined,
      }),
    ) as ConsentWithdrawal;
    try {
      this.delivery = await submit(this, 'cp-consent-withdraw', { withdrawal }, withdrawal, '/v1/consent');
    } finally {
      this.sending = false;
    }
    if (isDone(this.delivery)) {
      this.withdrawal = withdrawal;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    }
  }

  // The confirmation replaces the form: a new page to a screen reader user, who hears the title.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.pageTitle.setView(this.withdrawal ? this.t('withdrawDone') : undefined);
  }

  private done(w: ConsentWithdrawal) {
    const team = this.consent?.contacts.team;
    return html`<h2 class="heading" part="heading" tabindex="-1">${this.tl('withdrawDone')}</h2>
      ${renderDelivery(this, this.delivery)}
      ${w.all
        ? html`<p>${this.tl('withdrawDoneAll')}</p>`
        : html`<p>${this.tl('withdrawDoneSome')}</p>
            <ul>
              ${w.statements.map((id) => html`<li>${this.textOf(id)}</li>`)}
            </ul>`}
      ${team ? html`<p>${this.tl('withdrawQuestions', { team })}</p>` : nothing}`;
  }

  protected override render() {
    return html`${this.view()}${deliveryLiveRegion(this, this.delivery)}`;
  }

  private view() {
    const def = this.consent;
    if (this.withdrawal) return this.done(this.withdrawal);
    if (!(this.record?.id ?? this.recordId) || !(this.record?.consentId ?? def?.id)) {
      console.error('<cp-consent-withdraw> needs `record`, or `record-id` and `consent`');
      return html`<p role="alert">${this.tl('invalidData')}</p>`;
    }
    const agreed = this.agreed();
    const optional = (def?.statements ?? []).filter((s) => !s.required && agreed.includes(s.id));
    const options = [
      ...optional.map((s) => ({ value: s.id, label: s.text })),
      { value: '', label: this.t('withdrawAll'), exclusive: true, lang: this.langOf('withdrawAll') },
    ];
    return html`<form novalidate @submit=${this.send} @input=${this.onField} @change=${this.onField}>
      <cp-error-summary></cp-error-summary>
      <h2 class="heading" part="heading" tabindex="-1">${this.tl('withdrawTitle')}</h2>
      ${def ? html`<p class="lead">${def.title}</p>` : nothing}
      <p>${this.tl('withdrawIntro')}</p>
      ${optional.length
        ? html`<cp-checkbox-group name="chosen" required .label=${this.t('withdrawWhat')} .hint=${this.t('withdrawWhatHint')} .requiredMessage=${this.t('withdrawWhatMissing')} .options=${options} .value=${this.chosen}></cp-checkbox-group>`
        : html`<p>${this.tl('withdrawEverything')}</p>`}
      ${paragraphs(def?.withdrawal.until)}
      <cp-textarea name="reason" maxlength="5000" .label=${this.t('withdrawReason')} .hint=${this.t('withdrawReasonHint')} .value=${this.reason}></cp-textarea>
      ${renderDelivery(this, this.delivery)}
      <cp-button>${this.tl('withdrawSend')}</cp-button>
    </form>`;
  }
}
