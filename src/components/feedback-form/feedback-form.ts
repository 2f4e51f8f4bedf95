import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CpElement } from '../../core/base-element.js';
import { CpDataElement } from '../../core/data-element.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { DataController } from '../../core/data-controller.js';
import { deliveryLiveRegion, renderDelivery } from '../../core/delivery-message.js';
import { DraftController } from '../../core/draft.js';
import type { Schema } from '../../core/schema.js';
import { sendFeedback, spamTrap } from '../../core/send-feedback.js';
import { startsOutbox } from '../../core/outbox-keep.js';
import { isDone, type Delivery } from '../../core/submit.js';
import { SubmitController } from '../../core/submit-controller.js';
import '../button/index.js';
import '../error-summary/index.js';
import { Answers, type Draft } from './answers.js';
import schema from '../../contract/schemas/feedback-definition.schema.json';
import { feedbackFormSheets } from './feedback-form.styles.js';
import { feedbackFormStrings } from './feedback-form.strings.js';
import { box, notice, support, thanks } from './panels.js';
import { pagesOf, problems, progressKey } from './definition.js';
import { renderQuestion } from './questions.js';
import { renderFlag, renderFlagsAtEnd } from './flags.js';
import { QuickExitController, renderQuickExit } from '../../core/quick-exit.js';
import { PageTitleController } from '../../core/title.js';
import type { FeedbackDefinition as Definition } from '../../contract/feedback.js';
import type { FeedbackDefinition, Question } from './types.js';

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
 * @attr {boolean} keep-title - Leaves the page title alone. Otherwise the title names the page of a paged form ("Question 2 of 6 – …") once the person moves on, and "Thank you – …" after sending. Also works on any element around the form.
 *
 * @a11y-criterion 1.3.1 | Each question is one of the kit's labelled controls or fieldsets; content notes and support contacts are headed sections.
 * @a11y-criterion 2.1.1 | Every question, "Prefer not to say", "This question doesn't work for me" and every button work with the keyboard alone; the spam trap is never reached.
 * @a11y-criterion 2.2.1 | Nothing is timed: answers can be kept as a draft (`save-draft`) and the minimum time only ever catches answers sent too soon.
 * @a11y-criterion 2.4.2 | In paged mode the page title names the page once the person moves on ("Question 2 of 6 – …"), then "Thank you – …"; "Error: " comes first while errors show. `keep-title` turns this off.
 * @a11y-criterion 2.4.3 | In paged mode, focus moves to "Question 2 of 6" on each new page; after sending, to "Thank you".
 * @a11y-criterion 2.4.11 | The sticky "Exit this page" bar never covers the focused control: everything scrolled into view keeps clear of it by the bar's height.
 * @a11y-criterion 3.3.1 | On Send or Continue, the error summary lists every required question still unanswered, takes focus and links to each. A refused submission is an alert and keeps every answer.
 * @a11y-criterion 3.3.7 | Back, drafts and refused sends keep every answer: nothing typed is ever asked for twice.
 * @a11y-criterion 4.1.3 | Whether the answers were sent or saved on the device is a status message, put into a live region that is on the page before sending; a refusal is an alert.
 * @a11y-key Tab | Moves through the questions and buttons.
 * @a11y-key Arrow keys | Choose within radios and ratings.
 * @a11y-key Space | Ticks a checkbox; opens "This question doesn't work for me".
 * @a11y-key Enter | In a one-line answer, sends the form (or moves to the next page when paged); opens "This question doesn't work for me".
 * @a11y-key Shift, three times | Leaves the page at once, when `exit-url` is set.
 * @a11y-role Each question | textbox, or a group of radios or checkboxes | Its label or legend, with "(optional)" unless required | `aria-describedby`: the hint, then the error
 * @a11y-role "Prefer not to say" | checkbox | "Prefer not to say" with its question | checked or not
 * @a11y-role "This question doesn't work for me" | disclosure (native `<details>`), under each question but the feeling one; with `"flags": "end-of-form"`, one "A question didn't work for me" before Send | Its summary text, with the question it belongs to | expanded or collapsed
 * @a11y-role Page and thank-you headings | heading, focusable | "Question 2 of 6", "Thank you" | Takes focus on each new page and after sending
 * @a11y-role Delivery message | shown without a role; "Sent" or "Saved on this device" is put into a polite live region (status) that is on the page, empty, before sending; a refusal is an alert | — | —
 * @a11y-role Spam trap | hidden (`aria-hidden`, out of the tab order) | — | Never reached by people or assistive technology
 */
export class CpFeedbackForm extends CpDataElement<Definition, FeedbackDefinition> {
  static override styles = feedbackFormSheets;
  static override readonly strings = feedbackFormStrings;
  static override properties = {
    ...CpDataElement.properties,
    endpoint: {},
    exitUrl: { attribute: 'exit-url' },
    paged: { type: Boolean, reflect: true },
    saveDraft: { type: Boolean, attribute: 'save-draft' },
    minSeconds: { type: Number, attribute: 'min-seconds' },
    page: { state: true },
    notice: { state: true },
  };

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
  declare private page: number;
  declare private notice: '' | 'restored' | 'cleared';

  override readonly loader: DataController<FeedbackDefinition> = new DataController(this, { schema: schema as Schema });
  private readonly draft = new DraftController<Draft>(this, () =>
    this.saveDraft && this.def ? `${this.def.id}@${this.def.version}` : undefined,
  );
  /** Sends, one at a time, and keeps what happened; `submitter.show()` shows a delivery without sending. */
  readonly submitter = new SubmitController(this, { draft: this.draft, focus: { done: '.focus', failed: '.focus' } });
  private readonly quick = new QuickExitController(this);
  private readonly pageTitle = new PageTitleController(this);
  /** Whether the person has moved between pages, after which the title follows the page. */
  private stepped = false;
  private readonly answers = new Answers(() => (this.save(), this.requestUpdate()));
  private def?: FeedbackDefinition;
  private bad = false;
  private started = 0;
  private priorMs = 0;

  constructor() {
    super();
    startsOutbox(this);
    Object.assign(this, { paged: false, saveDraft: false, minSeconds: 3, page: 0, notice: '' });
  }

  /**
   * What happened to the last submission, read-only: `{ status: 'sent' }`, `'saved'` (kept on this device and sent
   * later) or `'handled'` (the page delivered it) with the thank-you page; `'rejected'` or `'unsent'` with the answers
   * still on screen; undefined before sending and after moving between pages.
   */
  get delivery(): Delivery | undefined {
    return this.submitter.delivery;
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
    if (this.bad)
      console.error(`<cp-feedback-form>: nothing could be shown. Problems in the definition:\n  ${found.join('\n  ')}`);
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
    const { values, declined, flags } = this.answers;
    // Nothing answered is nothing to keep (and no "We kept your answers" next time).
    if (!Object.keys({ ...values, ...declined, ...flags }).length) return this.draft.clear();
    this.draft.save({ values, declined, flags, page: this.page, elapsedMs: this.elapsed() });
  }

  private get pages(): Question[][] {
    return pagesOf(this.def!, this.paged);
  }

  /** Someone who found the questions uncomfortable or upsetting is shown support straight away. */
  private upset(q: Question): boolean {
    return q.type === 'feeling' && ['uncomfortable', 'upsetting'].includes(this.answers.values[q.id] as string);
  }

  private go(step: number): void {
    this.page = Math.min(this.page, this.pages.length - 1) + step;
    this.stepped = true;
    this.submitter.show();
    this.save();
    void this.focusAfterUpdate('.focus');
  }

  // A new page or the thank-you page is a new page to a screen reader user, who hears the title.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const d = this.loader.state === 'ready' && !this.bad ? this.def : undefined;
    let view: string | undefined;
    if (d && isDone(this.delivery)) view = this.t('feedbackFormThanks');
    else if (d && this.paged && this.stepped) {
      const total = this.pages.length;
      view = this.t(progressKey(d), { n: Math.min(this.page, total - 1) + 1, total });
    }
    this.pageTitle.setView(view);
  }

  private clear = (): void => {
    this.draft.clear();
    this.answers.load();
    this.page = 0;
    this.priorMs = 0;
    this.started = Date.now();
    this.notice = 'cleared';
    void this.focusAfterUpdate('.notice p');
  };

  private onSubmit = async (e: Event): Promise<void> => {
    // The error summary stops the submit first when an answer needs fixing.
    e.preventDefault();
    const d = this.def!;
    if (this.page < this.pages.length - 1) return this.go(1);
    const a = this.answers;
    await this.submitter.send(() =>
      sendFeedback(
        this,
        { formId: d.id, formVersion: d.version, answers: a.answers(d), flags: a.flagged(d) },
        this.elapsed(),
      ),
    );
  };

  private renderForm(d: FeedbackDefinition): TemplateResult {
    const t = this.t.bind(this);
    const pages = this.pages;
    const page = Math.min(this.page, pages.length - 1);
    const questions = pages[page]!;
    const last = page === pages.length - 1;
    // The content note goes before the first sensitive question (or the first question, if none is).
    const noted = d.contentNote && (d.questions.find((q) => q.sensitive) ?? d.questions[0]);
    return html`<h2>${this.say(d.title)}</h2>
      ${
        page
          ? nothing
          : html`${d.intro ? html`<p>${this.say(d.intro)}</p>` : nothing}
          ${d.privacy ? box('privacy', t('feedbackFormPrivacy'), this.say(d.privacy)) : nothing}`
      }
      ${notice(this, this.notice, this.clear)}
      <form novalidate @submit=${this.onSubmit}>
        ${keyed(page, html`<cp-error-summary></cp-error-summary>`)}
        ${this.delivery ? html`<div class="focus" tabindex="-1">${renderDelivery(this, this.delivery)}</div>` : nothing}
        ${
          this.paged
            ? html`<h3 class="focus progress" tabindex="-1">${this.tl(progressKey(d), { n: page + 1, total: pages.length })}</h3>`
            : nothing
        }
        ${questions.map((q, i) =>
          keyed(
            q.id,
            html`${q === noted ? box('note', t('feedbackFormContentNote'), this.say(d.contentNote)) : nothing}
              <div class="q">${renderQuestion(t, this, this.answers, q)} ${renderFlag(t, this, this.answers, q, d)}</div>
              ${(q.sensitive && !questions[i + 1]?.sensitive) || this.upset(q) ? support(this, d.support) : nothing}`,
          ),
        )}
        ${last ? renderFlagsAtEnd(t, this, this.answers, d) : nothing} ${spamTrap}
        <div class="actions">
          <cp-button>${this.tl(last ? 'feedbackFormSend' : 'feedbackFormContinue')}</cp-button>
          ${page ? html`<cp-button variant="secondary" type="button" @click=${() => this.go(-1)}>${this.tl('feedbackFormBack')}</cp-button>` : nothing}
          <span role="status">${this.submitter.sending ? t('feedbackFormSending') : ''}</span>
        </div>
      </form>`;
  }

  protected override render() {
    return html`${renderQuickExit(this, this.quick, 'feedbackFormExit', 'feedbackFormExitHint')}${languageSwitch(this.languages)}
      ${this.loader.render((d) =>
        this.bad
          ? html`<p class="state" role="alert">${this.tl('invalidData')}</p>`
          : isDone(this.delivery)
            ? thanks(this, d, this.delivery)
            : this.renderForm(d),
      )}
      ${deliveryLiveRegion(this, this.delivery)}`;
  }
}
