import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CpElement } from '../../core/base-element.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { DataController } from '../../core/data-controller.js';
import { deliveryLiveRegion, renderDelivery } from '../../core/delivery-message.js';
import { DraftController } from '../../core/draft.js';
import { textHash as hashOf } from '../../contract/hash.js';
import { newId } from '../../core/ids.js';
import type { Schema } from '../../core/schema.js';
import type { StringKey } from '../../core/strings.js';
import { baseStyles } from '../../core/styles.js';
import { startsOutbox } from '../../core/outbox-keep.js';
import { isDone, submit, type Delivery } from '../../core/submit.js';
import '../button/index.js';
import '../checkbox-group/index.js';
import '../error-summary/index.js';
import '../radio-group/index.js';
import '../text-field/index.js';
import '../textarea/index.js';
import schema from '../../contract/schemas/consent-definition.schema.json';
import { consentFlowStyles } from './consent-flow.styles.js';
import { targetStyles } from '../../core/targets.js';
import { consentFlowStrings } from './consent-flow.strings.js';
import { PageTitleController } from '../../core/title.js';
import {
  CONTACTS,
  asksLived,
  CREDITS,
  creditOf,
  EXIT_WORDS,
  fieldOf,
  longDate,
  money,
  named,
  paragraphs,
  stepsOf,
  type ConsentAnswers,
  type ConsentStep,
} from './consent-helpers.js';
import type { ConsentDefinition as Definition } from '../../contract/consent.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';
import { staffStep, voiced } from './staff.js';
import { ageStep, assentStep, parentIntro, peopleRecord, peopleRows, startOf } from './young-people.js';
import { DeclineController, declineStyles } from './decline.js';
import { QuickExitController, quickExitStyles, renderQuickExit } from '../../core/quick-exit.js';
import { draftNoteStyles, renderDraftNote } from './draft-note.js';
import { buildRecord, keyHashOf, newSecret, payOptionsOf, type ConsentSecret } from './record.js';
import { copyParts, copyStyles, copyText, CopyFile, renderCopy } from './copy.js';
import { livedRows, renderLived } from './lived-experience.js';

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** A person gave consent. Cancel it to deliver the record yourself. */
    'cp-consent': { record: ConsentRecord };
  }
}
interface Draft {
  hash: string;
  step: ConsentStep;
  answers: ConsentAnswers;
  id?: string;
  /** The reference and key, so a retry or a return visit keeps them (see record.ts). */
  secret?: ConsentSecret;
}

/** [what, answer, the step to change it, the field there]: one line of "Check your answers" and of the participant copy. */
type Row = [key: string, value: string, step?: ConsentStep, field?: string];

/**
 * @summary Informed consent in plain steps: the information (with Easy Read), payment, separate unticked statements, credit, access needs, a check, and a copy to keep.
 *
 * The definition comes from `data`, a `src` URL or an inline `<script type="application/json">`
 * child, checked against `consent-definition.schema.json`. Each step is its own short form;
 * focus moves to the step's heading ("Step 2 of 6, Payment and thanks"), Back keeps every
 * answer, nothing is timed, and with `save-draft` answers are kept on the device until sent
 * (off by default, for shared devices). The record names the version and a SHA-256 of exactly the text that was shown.
 *
 * @csspart title - The study's title.
 * @csspart back - The Back link.
 * @csspart change - Each "Change" link on "Check your answers".
 * @csspart link - The "Start again" link.
 * @csspart notice - "Welcome back" after a draft is restored.
 * @csspart draft-note - With `save-draft`: "Your answers are kept on this device" and "Clear my answers", on every step.
 * @csspart declined - The message after Continue with a required statement left unticked, with "Leave without agreeing".
 * @csspart heading - Each step's heading.
 * @csspart summary - The "Check your answers" list.
 * @csspart copy - The participant copy on the confirmation.
 * @csspart delivery - The message that says whether the record was sent or saved.
 *
 * @fires cp-consent-declined - When the person chooses "Leave without agreeing". `detail.decline` has nothing personal: the consent id, version, time and the required statements not agreed to. With `recordDeclines: true` in the definition it is also sent to the endpoint (cancelable: call `preventDefault()` to deliver it yourself).
 * @fires cp-consent - When the person agrees. `detail.record` is the record. Cancelable: call `preventDefault()` to deliver it yourself.
 * @fires cp-submitted - The record reached the endpoint.
 * @fires cp-submit-saved - No connection: the record is kept on the device and sent later.
 * @fires cp-submit-error - The endpoint refused the record, or there is no endpoint.
 * @attr {boolean} keep-title - Leaves the page title alone. Otherwise, once the person moves on, the title names the step ("Step 2 of 6: Payment and thanks – …"), then the confirmation. Also works on any element around the flow.
 *
 * @a11y-criterion 1.3.1 | Each statement is a group named by its text, with its own checkbox; "Check your answers" is a description list.
 * @a11y-criterion 2.2.1 | Nothing is timed; with `save-draft`, answers are kept on the device until sent.
 * @a11y-criterion 2.4.11 | The sticky "Exit this page" bar (`exit-url`) never covers the focused control: everything scrolled into view keeps clear of it by the bar's height.
 * @a11y-criterion 2.4.2 | Once the person moves on, the page title names the step ("Step 2 of 6: Payment and thanks – …"), then the confirmation; "Error: " comes first while errors show. `keep-title` turns this off.
 * @a11y-criterion 2.4.3 | On each step, focus moves to the step's heading ("Step 2 of 6, Payment and thanks").
 * @a11y-criterion 2.4.4 | "Change" links say what they change.
 * @a11y-criterion 3.3.1 | Not agreeing is a choice, not an error: on Continue with a required statement unticked, a message (a region named by its heading, which takes focus) names the statement, says it is needed to take part, that this is fine, who to ask about other ways to take part, and offers "Leave without agreeing". A missing name for the chosen credit is listed in the error summary.
 * @a11y-criterion 3.3.4 | Agreeing is a commitment: "Check your answers" lets people review and change every answer before they agree, and a copy is kept.
 * @a11y-criterion 4.1.3 | Whether the record was sent or saved on the device is a status message, put into a live region that is on the page before sending; a refusal is an alert.
 * @a11y-key Tab | Moves through each step.
 * @a11y-key Shift, three times | Leaves the page at once, when `exit-url` is set.
 * @a11y-key Space | Ticks a statement.
 * @a11y-key Arrow keys | Choose a credit or contact option.
 * @a11y-key Enter | On Continue, or in a text field, goes to the next step; on Back, Change or Start again (links), follows the link.
 * @a11y-role Step heading | heading, focusable | "Step n of m" and the step's title | Takes focus on each new step
 * @a11y-role Each statement | group | The statement's text, with "(optional)" when it is | —
 * @a11y-role Agreement box | checkbox | Its label, inside the statement's group | Unticked at the start; checked or not
 * @a11y-role Back, Change, Start again | link | Their text; "Change" names what it changes | —
 * @a11y-role Delivery message | shown without a role; "Sent" or "Saved on this device" is put into a polite live region (status) that is on the page, empty, before sending; a refusal is an alert | — | —
 */
export class CpConsentFlow extends CpElement {
  static override styles = [baseStyles, targetStyles, consentFlowStyles, copyStyles, quickExitStyles, declineStyles, draftNoteStyles];
  static override properties = {
    ...CpElement.properties,
    languages: {},
    data: { attribute: false },
    src: {},
    endpoint: {},
    step: {},
    saveDraft: { type: Boolean, attribute: 'save-draft' },
    staffMode: { type: Boolean, attribute: 'staff-mode' },
    exitUrl: { attribute: 'exit-url' },
    manageUrl: { attribute: 'manage-url' },
    record: { attribute: false },
    answers: { state: true },
    resumed: { state: true },
    delivery: { state: true },
  };
  static override readonly strings = consentFlowStrings;

  /** The languages to offer in a language switch, as codes separated by spaces: `en cy`. The person's choice applies to every kit widget on the page for the visit. */
  declare languages?: string;
  /** The consent definition. */
  declare data?: Definition;
  /** A URL to load the definition from. */
  declare src?: string;
  /** Where to POST the record (a full URL). Defaults to the provider's `endpoint` + `/v1/consent`. */
  declare endpoint?: string;
  /** The step shown: `staff`, `age`, `assent`, `info` (the default: the first step), `payment`, `statements`, `credit`, `access`, `check` or `done`. Set it to show one step (for example in stories). */
  declare step: ConsentStep;
  /** Keeps unfinished answers on this device until they are sent or cleared. Off by default: devices are often shared. */
  declare saveDraft: boolean;
  /** Staff record consent taken by phone, on paper or with a supporter: the flow says "They agree" and asks how consent was taken and who recorded it (staff.ts). */
  declare staffMode: boolean;
  /** Shows an "Exit this page" button; it and pressing Shift 3 times replace the page with this address. */
  declare exitUrl?: string;
  /** Where people change or withdraw their consent: the copy links to it with `?ref=<reference>&key=<key>`. No link when unset. */
  declare manageUrl?: string;
  /** The person's answers so far. */
  declare answers: ConsentAnswers;
  declare private resumed: boolean;
  declare private delivery?: Delivery;
  /** The record, once sent. */
  declare record?: ConsentRecord;

  private loader = new DataController<ConsentDefinition>(this, { schema: schema as Schema });
  private draft = new DraftController<Draft>(this, () => {
    const def = this.loader.value;
    return def && this.saveDraft ? `consent:${def.id}@${def.version}` : undefined;
  });
  private readonly quick = new QuickExitController(this);
  /** "Leave without agreeing": forgets the answers and any draft. */
  private readonly decline = new DeclineController(this, () => this.loader.value, () => {
    this.answers = { agreed: [] };
    this.draft.clear();
  });
  private shown?: ConsentDefinition;
  /** `sha256:<hex>` of the canonical JSON of the definition shown. Empty until it has been worked out. */
  textHash = '';
  private hashing?: Promise<string>;
  private recordId?: string;
  /** The person's reference and secret key: made once per record, kept through retries and drafts. */
  private secret?: ConsentSecret;
  /** The record being made for a confirmation shown without sending: `updateComplete` waits for it. */
  private making?: Promise<void>;
  private readonly file = new CopyFile();
  /** The download's URL, made once per record in `willUpdate()`. */
  private copyHref?: string;
  private fromCheck = false;
  /** The `name` of the field to focus after "Change". */
  private focusField?: string;
  private sending = false;
  private readonly pageTitle = new PageTitleController(this);
  /** Whether the person has moved between steps, after which the title follows the step. */
  private stepped = false;

  constructor() {
    super();
    startsOutbox(this);
    this.step = 'info';
    this.saveDraft = false;
    this.staffMode = false;
    this.answers = { agreed: [] };
    this.resumed = false;
  }

  protected override updated(): void {
    // Each step, and the confirmation, is a new page to a screen reader user, who hears the title.
    this.pageTitle.setView(this.titleView());
    const def = this.loader.value;
    if (def && def !== this.shown) {
      this.shown = def;
      this.hashing = hashOf(def).then((hash) => {
        if (this.shown === def) {
          this.textHash = hash;
          // A draft counts only for exactly the same text.
          const draft = this.draft.load();
          if (draft?.hash === hash) {
            ({ answers: this.answers, step: this.step, id: this.recordId, secret: this.secret } = draft);
            this.resumed = true;
          }
        }
        return hash;
      });
    }
    // The confirmation shown without sending (a story, or `step` set by the page) still needs its record.
    if (def && this.step === 'done' && !this.record && this.hashing && !this.making)
      this.making = this.makeRecord(def).then((record) => {
        this.record ??= record;
        this.making = undefined;
      });
  }

  private save(): void {
    if (this.textHash && this.step !== 'done')
      this.draft.save({ hash: this.textHash, step: this.step, answers: this.answers, id: this.recordId, secret: this.secret });
  }

  /** The step in the page title, once the person has moved between steps. */
  private titleView(): string | undefined {
    const def = this.loader.state === 'ready' ? this.loader.value : undefined;
    if (def && this.decline.left) return this.t('consentFlowDeclined');
    if (!def || !this.stepped) return undefined;
    const steps = stepsOf(def, this);
    const i = steps.indexOf(this.step);
    const name = this.t(`consentFlowStep_${this.step}`);
    return i < 0 ? name : this.t('consentFlowTitleStep', { n: i + 1, total: steps.length, step: name });
  }

  private go(step: ConsentStep, fromCheck = false): void {
    this.step = step;
    this.stepped = true;
    this.fromCheck = fromCheck;
    this.resumed = false;
    if (step !== 'done') this.delivery = undefined;
    // "Change" goes straight to the field it changes, as its name says; other moves to the heading.
    const field = this.focusField;
    this.focusField = undefined;
    void this.focusAfterUpdate(...(field ? [`[name="${CSS.escape(field)}"]`] : []), '.heading');
    this.save();
  }

  /** A link to another step: Back, Change, Start again. */
  private link(step: ConsentStep, label: unknown, cls: string, run = () => this.go(step, cls === 'change')) {
    // "Start again" is inside a sentence (exempt from the target size); Back and Change stand alone.
    return html`<a href="#${step}" class=${cls === 'link' ? cls : `${cls} target`} part=${cls} @click=${(e: Event) => (e.preventDefault(), run())}>${label}</a>`;
  }

  // In staff mode, each string's `_staff` twin, where there is one ("They agree"): see staff.ts.
  override t(key: StringKey, vars?: Record<string, string | number>) {
    return super.t(voiced(this, key, vars?.count), vars);
  }
  override tl(key: StringKey, vars?: Record<string, string | number>) {
    return super.tl(voiced(this, key, vars?.count), vars);
  }
  override langOf(key: StringKey, vars?: Record<string, string | number>) {
    return super.langOf(voiced(this, key, vars?.count), vars);
  }

  private onField(e: Event): void {
    const field = fieldOf(e);
    if (!field) return;
    const [name, value] = field;
    const a = { ...this.answers };
    if (/^[sa]:/.test(name)) {
      // s: the person's (or parent's) statements; a: the young person's assent (young-people.ts).
      const [id, list] = [name.slice(2), name[0] === 's' ? 'agreed' : 'assented'] as const;
      a[list] = (a[list] ?? []).filter((x) => x !== id).concat(value.length ? [id] : []);
    } else Object.assign(a, { [name]: value });
    this.answers = a;
    this.save();
  }

  private onSubmit(e: Event, def: ConsentDefinition): void {
    e.preventDefault();
    if (this.step === 'check') return void this.send(def);
    const steps = stepsOf(def, this);
    this.go(this.fromCheck ? 'check' : steps[steps.indexOf(this.step) + 1]!);
  }

  /** The record for the current answers, with the same id, reference and key on every try. */
  private async makeRecord(def: ConsentDefinition): Promise<ConsentRecord> {
    const secret = (this.secret ??= newSecret(def.id));
    const id = (this.recordId ??= newId());
    const [textHash, keyHash] = await Promise.all([this.hashing!, keyHashOf(secret.key)]);
    const parts = { id, reference: secret.reference, keyHash, textHash, locale: this.env.lang, easyRead: !!this.easy(def) };
    return { ...buildRecord(def, this.answers, parts), ...peopleRecord(this, def) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The download is made once per record, here rather than in render().
    const def = this.loader.value;
    // `info`, the default, starts at the first step: the staff step or the age question (staff.ts, young-people.ts).
    if (def && !this.stepped && this.step === 'info') this.step = startOf(def, this);
    this.copyHref = this.record && this.secret && def ? this.file.href(this.record, () => copyText(this, def, this.copy(def, this.record!))) : undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    return this.making ? (await this.making, super.getUpdateComplete()) : done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.file.release();
  }

  private async send(def: ConsentDefinition): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    const record = await this.makeRecord(def);
    this.save();
    try {
      this.delivery = await submit(this, 'cp-consent', { record }, record, '/v1/consent');
    } finally {
      this.sending = false;
    }
    if (isDone(this.delivery)) {
      this.record = record;
      this.draft.clear();
      this.go('done');
    }
  }

  /** Whether the Easy Read version exists for this definition. */
  private hasEasy = (def: ConsentDefinition) => def.sections.some((s) => s.easyRead);
  /** Whether the Easy Read version is showing. */
  private easy = (def: ConsentDefinition) => this.answers.easy && this.hasEasy(def);

  private version(def: ConsentDefinition): string {
    return this.t('consentFlowVersion', { version: def.version, date: longDate(def.date, this.env.lang) });
  }

  private pay(def: ConsentDefinition): string {
    const p = def.payment!;
    return this.t('consentFlowPayAmount', { amount: money(p.amount, p.currency, this.env.lang), per: p.per });
  }

  /** Radio options whose labels are strings named `<prefix>_<value>`. */
  private options(prefix: 'consentCredit' | 'consentFlowContact', values: string[]) {
    return values.map((value) => ({ value, label: this.t(`${prefix}_${value}` as StringKey), lang: this.langOf(`${prefix}_${value}` as StringKey) }));
  }

  /** Every answer, for "Check your answers" and the participant copy. */
  private rows(def: ConsentDefinition): Row[] {
    const { agreed, access, contact } = this.answers;
    const t = (key: StringKey) => this.t(key);
    const none = t('consentFlowNone');
    const rows: Row[] = [...peopleRows(this, def), [t('consentFlowInfoRead'), this.version(def) + (this.easy(def) ? ` (${t('consentFlowFormatEasy')})` : ''), 'info']];
    if (def.payment) rows.push([t('consentFlowPayChoose'), this.answers.payment ? t(`consentFlowPayWith_${this.answers.payment}`) : none, 'payment', 'payment']);
    for (const s of def.statements) rows.push([s.text, t(agreed.includes(s.id) ? 'consentFlowAgreed' : 'consentFlowNotAgreed'), 'statements', `s:${s.id}`]);
    const c = creditOf(this.answers);
    const name = c?.name ?? c?.pseudonym ?? c?.group;
    if (def.askCredit) rows.push([t('consentCredit'), c ? t(`consentCredit_${c.credit}`) + (name ? `: ${name}` : '') : none, 'credit', 'credit'], ...livedRows(this, def, this.answers));
    if (def.askAccessNeeds)
      rows.push(
        [t('consentFlowAccess'), access?.trim() || none, 'access', 'access'],
        [t('consentFlowContact'), contact ? t(`consentFlowContact_${contact}`) : none, 'access', 'contact'],
      );
    return rows;
  }

  private block(key: StringKey, text?: string) {
    return text ? html`<h4>${this.tl(key)}</h4>${paragraphs(text, this)}` : nothing;
  }

  /** Staff mode's first step, and the young person's steps (staff.ts, young-people.ts). */
  private staff = () => staffStep(this);
  private age = (def: ConsentDefinition) => ageStep(this, def);
  private assent = (def: ConsentDefinition) => html`${this.decline.message(def)}${assentStep(this, def)}`;

  private info(def: ConsentDefinition) {
    const easy = this.easy(def);
    const toggle = () => {
      this.answers = { ...this.answers, easy: !easy };
      this.save();
    };
    return html`${parentIntro(this, def)}<p class="hint">${def.organisation.name}<br />${this.version(def)}</p>
      ${this.hasEasy(def)
        ? html`<cp-button type="button" variant="secondary" @click=${toggle}>${this.tl(easy ? 'consentFlowStandard' : 'consentFlowEasyRead')}</cp-button>`
        : nothing}
      ${def.sections.map((s) => html`<h4>${this.say(s.heading)}</h4>${paragraphs((easy && s.easyRead) || s.body, this)}`)}
`;
  }

  private payment(def: ConsentDefinition) {
    const p = def.payment!;
    // Optional: "I do not want to be paid" is always offered (some people need it because of benefits).
    const options = payOptionsOf(def).map((value) => ({ value, label: this.t(`consentFlowPayWith_${value}`), lang: this.langOf(`consentFlowPayWith_${value}`) }));
    return html`<p class="lead">${this.pay(def)}</p><p>${this.tl(`consentFlowPay_${p.method}`)}</p>${paragraphs(p.why, this)}${this.block('consentFlowPayBenefits', p.benefitsNote)}${this.block('consentFlowPayExpenses', p.expenses)}
      <cp-radio-group name="payment" .label=${this.t('consentFlowPayChoose')} .hint=${this.t('consentFlowPayChooseHint')} .options=${options} .value=${this.answers.payment ?? ''}></cp-radio-group>`;
  }

  private statements(def: ConsentDefinition) {
    // Each box's name carries its statement ("I agree: I agree to …"), so voice control and lists of
    // form fields tell the boxes apart; only "I agree" is shown, under the statement.
    const options = (statement: string) => [
      { value: 'yes', label: this.t('consentFlowAgree', { statement }), content: this.tl('consentFlowAgree', { statement }) },
    ];
    return html`${this.decline.message(def)}<p class="hint">${this.tl('consentFlowStatementsHint')}</p>
      ${def.statements.map(
        (s) =>
          html`<cp-checkbox-group name="s:${s.id}" .label=${s.text} ?required=${s.required} .requiredMessage=${this.t('consentFlowRequired', { label: s.text })} .options=${options(s.text)} .value=${this.answers.agreed.includes(s.id) ? ['yes'] : []}></cp-checkbox-group>`,
      )}`;
  }

  private credit(def: ConsentDefinition) {
    const { credit: c, creditName } = this.answers;
    // Full and first names are the person's own: autocomplete helps them (WCAG 1.3.5).
    const auto = c === 'full' ? 'name' : c === 'first-name' ? 'given-name' : 'off';
    return html`<cp-radio-group name="credit" .label=${this.t('consentCredit')} .hint=${this.t('consentCreditHint')} .options=${this.options('consentCredit', CREDITS)} .value=${c ?? ''}></cp-radio-group>
      ${named(c)
        ? html`<cp-text-field name="creditName" required autocomplete=${auto} .label=${this.t('consentCreditName')} .requiredMessage=${this.t('consentCreditNameMissing')} .value=${creditName ?? ''}></cp-text-field>`
        : nothing}
      ${renderLived(this, c, this.answers.lived, asksLived(def))}`;
  }

  private access(_def: ConsentDefinition) {
    const { access, contact } = this.answers;
    return html`<cp-textarea name="access" maxlength="5000" .label=${this.t('consentFlowAccess')} .hint=${this.t('consentFlowAccessHint')} .value=${access ?? ''}></cp-textarea>
      <cp-radio-group name="contact" .label=${this.t('consentFlowContact')} .options=${this.options('consentFlowContact', CONTACTS)} .value=${contact ?? ''}></cp-radio-group>`;
  }

  /** Answers as a summary list: with "Change" links on "Check your answers", without them in the copy. */
  private list(rows: Row[], change: boolean) {
    return html`<dl>${rows.map(
      ([key, value, step, field]) =>
        html`<dt>${this.say(key)}</dt><dd>${value}</dd>${change
          ? html`<dd>${this.link(step!, this.tl('consentFlowChange', { what: key }), 'change', () => ((this.focusField = field), this.go(step!, true)))}</dd>`
          : nothing}`,
    )}</dl>`;
  }

  private check(def: ConsentDefinition) {
    return html`<div part="summary">${this.list(this.rows(def), true)}</div><p>${this.tl('consentFlowCheckNote')}</p>${renderDelivery(this, this.delivery)}`;
  }

  /** The parts of the participant copy (copy.ts): everything the person needs to keep. */
  private copy(def: ConsentDefinition, record: ConsentRecord) {
    const rows = this.rows(def).map(([k, v]) => [k, v] as [string, string]);
    return copyParts(this, { def, answers: this.answers, record, secret: this.secret!, manageUrl: this.manageUrl, rows, easy: !!this.easy(def) });
  }

  private done(def: ConsentDefinition) {
    // The record is made in updated() when the confirmation is shown without sending.
    const rec = this.record;
    return html`${renderDelivery(this, this.delivery)}<p>${this.tl('consentFlowCopyIntro')}</p>
      ${rec && this.secret
        ? html`<p class="noprint"><a class="target" href=${this.copyHref ?? nothing} download="consent-${def.id}-${def.version}.txt">${this.tl('consentFlowDownload')}</a></p>
            <cp-button class="noprint" type="button" variant="secondary" @click=${() => print()}>${this.tl('consentFlowPrint')}</cp-button>
            ${renderCopy(this, def, this.copy(def, rec))}`
        : nothing}`;
  }

  private flow(def: ConsentDefinition) {
    const steps = stepsOf(def, this);
    const step = this.step;
    const i = steps.indexOf(step);
    const startAgain = () => {
      this.answers = { agreed: [] };
      this.recordId = undefined;
      this.secret = undefined;
      this.go(steps[0]!);
      this.draft.clear();
    };
    return html`<h2 class="title" part="title">${this.say(def.title)}</h2>
      ${i > 0 ? this.link(this.fromCheck ? 'check' : steps[i - 1]!, this.tl('consentFlowBack'), 'back') : nothing}
      ${this.resumed
        ? html`<p class="notice" part="notice" role="status">${this.tl('consentFlowResumed')} ${this.link('info', this.tl('consentFlowStartAgain'), 'link', startAgain)}</p>`
        : nothing}
      ${keyed(
        step,
        html`<form novalidate @submit=${(e: Event) => this.onSubmit(e, def)} @input=${this.onField} @change=${this.onField}>
          <cp-error-summary></cp-error-summary>
          <h3 class="heading" part="heading" tabindex="-1">${i < 0 ? nothing : html`<span class="caption">${this.tl('consentFlowStepOf', { n: i + 1, total: steps.length })}</span> `}${this.tl(`consentFlowStep_${step}`)}</h3>
          ${this[step](def)}
          ${step === 'done' ? nothing : html`<cp-button class="next">${this.tl(step === 'check' ? 'consentFlowSend' : 'consentFlowContinue')}</cp-button>`}
        </form>`,
      )}
      ${this.saveDraft && step !== 'done' ? renderDraftNote(this, startAgain) : nothing}`;
  }

  protected override render() {
    return html`${renderQuickExit(this, this.quick, ...EXIT_WORDS)}${languageSwitch(this.languages)}${this.loader.render((def) => (this.decline.left ? this.decline.page(def) : this.flow(def)))}${deliveryLiveRegion(this, this.delivery)}`;
  }
}
