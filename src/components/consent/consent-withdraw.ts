import { html, nothing, type PropertyValues } from 'lit';
import { CpDataElement } from '../../core/data-element.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { deliveryLiveRegion } from '../../core/delivery-message.js';
import { newId } from '../../core/ids.js';
import { DataController } from '../../core/data-controller.js';
import type { Schema } from '../../core/schema.js';
import { baseStyles } from '../../core/styles.js';
import { startsOutbox } from '../../core/outbox-keep.js';
import { submit, type Delivery } from '../../core/submit.js';
import { SubmitController } from '../../core/submit-controller.js';
import { EXIT_WORDS, fieldOf } from './consent-helpers.js';
import { consentFlowStyles } from './consent-flow.styles.js';
import type {
  ConsentCreditChange,
  ConsentDefinition,
  ConsentRecord,
  ConsentWithdrawal,
  CreditChoice,
} from './types.js';
import type { ConsentDefinition as Definition } from '../../contract/consent.js';
import schema from '../../contract/schemas/consent-definition.schema.json';
import { consentWithdrawStrings } from './consent-withdraw.strings.js';
import { PageTitleController } from '../../core/title.js';
import { ManageLookup, manageUrl, renderManageForm, withdrawnIn } from './withdraw-manage.js';
import { chosenCredit, creditChangeOf, nameOf, renderCreditChange } from './withdraw-credit.js';
import { renderReconsent } from './withdraw-reconsent.js';
import { renderDone } from './withdraw-done.js';
import { agreedIn, renderWithdrawForm, textOf, withdrawalOf } from './withdraw-form.js';
import { targetStyles } from '../../core/targets.js';
import { QuickExitController, quickExitStyles, renderQuickExit } from '../../core/quick-exit.js';

/** The withdrawal form's choices and the credit change's, keyed by their fields' names. */
interface WithdrawAnswers {
  chosen: string[];
  given: string[];
  reason: string;
  /** `['yes']` while "with lived experience" is ticked in the credit change. */
  lived?: string[];
  credit: CreditChoice | '';
  creditName: string;
}

/**
 * @summary Manage consent: withdraw in one step (from everything, or chosen statements, with no reason needed), change how you are credited, and agree again when the information changed.
 *
 * Give it the `record` a person agreed to (or its id in `record-id`), and the consent definition
 * for the words of each statement: as `<cp-consent-flow>` takes it, from `data`, a `src` URL or an
 * inline `<script type="application/json">` child, checked against `consent-definition.schema.json`
 * (or as `consent`, its earlier name). Without the definition it offers to withdraw from
 * everything. One form and one button: never more steps than giving consent took.
 *
 * **Manage my consent.** Without a record, it finds one from the person's reference and key:
 * the `reference` and `key` properties, else `?ref=…&key=…` in the page address (their manage
 * link), else a form where they type both from their copy. It POSTs `{ reference, key }` as JSON
 * to `<endpoint>/manage` (or the provider's `endpoint` + `/v1/consent/manage`), and expects
 * `ConsentManageAnswer`: `{ record, definition?, withdrawals? }`. 403 means the reference and key
 * do not match, 404 no such reference; what was typed stays. Withdrawals and credit changes then
 * carry `reference` and `key`, for the collector to check.
 *
 * **Credit.** When the record has a credit or the definition asks for one, a second form changes
 * it: a `credit-changed` body (consent-credit-change.schema.json) sent to `/v1/consent`.
 *
 * **Re-consent.** When the record's `version` is older than the definition's, it says the
 * information has changed, lists the definition's `changes` since, and offers to agree again:
 * a link to `consent-url`, or without it a button firing `cp-reconsent` for the page to show the flow.
 *
 * @csspart heading - The heading.
 * @csspart delivery - The message that says whether the withdrawal was sent or saved.
 *
 * @fires cp-consent-withdraw - When the person withdraws. `detail.withdrawal` is the withdrawal. Cancelable: call `preventDefault()` to deliver it yourself.
 * @fires cp-submitted - The withdrawal reached the endpoint.
 * @fires cp-submit-saved - No connection: the withdrawal is kept on the device and sent later.
 * @fires cp-submit-error - The endpoint refused it, or there is no endpoint.
 * @fires cp-consent-credit - When the person changes how they are credited. `detail.change` is the body. Cancelable, like `cp-consent-withdraw`.
 * @fires cp-reconsent - When the person chooses to agree again. `detail` has the `record`, the `definition` and the `changes` since.
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
 * @a11y-key Shift, three times | Leaves the page at once, when `exit-url` is set.
 * @a11y-criterion 2.4.11 | The sticky "Exit this page" bar never covers the focused control: everything scrolled into view keeps clear of it by the bar's height.
 * @a11y-role Choices | group | "What would you like to withdraw from?" | `aria-describedby`: the hint
 * @a11y-role Each choice | checkbox | The statement's words, or "Everything" | checked or not
 * @a11y-role Reason | textbox | Its label, with "(optional)" | `aria-describedby`: the hint
 * @a11y-role Confirmation | heading, focusable | "You have withdrawn" | Takes focus after sending
 * @a11y-role Reference, Key | textbox | "Your reference", "Your key" | `aria-describedby`: the hint; what was typed stays after a refusal, which is an alert
 * @a11y-role Credit choices | radiogroup | "How would you like to be credited?" | `aria-describedby`: the hint; after saving, focus moves to "We will credit you as: …"
 * @a11y-role Re-consent | heading, list, link or button | "The information has changed", what changed, "Read what changed and agree again" | —
 * @a11y-role Delivery message | shown without a role; "Sent" or "Saved on this device" is put into a polite live region (status) that is on the page, empty, before sending; a refusal is an alert | — | —
 */
export class CpConsentWithdraw extends CpDataElement<Definition, ConsentDefinition> {
  static override styles = [baseStyles, targetStyles, consentFlowStyles, quickExitStyles];
  static override properties = {
    ...CpDataElement.properties,
    record: { type: Object },
    recordId: { attribute: 'record-id' },
    consent: { type: Object, noAccessor: true },
    endpoint: {},
    reference: {},
    key: {},
    consentUrl: { attribute: 'consent-url' },
    answers: { state: true },
    creditChange: { state: true },
    exitUrl: { attribute: 'exit-url' },
    withdrawal: { state: true },
  };
  static override readonly strings = consentWithdrawStrings;

  /** The consent record to withdraw from. */
  declare record?: ConsentRecord;
  /** The id of the record, when the record itself is not to hand. */
  declare recordId?: string;
  /** The definition, by its earlier name (`data`); the `consent` attribute takes it as JSON. */
  get consent(): Definition | undefined {
    return this.data;
  }
  set consent(value: Definition | undefined) {
    this.data = value;
  }
  override readonly loader: DataController<ConsentDefinition> = new DataController(this, { schema: schema as Schema });
  /** The definition with its words in the widget's language (a definition's words may be bilingual). */
  private get def(): ConsentDefinition | undefined {
    return this.loader.value;
  }
  /** Where to POST the withdrawal (a full URL). Defaults to the provider's `endpoint` + `/v1/consent`. */
  declare endpoint?: string;
  /** The person's reference (`SH-7K4Q-M2XD`), from their link or copy: with `key`, finds their record. */
  declare reference?: string;
  /** The secret key from the person's copy. */
  declare key?: string;
  /** The consent flow's page: "Read what changed and agree again" links here. Without it, the button fires `cp-reconsent`. */
  declare consentUrl?: string;
  /** "Manage my consent": finds the record from the person's reference and key (withdraw-manage.ts). */
  private readonly manage = new ManageLookup(this);
  /** What the person has chosen and typed in the withdrawal and credit forms, as the consent flow keeps its answers. */
  declare private answers: WithdrawAnswers;
  /** The credit change, once sent. */
  declare creditChange?: ConsentCreditChange;
  private creditId?: string;
  /** Shows an "Exit this page" button; it and pressing Shift 3 times replace the page with this address. */
  declare exitUrl?: string;
  private readonly quick = new QuickExitController(this);
  /** The withdrawal, once sent. */
  declare withdrawal?: ConsentWithdrawal;
  private withdrawalId?: string;
  /** The latest delivery (withdrawal or credit), for the live region. */
  private last?: Delivery;
  /** The withdrawal's send, and the credit change's: one send at a time across both forms. */
  readonly submitter = new SubmitController(this, { focus: { done: '.heading' } });
  private readonly creditSubmitter = new SubmitController(this, { focus: { done: '.credit-done' } });
  /**
   * What happened to the withdrawal sent, read-only: `{ status: 'sent' }`, `'saved'` (kept on this device and sent
   * later) or `'handled'` (the page delivered it) on the confirmation; `'rejected'` or `'unsent'` with the form kept.
   */
  get delivery(): Delivery | undefined {
    return this.submitter.delivery;
  }
  private readonly pageTitle = new PageTitleController(this);

  constructor() {
    super();
    startsOutbox(this);
    this.answers = { chosen: [], reason: '', given: [], credit: '', creditName: '' };
  }

  /** The statements agreed to and not yet withdrawn (withdraw-form.ts). */
  private agreed = (): string[] => agreedIn(this.record, this.def, withdrawnIn(this.manage.lookup));

  private onField(e: Event): void {
    const [name, value] = fieldOf(e) ?? [];
    if (name === 'reference' || name === 'key') this[name] = value as string;
    else if (name) this.answers = { ...this.answers, [name]: value };
  }

  private async send(e: Event): Promise<void> {
    e.preventDefault();
    if (this.creditSubmitter.sending) return;
    const { reference, key } = this;
    const { chosen, given, reason } = this.answers;
    const id = (this.withdrawalId ??= newId());
    const withdrawal = withdrawalOf({
      id,
      ...this.ids(),
      agreed: this.agreed(),
      chosen,
      given,
      reason,
      reference,
      key,
    });
    await this.submitter.send(
      async () => (this.last = await submit(this, 'cp-consent-withdraw', { withdrawal }, withdrawal, '/v1/consent')),
      () => (this.withdrawal = withdrawal),
    );
  }

  /** The record and the consent this page is about (both are needed to withdraw or change a credit). */
  private ids() {
    return { recordId: (this.record?.id ?? this.recordId)!, consentId: (this.record?.consentId ?? this.def?.id)! };
  }

  /** Sends how the person now wants to be credited: a new event, like a withdrawal. */
  private async saveCredit(e: Event): Promise<void> {
    e.preventDefault();
    const { credit: choice, creditName, lived } = this.answers;
    const credit = chosenCredit(choice, creditName, lived);
    if (this.submitter.sending || !credit) return;
    const { reference, key } = this;
    const change = creditChangeOf({ id: (this.creditId ??= newId()), ...this.ids(), reference, key }, credit);
    await this.creditSubmitter.send(
      async () => (this.last = await submit(this, 'cp-consent-credit', { change }, change, '/v1/consent')),
      () => (this.creditChange = change),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const c = this.record?.credit;
    if (changed.has('record') && c)
      this.answers = {
        ...this.answers,
        credit: c.credit,
        creditName: nameOf(c),
        lived: c.livedExperience ? ['yes'] : [],
      };
  }

  // The confirmation replaces the form: a new page to a screen reader user, who hears the title.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.pageTitle.setView(this.withdrawal ? this.t('consentWithdrawDone') : undefined);
  }

  protected override render() {
    return html`${renderQuickExit(this, this.quick, ...EXIT_WORDS)}${languageSwitch(this.languages)}${this.view()}${deliveryLiveRegion(this, this.last)}`;
  }

  private view() {
    const { def, loader } = this;
    // Loading, or a definition that could not be loaded or is not valid: said as every data widget says it.
    if (loader.state !== 'ready' && loader.state !== 'empty') return loader.render(() => html``);
    if (this.withdrawal) return renderDone(this, this.withdrawal, def, this.delivery, (id) => textOf(def, id));
    const { recordId, consentId } = this.ids();
    const found = !!recordId && !!consentId;
    if (!found && manageUrl(this)) {
      const on = { find: (e: Event) => this.manage.find(e), field: (e: Event) => this.onField(e) };
      return renderManageForm(
        this,
        { reference: this.reference ?? '', key: this.key ?? '', lookup: this.manage.lookup },
        on,
      );
    }
    if (!found) {
      console.error(
        '<cp-consent-withdraw> needs `record`, or `record-id` and `consent`, or an `endpoint` to find the record with a reference and key',
      );
      return html`<p role="alert">${this.tl('invalidData')}</p>`;
    }
    if (withdrawnIn(this.manage.lookup) === 'all') return renderDone(this, undefined, def);
    return html`${renderReconsent(this, this.record, def, this.consentUrl)}${this.withdrawForm()}${this.creditForm()}`;
  }

  private creditForm() {
    const current = this.record?.credit;
    if (!current && !this.def?.askCredit) return nothing;
    const { def, creditChange: saved } = this;
    const s = { ...this.answers, current, def, saved, delivery: this.creditSubmitter.delivery };
    return renderCreditChange(this, s, { save: (e) => this.saveCredit(e), field: (e) => this.onField(e) });
  }

  private withdrawForm() {
    const { def, delivery } = this;
    const s = { ...this.answers, def, agreed: this.agreed(), delivery };
    return renderWithdrawForm(this, s, { send: (e) => this.send(e), field: (e) => this.onField(e) });
  }
}
