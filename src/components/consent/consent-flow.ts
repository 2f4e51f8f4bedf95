import { html, type PropertyValues } from 'lit';
import { CpDataElement } from '../../core/data-element.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { DataController } from '../../core/data-controller.js';
import { deliveryLiveRegion } from '../../core/delivery-message.js';
import { DraftController } from '../../core/draft.js';
import type { Schema } from '../../core/schema.js';
import type { StringKey } from '../../core/strings.js';
import { baseStyles } from '../../core/styles.js';
import { startsOutbox } from '../../core/outbox-keep.js';
import { submit, type Delivery } from '../../core/submit.js';
import { SubmitController } from '../../core/submit-controller.js';
import '../button/index.js';
import '../error-summary/index.js';
import schema from '../../contract/schemas/consent-definition.schema.json';
import { consentFlowStyles } from './consent-flow.styles.js';
import { targetStyles } from '../../core/targets.js';
import { consentFlowStrings } from './consent-flow.strings.js';
import { PageTitleController } from '../../core/title.js';
import { EXIT_WORDS, fieldOf, stepsOf, type ConsentAnswers, type ConsentStep } from './consent-helpers.js';
import type { ConsentDefinition as Definition } from '../../contract/consent.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';
import { voiced } from './staff.js';
import { startOf } from './young-people.js';
import { DeclineController, declineStyles } from './decline.js';
import { QuickExitController, quickExitStyles, renderQuickExit } from '../../core/quick-exit.js';
import { draftNoteStyles } from './draft-note.js';
import { copyStyles } from './copy.js';
import { RecordKeeper, type FlowDraft } from './keep.js';
import { stepTitle, withField } from './steps.js';
import { renderFlow } from './flow-page.js';

const styles = [
  baseStyles,
  targetStyles,
  consentFlowStyles,
  copyStyles,
  quickExitStyles,
  declineStyles,
  draftNoteStyles,
];

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
export class CpConsentFlow extends CpDataElement<Definition, ConsentDefinition> {
  static override styles = styles;
  static override properties = {
    ...CpDataElement.properties,
    endpoint: {},
    step: {},
    saveDraft: { type: Boolean, attribute: 'save-draft' },
    staffMode: { type: Boolean, attribute: 'staff-mode' },
    exitUrl: { attribute: 'exit-url' },
    manageUrl: { attribute: 'manage-url' },
    record: { attribute: false },
    answers: { state: true },
    resumed: { state: true },
  };
  static override readonly strings = consentFlowStrings;

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
  /** The record, once sent. */
  declare record?: ConsentRecord;

  override readonly loader: DataController<ConsentDefinition> = new DataController(this, { schema: schema as Schema });
  private draft = new DraftController<FlowDraft>(this, () => {
    const def = this.loader.value;
    return def && this.saveDraft ? `consent:${def.id}@${def.version}` : undefined;
  });
  readonly submitter = new SubmitController(this, { draft: this.draft });
  /** What happened to the record sent (read-only): sent, saved on this device or handled on the confirmation; rejected or unsent on the check step. */
  get delivery(): Delivery | undefined {
    return this.submitter.delivery;
  }
  private readonly quick = new QuickExitController(this);
  /** "Leave without agreeing": forgets the answers and any draft. */
  private readonly decline = new DeclineController(
    this,
    () => this.loader.value,
    () => ((this.answers = { agreed: [] }), this.draft.clear()),
  );
  /** The hash of the text shown, the reference and key, and the copy to keep (keep.ts). */
  private readonly keeper = new RecordKeeper(this);
  /** `sha256:<hex>` of the canonical JSON of the definition shown. Empty until it has been worked out. */
  get textHash(): string {
    return this.keeper.textHash;
  }
  private fromCheck = false;
  /** The `name` of the field to focus after "Change". */
  private focusField?: string;
  private readonly pageTitle = new PageTitleController(this);
  /** Whether the person has moved between steps, after which the title follows the step. */
  private stepped = false;

  constructor() {
    super();
    startsOutbox(this);
    Object.assign(this, { step: 'info', saveDraft: false, staffMode: false, answers: { agreed: [] }, resumed: false });
  }

  protected override updated(): void {
    // Each step, and the confirmation, is a new page to a screen reader user, who hears the title:
    // the step's, once the person has moved between steps.
    const def = this.loader.value;
    const shown = this.loader.state === 'ready' && def;
    const left = this.decline.left && this.t('consentFlowDeclined');
    this.pageTitle.setView(shown ? left || (this.stepped ? stepTitle(this, shown, this.step) : undefined) : undefined);
    if (!def) return;
    this.keeper.hash(def, (hash) => {
      // A draft counts only for exactly the same text.
      const draft = this.draft.load();
      if (draft?.hash !== hash) return;
      ({ answers: this.answers, step: this.step, id: this.keeper.id, secret: this.keeper.secret } = draft);
      this.resumed = true;
    });
    if (this.step === 'done') this.keeper.makeShown(def);
  }

  private save(): void {
    const { textHash: hash, id, secret } = this.keeper;
    if (hash && this.step !== 'done') this.draft.save({ hash, step: this.step, answers: this.answers, id, secret });
  }

  private go(step: ConsentStep, fromCheck = false): void {
    this.step = step;
    this.stepped = true;
    this.fromCheck = fromCheck;
    this.resumed = false;
    if (step !== 'done') this.submitter.show();
    // "Change" goes straight to the field it changes, as its name says; other moves to the heading.
    const field = this.focusField;
    this.focusField = undefined;
    void this.focusAfterUpdate(...(field ? [`[name="${CSS.escape(field)}"]`] : []), '.heading');
    this.save();
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

  /** Changes some answers, and keeps them in the draft. */
  private answer(change: Partial<ConsentAnswers>): void {
    this.answers = { ...this.answers, ...change };
    this.save();
  }

  private onField(e: Event): void {
    const field = fieldOf(e);
    if (field) this.answer(withField(this.answers, ...field));
  }

  private onSubmit(e: Event, def: ConsentDefinition): void {
    e.preventDefault();
    if (this.step === 'check') return void this.send(def);
    const steps = stepsOf(def, this);
    this.go(this.fromCheck ? 'check' : steps[steps.indexOf(this.step) + 1]!);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const def = this.loader.value;
    // `info`, the default, starts at the first step: the staff step or the age question (staff.ts, young-people.ts).
    if (def && !this.stepped && this.step === 'info') this.step = startOf(def, this);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // The record made for a confirmation shown without sending.
    return this.keeper.making ? (await this.keeper.making, super.getUpdateComplete()) : done;
  }

  private async send(def: ConsentDefinition): Promise<void> {
    let record: ConsentRecord;
    await this.submitter.send(
      async () => {
        record = await this.keeper.make(def, this.answers);
        this.save();
        return submit(this, 'cp-consent', { record }, record, '/v1/consent');
      },
      () => {
        this.keeper.keep(def, record);
        this.go('done');
      },
    );
  }

  /** One step's page (flow-page.ts), with what the step's own rendering reads and may do (steps.ts). */
  private flow(def: ConsentDefinition) {
    const steps = stepsOf(def, this);
    const [{ record, step, fromCheck }, { secret, href }] = [this, this.keeper];
    const startAgain = () => {
      this.answers = { agreed: [] };
      this.keeper.forget();
      this.go(steps[0]!);
      this.draft.clear();
    };
    return renderFlow({
      host: this,
      def,
      delivery: this.delivery,
      decline: this.decline,
      steps,
      step,
      startAgain,
      resumed: this.resumed,
      saveDraft: this.saveDraft,
      answer: (a) => this.answer(a),
      go: (to) => this.go(to),
      kept: record && secret ? { record, secret, href } : undefined,
      back: fromCheck ? 'check' : steps[steps.indexOf(step) - 1]!,
      // "Change" goes straight to the field it changes, as its name says (see go()).
      change: (to, field) => ((this.focusField = field), this.go(to, true)),
      onSubmit: (e) => this.onSubmit(e, def),
      onField: (e) => this.onField(e),
    });
  }

  protected override render() {
    return html`${renderQuickExit(this, this.quick, ...EXIT_WORDS)}${languageSwitch(this.languages)}${this.loader.render((def) => (this.decline.left ? this.decline.page(def) : this.flow(def)))}${deliveryLiveRegion(this, this.delivery)}`;
  }
}
