// <cpa-withdrawal-form>: staff record a withdrawal that came by phone or letter
// (POST /v1/admin/consent/:recordId/withdrawals). GOV.UK form behaviour: checked on submit, an
// error summary that takes focus, nothing typed is ever cleared by an error.
import { css, html, LitElement, nothing } from 'lit';
import type { Api } from '../../api.js';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import { serverError, type FieldError } from '../manage/common.js';
import type { Statement } from './model.js';
import '../../../../../src/components/radio-group/index.js';
import '../../../../../src/components/checkbox-group/index.js';
import '../../../../../src/components/textarea/index.js';
import '../../../../../src/components/text-field/index.js';
import '../../../../../src/components/button/index.js';
import type { CpErrorSummary } from '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/error-summary/index.js';

declare global {
  interface HTMLElementEventMap {
    /** A change was stored: `detail.message` says what, for the view to show and announce. */
    'cpa-recorded': CustomEvent<{ message: string }>;
  }
}

export class CpaWithdrawalForm extends LitElement {
  static override properties = {
    api: { attribute: false },
    recordId: { attribute: 'record-id' },
    statements: { attribute: false },
    recordedBy: { attribute: 'recorded-by' },
    scope: { state: true },
    chosen: { state: true },
    reason: { state: true },
    by: { state: true },
    errors: { state: true },
    sending: { state: true },
  };

  declare api: Api;
  declare recordId: string;
  /** The statements the person still agrees to: the ones they can withdraw from. */
  declare statements: Statement[];
  /** Who is signed in: the starting value of "Recorded by". */
  declare recordedBy: string;
  declare private scope: string;
  declare private chosen: string[];
  declare private reason: string;
  declare private by?: string;
  declare private errors: FieldError[];
  declare private sending: boolean;

  static override styles = [
    adminStyles,
    boxFix,
    css`
      form {
        max-inline-size: 40rem;
      }
      cp-radio-group,
      cp-checkbox-group,
      cp-textarea,
      cp-text-field {
        display: block;
        margin-block-end: var(--cp-space-5);
      }
    `,
  ];

  constructor() {
    super();
    this.recordId = '';
    this.statements = [];
    this.recordedBy = '';
    this.scope = '';
    this.chosen = [];
    this.reason = '';
    this.errors = [];
    this.sending = false;
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.sending) return;
    const all = this.scope === 'all';
    const body: Record<string, unknown> = {
      all,
      statements: all ? this.statements.map((s) => s.id) : this.chosen,
      recordedBy: (this.by ?? this.recordedBy).trim(),
    };
    if (this.reason.trim()) body.reason = this.reason.trim();
    this.sending = true;
    try {
      await this.api.send('POST', `/consent/${encodeURIComponent(this.recordId)}/withdrawals`, body);
      this.errors = [];
      const what = all ? 'everything' : `${this.chosen.length} ${this.chosen.length === 1 ? 'part' : 'parts'}`;
      this.dispatchEvent(
        new CustomEvent('cpa-recorded', {
          detail: { message: `Withdrawal from ${what} recorded.` },
          bubbles: true,
          composed: true,
        }),
      );
      this.scope = '';
      this.chosen = [];
      this.reason = '';
    } catch (err) {
      const fields = {
        all: 'withdraw-scope',
        statements: 'withdraw-statements',
        reason: 'withdraw-reason',
        recordedBy: 'withdraw-by',
      };
      const error = serverError(err, fields, 'withdraw-scope');
      this.errors = [error];
      const field = this.renderRoot.querySelector<HTMLElement & { error: string }>(`#${error.target}`);
      if (field) field.error = error.message;
      await this.updateComplete;
      void this.renderRoot.querySelector<CpErrorSummary>('cp-error-summary')?.show();
    } finally {
      this.sending = false;
    }
  }

  protected override render() {
    const options = [
      { value: 'all', label: 'Everything', hint: 'Nothing more is done with their information.' },
      { value: 'some', label: 'Some parts only' },
    ];
    return html`<form novalidate @submit=${this.submit} id="withdrawal-form" aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">Record a withdrawal</h2>
      <p>Use this when the person told you by phone, by letter or in person. It is stored as if they had done it themselves.</p>
      <cp-error-summary .errors=${this.errors}></cp-error-summary>
      <cp-radio-group
        id="withdraw-scope"
        label="What do they want to withdraw from?"
        required
        required-message="Select what they want to withdraw from"
        .options=${options}
        .value=${this.scope}
        @change=${(e: Event) => (this.scope = (e.target as HTMLInputElement).value)}
      ></cp-radio-group>
      ${
        this.scope === 'some'
          ? html`<cp-checkbox-group
            id="withdraw-statements"
            label="Which parts?"
            hint="Select every part they no longer agree to."
            required
            required-message="Select at least one part they withdraw from"
            .options=${this.statements.map((s) => ({ value: s.id, label: s.label }))}
            .value=${this.chosen}
            @change=${(e: Event) => (this.chosen = [...(e.target as unknown as { value: string[] }).value])}
          ></cp-checkbox-group>`
          : nothing
      }
      <cp-textarea
        id="withdraw-reason"
        label="Their reason"
        hint="Only if they gave one and are happy for it to be kept. It is removed if their data is erased."
        rows="3"
        maxlength="5000"
        .value=${this.reason}
        @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
      ></cp-textarea>
      <cp-text-field
        id="withdraw-by"
        label="Recorded by"
        hint="Your name or role. It is kept with the withdrawal."
        required
        required-message="Enter who recorded the withdrawal"
        autocomplete="off"
        .value=${this.by ?? this.recordedBy}
        @input=${(e: Event) => (this.by = (e.target as HTMLInputElement).value)}
      ></cp-text-field>
      <cp-button id="withdraw-submit">Record withdrawal</cp-button>
    </form>`;
  }
}

if (!customElements.get('cpa-withdrawal-form')) customElements.define('cpa-withdrawal-form', CpaWithdrawalForm);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-withdrawal-form': CpaWithdrawalForm;
  }
}
