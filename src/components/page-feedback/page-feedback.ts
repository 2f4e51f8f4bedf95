import { html } from 'lit';
import { CpElement } from '../../core/base-element.js';
import { headingLevel } from '../../core/headings.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { baseStyles } from '../../core/styles.js';
import { sendFeedback, spamTrap, spamTrapStyles } from '../../core/send-feedback.js';
import { startsOutbox } from '../../core/outbox-keep.js';
import { isDone, type Delivery } from '../../core/submit.js';
import { SubmitController } from '../../core/submit-controller.js';
import { deliveryLiveRegion, renderDelivery } from '../../core/delivery-message.js';
import '../button/index.js';
import '../textarea/index.js';
import '../error-summary/index.js';
import type { CpTextarea } from '../textarea/index.js';
import type { CpErrorSummary } from '../error-summary/index.js';
import { pageFeedbackStrings } from './page-feedback.strings.js';
import { pageFeedbackStyles } from './page-feedback.styles.js';
import type { PageFeedbackAnswers } from '../../contract/feedback-submission.js';

type Field = 'doing' | 'wrong';

/**
 * @summary The compact "Is this page useful? Yes / No" prompt, with "Report a problem with this page", after GOV.UK.
 *
 * "Yes" sends at once. "No" opens a short form ("What were you doing?", "What went wrong?") where
 * both questions are optional and "Send" sends the "No" with anything typed. "Report a problem
 * with this page" opens the same form; then at least one answer is needed. Answers go through the
 * kit's transport: they are sent, or kept on the device and sent later, and the person is told
 * which. Nothing is sent about the person: no cookies, ids or user agent, and the page address
 * without its query or fragment.
 *
 * Spam is stopped without a CAPTCHA: a hidden field that people and assistive technology never
 * meet, and `min-seconds`. A trapped submission is not sent, but shows the ordinary thank-you.
 *
 * @csspart panel - The box around everything.
 * @csspart prompt - The question, its buttons and "Report a problem with this page".
 * @csspart form - The "Report a problem" form.
 * @csspart thanks - The thank-you message, with what happened to the answers.
 * @csspart delivery - The message that says whether the answers were sent.
 *
 * @fires cp-submit - Before sending, cancelable. `detail.submission` is what will be sent. Call `preventDefault()` to send it yourself.
 * @fires cp-submitted - The server accepted the answers.
 * @fires cp-submit-saved - The answers are kept on this device and will be sent later.
 * @fires cp-submit-error - The server refused the answers, or there is nowhere to send them. They stay on screen.
 *
 * @a11y-criterion 1.3.1 | "Yes" and "No" are a group named by the question; the form is a landmark named by its heading.
 * @a11y-criterion 2.4.3 | Opening the form moves focus to its heading; Cancel returns focus to the button that opened it; after sending, focus moves to the thank-you.
 * @a11y-criterion 2.5.3 | The names start with the visible words: "Yes this page is useful", "No this page is not useful".
 * @a11y-criterion 3.3.1 | Sending an empty problem report shows the error summary and the same error on the first question.
 * @a11y-criterion 4.1.3 | "Sending…" and whether the answers were sent or saved are status messages, from live regions on the page before sending; a refusal is an alert.
 * @a11y-key Tab | Reaches "Yes", "No" and "Report a problem with this page", then the form's questions and buttons.
 * @a11y-key Enter or Space | Presses the focused button.
 * @a11y-role Prompt | group | "Is this page useful?" (`aria-labelledby`) | —
 * @a11y-role Yes, No | button | "Yes this page is useful", "No this page is not useful" (the second part visually hidden) | —
 * @a11y-role Form | form landmark | Its heading, "Help us improve this page" (`aria-labelledby`) | The heading takes focus when the form opens
 * @a11y-role Delivery message | shown without a role; "Sent" or "Saved on this device" is put into a polite live region (status) that is on the page, empty, before sending; a refusal is an alert | — | —
 */
export class CpPageFeedback extends CpElement {
  static override styles = [baseStyles, spamTrapStyles, pageFeedbackStyles];
  static override properties = {
    ...CpElement.properties,
    languages: {},
    endpoint: {},
    minSeconds: { type: Number, attribute: 'min-seconds' },
    formId: { attribute: 'form-id' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
    useful: { state: true },
  };
  static override readonly strings = pageFeedbackStrings;

  /** The languages to offer in a language switch, as codes separated by spaces: `en cy`. The person's choice applies to every kit widget on the page for the visit. */
  declare languages?: string;
  /** The full URL answers are POSTed to. Without it, the `endpoint` of `<cp-provider>` plus `/v1/feedback`. */
  declare endpoint?: string;
  /** Answers sent sooner than this after the prompt appeared are treated as spam (default 3). */
  declare minSeconds: number;
  /** The `formId` in each submission (default `page-feedback`), to tell several prompts apart. */
  declare formId: string;
  /** The level of the form's heading, "Help us improve this page" (default 2). */
  declare headingLevel: number;
  /** Whether the "Report a problem" form is showing. A page can set it to open the form from its own link. */
  declare open: boolean;
  declare private useful?: 'no';
  private doing = '';
  private wrong = '';
  private shown = 0;
  /** Sends, one at a time, and keeps what happened; `submitter.show()` shows a delivery without sending. */
  readonly submitter = new SubmitController(this, { focus: { done: '.thanks' } });

  /**
   * What happened to the last answers sent, read-only: `{ status: 'sent' }`, `'saved'` (kept on this device and
   * sent later), `'handled'` (the page delivered them), `'rejected'` or `'unsent'` (they stay on screen); undefined
   * before sending and while the form is open again.
   */
  get delivery(): Delivery | undefined {
    return this.submitter.delivery;
  }

  constructor() {
    super();
    startsOutbox(this);
    this.minSeconds = 3;
    this.formId = 'page-feedback';
    this.headingLevel = 2;
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.shown = performance.now();
  }

  private $<E extends Element = HTMLElement>(selector: string): E {
    return this.renderRoot.querySelector<E>(selector)!;
  }

  /** Opens the form (for "No", or "Report a problem") or closes it, returning focus to its opener. */
  private toggle(open: boolean, useful?: 'no'): void {
    const opener = this.useful ? '.no' : '.report';
    this.open = open;
    this.useful = useful;
    this.submitter.show();
    void this.focusAfterUpdate(open ? '.heading' : opener);
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    const doing = this.doing.trim();
    const wrong = this.wrong.trim();
    if (this.useful || doing || wrong) {
      void this.send({ useful: this.useful, doing, wrong });
      return;
    }
    // A report needs something in it. Shown after this submit event, whose listeners include the
    // fields' own check (which would clear an error set now).
    queueMicrotask(() => {
      const message = this.t('pageFeedbackEmpty');
      const field = this.$<CpTextarea>('#doing');
      const summary = this.$<CpErrorSummary>('cp-error-summary');
      field.error = message;
      summary.errors = [{ target: field, message }];
      void summary.show();
    });
  }

  private async send(given: PageFeedbackAnswers): Promise<void> {
    if (this.submitter.sending) return;
    const answers = Object.fromEntries(Object.entries(given).filter(([, v]) => v)) as PageFeedbackAnswers;
    const form = { formId: this.formId, formVersion: 1, answers, flags: [] };
    this.submitter.show();
    await this.submitter.send(
      () => sendFeedback(this, form, Math.round(performance.now() - this.shown)),
      () => {
        this.open = false;
        this.useful = undefined;
        this.doing = this.wrong = '';
      },
    );
  }

  private field(name: Field, label: string) {
    return html`<cp-textarea
      id=${name}
      name=${name}
      rows="3"
      label=${label}
      hint=${this.t('pageFeedbackPrivacy')}
      .value=${this[name]}
      .strings=${this.useful ? undefined : { optional: '' }}
      @input=${(e: Event) => (this[name] = (e.target as CpTextarea).value)}
    ></cp-textarea>`;
  }

  private renderForm() {
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
      <div id="title" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel)} tabindex="-1">
        ${this.tl('pageFeedbackTitle')}
      </div>
      <p>${this.tl(this.useful ? 'pageFeedbackNoIntro' : 'pageFeedbackReportIntro')}</p>
      <cp-error-summary heading-level=${headingLevel(this.headingLevel + 1)}></cp-error-summary>
      ${this.field('doing', this.t('pageFeedbackDoing'))} ${this.field('wrong', this.t('pageFeedbackWrong'))}
      ${renderDelivery(this, this.delivery)}
      <div class="actions">
        <cp-button class="send">${this.tl('pageFeedbackSend')}</cp-button>
        <cp-button class="cancel" type="button" variant="secondary" @click=${() => this.toggle(false)}>${this.tl('pageFeedbackCancel')}</cp-button>
      </div>
    </form>`;
  }

  private renderPrompt() {
    return html`<div class="prompt" part="prompt">
        <div class="ask" role="group" aria-labelledby="question">
          <span id="question" class="question">${this.tl('pageFeedbackQuestion')}</span>
          <cp-button class="yes" type="button" variant="secondary" @click=${() => this.send({ useful: 'yes' })}>
            ${this.tl('pageFeedbackYes')}
          </cp-button>
          <cp-button class="no" type="button" variant="secondary" @click=${() => this.toggle(true, 'no')}>
            ${this.tl('pageFeedbackNo')}
          </cp-button>
        </div>
        <button class="report link" type="button" @click=${() => this.toggle(true)}>${this.tl('pageFeedbackReport')}</button>
      </div>
      ${renderDelivery(this, this.delivery)}`;
  }

  protected override render() {
    const done = !this.open && isDone(this.delivery);
    return html`<div class="panel ${this.open ? 'open' : ''}" part="panel">
      ${languageSwitch(this.languages)}
      ${
        this.open
          ? this.renderForm()
          : done
            ? html`<div class="thanks" part="thanks" tabindex="-1">
              <p>${this.tl('pageFeedbackThanks')}</p>
              ${renderDelivery(this, this.delivery)}
            </div>`
            : this.renderPrompt()
      }
      <p class="vh" role="status">${this.submitter.sending ? this.tl('pageFeedbackSending') : ''}</p>
      ${deliveryLiveRegion(this, this.delivery)}
      ${spamTrap}
    </div>`;
  }
}
