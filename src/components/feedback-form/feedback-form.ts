import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CpElement } from '../../core/base-element.js';
import { choiceStyles } from '../../core/choice-group.js';
import { DataController } from '../../core/data-controller.js';
import { renderDelivery } from '../../core/delivery-message.js';
import { DraftController } from '../../core/draft.js';
import type { Schema } from '../../core/schema.js';
import { baseStyles, fieldStyles } from '../../core/styles.js';
import { sendFeedback, spamTrap, spamTrapStyles } from '../../core/send-feedback.js';
import { isDone, type Delivery } from '../../core/submit.js';
import '../button/index.js';
import '../checkbox-group/index.js';
import '../error-summary/index.js';
import '../radio-group/index.js';
import '../rating/index.js';
import '../text-field/index.js';
import '../textarea/index.js';
import { Answers, type Draft } from './answers.js';
import schema from './feedback-definition.schema.json';
import { feedbackFormStyles } from './feedback-form.styles.js';
import { feedbackFormStrings } from './feedback-form.strings.js';
import { box, support, thanks } from './panels.js';
import { renderFlag, renderQuestion } from './questions.js';
import { QuickExitController } from './quick-exit.js';
import type { FeedbackDefinition, Question } from './types.js';

/** Problems the schema cannot see: the same id twice, a scale that runs backwards. */
const problems = (d: FeedbackDefinition): string[] => {
  const seen = new Set<string>();
  return d.questions.flatMap((q, i) => {
    const out: string[] = [];
    if (seen.has(q.id)) out.push(`questions[${i}].id: "${q.id}" is used by an earlier question`);
    if ((q.scale?.min ?? 1) >= (q.scale?.max ?? 5)) out.push(`questions[${i}].scale: min must be less than max`);
    seen.add(q.id);
    return out;
  });
};

/**
 * @summary A feedback form built from a definition: every answer optional unless required, "Prefer not to say", flags for questions that do not work, support after sensitive questions, and answers that are never lost.
 *
 * The definition comes from the `data` property, a `src` URL or an inline
 * `<script type="application/json">` child (see `feedback-definition.schema.json`). Questions
 * use the kit's primitives, so labels, hints and errors behave as in the GOV.UK Design System.
 * Spam is caught without a CAPTCHA: a hidden field people never meet, and a minimum time.
 *
 * @fires cp-submit - Before sending. `detail.submission` is what will be sent; call `preventDefault()` to deliver it yourself.
 * @fires cp-submitted - The endpoint accepted the answers (2xx).
 * @fires cp-submit-saved - No connection: the answers are kept on this device and sent later.
 * @fires cp-submit-error - The endpoint refused the answers (4xx), or there is nowhere to send them. The answers stay on screen.
 *
 * @csspart privacy - The box saying what happens to the answers.
 * @csspart note - The content note before the first sensitive question.
 * @csspart support - A box of support contacts.
 * @csspart thanks - The thank-you page.
 * @csspart delivery - The message saying whether the answers were sent or saved.
 */
export class CpFeedbackForm extends CpElement {
  static override styles = [baseStyles, fieldStyles, choiceStyles, spamTrapStyles, feedbackFormStyles];
  /** The built-in English words (a starting point for a translation). Using them here also keeps them in bundles. */
  static readonly defaultStrings = feedbackFormStrings;
  static override properties = {
    ...CpElement.properties,
    data: { type: Object },
    src: {},
    endpoint: {},
    exitUrl: { attribute: 'exit-url' },
    paged: { type: Boolean, reflect: true },
    saveDraft: { type: Boolean, attribute: 'save-draft' },
    minSeconds: { type: Number, attribute: 'min-seconds' },
    delivery: { attribute: false },
    // `attribute: false` as well, so the manifest does not list them as attributes.
    page: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    sending: { state: true, attribute: false },
  };

  /** The form definition. Takes precedence over `src` and inline JSON. */
  declare data?: FeedbackDefinition;
  /** The URL of the definition as JSON. */
  declare src?: string;
  /** Where to POST the answers (a full URL). Defaults to `<cp-provider endpoint>` + `/v1/feedback`. */
  declare endpoint?: string;
  /** Shows an "Exit this page" button; it and pressing Shift 3 times replace the page with this address. */
  declare exitUrl?: string;
  /** One question (or `group`) per page, with Back and "Question 2 of 6". */
  declare paged: boolean;
  /** Keeps unfinished answers on this device, until they are sent or the person clears them. */
  declare saveDraft: boolean;
  /** Answers sent sooner than this after the form appeared are treated as spam (default 3). */
  declare minSeconds: number;
  /** What happened to the last submission. Set it to show the thank-you page (`sent`, `saved`, `handled`). */
  declare delivery?: Delivery;
  declare private page: number;
  declare private notice: '' | 'restored' | 'cleared';
  declare private sending: boolean;

  private readonly loader = new DataController<FeedbackDefinition>(this, { schema: schema as Schema });
  private readonly draft = new DraftController<Draft>(this, () =>
    this.saveDraft && this.def ? `${this.def.id}@${this.def.version}` : undefined,
  );
  private readonly quick = new QuickExitController(this);
  private readonly answers = new Answers(() => {
    this.save();
    this.requestUpdate();
  });
  private def?: FeedbackDefinition;
  private bad = false;
  private started = 0;
  private priorMs = 0;

  constructor() {
    super();
    this.paged = false;
    this.saveDraft = false;
    this.minSeconds = 3;
    this.page = 0;
    this.notice = '';
    this.sending = false;
  }

  /** Checks the answers on the current page, showing the error summary when something needs fixing. */
  async validate(): Promise<boolean> {
    await this.updateComplete;
    const form = this.renderRoot.querySelector('form');
    await Promise.all([...(form?.elements ?? [])].map((el) => (el as CpElement).updateComplete));
    return form?.checkValidity() ?? false;
  }

  // The loader reads its data in hostUpdate, just before this: a new definition starts afresh.
  protected override update(changed: PropertyValues): void {
    const d = this.loader.value;
    if (d !== this.def) this.start(d);
    super.update(changed);
  }

  private start(d?: FeedbackDefinition): void {
    // The same form again (a fresh copy of `data`, inline JSON read again after a move): keep the answers.
    const same = d && d.id === this.def?.id && d.version === this.def.version;
    this.def = d;
    const found = d ? problems(d) : [];
    this.bad = !!found.length;
    if (this.bad) console.error(`<cp-feedback-form>: nothing could be shown. Problems in the definition:\n  ${found.join('\n  ')}`);
    if (same) return;
    const draft = this.draft.load();
    this.answers.load(draft);
    this.page = draft?.page ?? 0;
    this.priorMs = draft?.elapsedMs ?? 0;
    this.notice = draft ? 'restored' : '';
    this.started = Date.now();
  }

  private elapsed(): number {
    return this.priorMs + Date.now() - this.started;
  }

  private save(): void {
    const { values, flags } = this.answers;
    // Nothing answered is nothing to keep (and no "We kept your answers" next time).
    if (!Object.keys({ ...values, ...flags }).length) return this.draft.clear();
    this.draft.save({ values, flags, page: this.page, elapsedMs: this.elapsed() });
  }

  private get pages(): Question[][] {
    const qs = this.def!.questions;
    if (!this.paged) return [qs];
    const pages: Question[][] = [];
    qs.forEach((q, i) => (q.group && q.group === qs[i - 1]?.group ? pages.at(-1)!.push(q) : pages.push([q])));
    return pages;
  }

  /** Moves focus to the view's heading or message, after it renders. */
  private async focusView(selector = '.focus'): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Someone who found the questions uncomfortable or upsetting is shown support straight away. */
  private upset(q: Question): boolean {
    return q.type === 'feeling' && ['uncomfortable', 'upsetting'].includes(this.answers.values[q.id] as string);
  }

  private go(step: number): void {
    this.page = Math.min(this.page, this.pages.length - 1) + step;
    this.delivery = undefined;
    this.save();
    void this.focusView();
  }

  private clear = (): void => {
    this.draft.clear();
    this.answers.load();
    this.page = 0;
    this.priorMs = 0;
    this.started = Date.now();
    this.notice = 'cleared';
    void this.focusView('.notice p');
  };

  private onSubmit = async (e: Event): Promise<void> => {
    // The error summary stops the submit first when an answer needs fixing.
    e.preventDefault();
    const d = this.def!;
    if (this.page < this.pages.length - 1) return this.go(1);
    if (this.sending) return;
    this.sending = true;
    const delivery = await sendFeedback(
      this,
      { formId: d.id, formVersion: d.version, answers: this.answers.answers(d), flags: this.answers.flagged(d) },
      this.elapsed(),
    );
    this.sending = false;
    if (isDone(delivery)) this.draft.clear();
    this.delivery = delivery;
    void this.focusView();
  };

  private renderForm(d: FeedbackDefinition): TemplateResult {
    const t = this.t.bind(this);
    const pages = this.pages;
    const page = Math.min(this.page, pages.length - 1);
    const questions = pages[page]!;
    const last = page === pages.length - 1;
    // The content note goes before the first sensitive question (or the first question, if none is).
    const noted = d.contentNote && (d.questions.find((q) => q.sensitive) ?? d.questions[0]);
    const progress = d.questions.some((q) => q.group) ? 'feedbackFormPageProgress' : 'feedbackFormProgress';
    return html`<h2>${d.title}</h2>
      ${page
        ? nothing
        : html`${d.intro ? html`<p>${d.intro}</p>` : nothing}
          ${d.privacy ? box('privacy', t('feedbackFormPrivacy'), d.privacy) : nothing}`}
      ${this.notice
        ? html`<div class="box notice">
            <p tabindex="-1">${t(this.notice === 'restored' ? 'feedbackFormRestored' : 'feedbackFormCleared')}</p>
            ${this.notice === 'restored'
              ? html`<cp-button variant="secondary" type="button" @click=${this.clear}>${t('feedbackFormClear')}</cp-button>`
              : nothing}
          </div>`
        : nothing}
      <form novalidate @submit=${this.onSubmit}>
        ${keyed(page, html`<cp-error-summary></cp-error-summary>`)}
        ${this.delivery ? html`<div class="focus" tabindex="-1">${renderDelivery(this, this.delivery)}</div>` : nothing}
        ${this.paged
          ? html`<h3 class="focus progress" tabindex="-1">${t(progress, { n: page + 1, total: pages.length })}</h3>`
          : nothing}
        ${questions.map((q, i) =>
          keyed(
            q.id,
            html`${q === noted ? box('note', t('feedbackFormContentNote'), d.contentNote!) : nothing}
              <div class="q">${renderQuestion(t, this.answers, q)} ${renderFlag(t, this.answers, q)}</div>
              ${(q.sensitive && !questions[i + 1]?.sensitive) || this.upset(q) ? support(t, d.support) : nothing}`,
          ),
        )}
        ${spamTrap}
        <div class="actions">
          <cp-button>${t(last ? 'feedbackFormSend' : 'feedbackFormContinue')}</cp-button>
          ${page ? html`<cp-button variant="secondary" type="button" @click=${() => this.go(-1)}>${t('feedbackFormBack')}</cp-button>` : nothing}
          <span role="status">${this.sending ? t('feedbackFormSending') : ''}</span>
        </div>
      </form>`;
  }

  protected override render() {
    return html`${this.exitUrl
        ? html`<div class="exit">
              <cp-button variant="warning" type="button" @click=${this.quick.exit}>${this.t('feedbackFormExit')}</cp-button>
            </div>
            <p class="hint">${this.t('feedbackFormExitHint')}</p>`
        : nothing}
      ${this.loader.render((d) =>
        this.bad
          ? html`<p class="state" role="alert">${this.t('invalidData')}</p>`
          : isDone(this.delivery)
            ? thanks(this, d, this.delivery)
            : this.renderForm(d),
      )}`;
  }
}
