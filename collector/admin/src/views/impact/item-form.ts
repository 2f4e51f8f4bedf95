// <cpa-impact-item-form>: one "You said, we did" item, written or changed by staff. GOV.UK form
// behaviour: checked when saved, an error summary linked to each field, nothing typed is cleared.
// The reason becomes required when the status is "Partly done" or "Not possible".
import { css, html, LitElement, nothing } from 'lit';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import type { CpErrorSummary } from '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/text-field/index.js';
import '../../../../../src/components/textarea/index.js';
import '../../../../../src/components/radio-group/index.js';
import '../../../../../src/components/button/index.js';
import { isDay, type FieldError } from '../manage/common.js';
import { textOf } from '../../../../../src/contract/text.js';
import { needsReason, STATUS_OPTIONS, type ImpactItem } from './model.js';

declare global {
  interface HTMLElementEventMap {
    /** The item as saved. */
    'cpa-item-save': CustomEvent<{ item: ImpactItem }>;
    'cpa-item-cancel': CustomEvent<void>;
  }
}

export class CpaImpactItemForm extends LitElement {
  static override properties = {
    item: { attribute: false },
    heading: {},
    errors: { attribute: false },
    draft: { state: true },
  };

  /** The item to change (a new one has no youSaid yet). */
  declare item: ImpactItem;
  declare heading: string;
  /** Errors from the server, shown when the form opens. */
  declare errors: FieldError[];
  declare private draft: ImpactItem;

  static override styles = [
    adminStyles,
    boxFix,
    css`
      form {
        max-inline-size: 40rem;
      }
      cp-text-field,
      cp-textarea,
      cp-radio-group {
        display: block;
        margin-block-end: var(--cp-space-5);
      }
      h2:focus {
        outline: none;
      }
    `,
  ];

  constructor() {
    super();
    this.heading = 'Change this item';
    this.errors = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('item')) this.draft = { ...this.item };
  }

  override async firstUpdated(): Promise<void> {
    await this.updateComplete;
    if (this.errors.length) {
      // Errors from the server: show them beside their fields too.
      for (const e of this.errors) {
        const field = this.renderRoot.querySelector<HTMLElement & { error?: string }>(`#${e.target}`);
        if (field && 'error' in field) field.error = e.message;
      }
      void this.renderRoot.querySelector<CpErrorSummary>('cp-error-summary')?.show();
    } else {
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  private set(patch: Partial<ImpactItem>): void {
    this.draft = { ...this.draft, ...patch };
  }

  private async save(e: Event): Promise<void> {
    e.preventDefault();
    // The kit's fields check what is required; a date's form is checked here.
    const saidOn = this.draft.saidOn?.trim();
    if (saidOn && !isDay(saidOn)) {
      const message = 'Enter when it was raised as year-month-day, such as 2026-11-28';
      this.errors = [{ target: 'item-saidOn', message }];
      const field = this.renderRoot.querySelector<HTMLElement & { error: string }>('#item-saidOn');
      if (field) field.error = message;
      await this.updateComplete;
      void this.renderRoot.querySelector<CpErrorSummary>('cp-error-summary')?.show();
      return;
    }
    this.dispatchEvent(
      new CustomEvent('cpa-item-save', { detail: { item: { ...this.draft } }, bubbles: true, composed: true }),
    );
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('cpa-item-cancel', { bubbles: true, composed: true }));
  }

  protected override render() {
    const d = this.draft;
    const text = (key: 'theme' | 'source' | 'saidOn', label: string, hint = '') =>
      html`<cp-text-field
        id=${`item-${key}`}
        label=${label}
        hint=${hint}
        autocomplete="off"
        .value=${textOf(d[key])}
        @input=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).value })}
      ></cp-text-field>`;
    const area = (
      key: 'youSaid' | 'weDid' | 'reason' | 'nextSteps',
      label: string,
      hint: string,
      required = false,
      message = '',
    ) =>
      html`<cp-textarea
        id=${`item-${key}`}
        label=${label}
        hint=${hint}
        rows="3"
        ?required=${required}
        required-message=${message || nothing}
        .value=${textOf(d[key])}
        @input=${(e: Event) => this.set({ [key]: (e.target as HTMLTextAreaElement).value })}
      ></cp-textarea>`;
    const why = needsReason(d.status);
    return html`<form novalidate id="item-form" @submit=${this.save}>
      <h2 tabindex="-1" id="item-heading">${this.heading}</h2>
      <cp-error-summary .errors=${this.errors}></cp-error-summary>
      ${area('youSaid', 'You said', 'What people raised, in a sentence or two, in plain words.', true, 'Enter what people said')}
      ${text('theme', 'Theme', 'A topic people can filter by, such as "Transport".')}
      <cp-radio-group
        id="item-status"
        label="Where has this got to?"
        required
        required-message="Select where this has got to"
        .options=${STATUS_OPTIONS}
        .value=${d.status ?? ''}
        @change=${(e: Event) => this.set({ status: (e.target as HTMLInputElement).value as ImpactItem['status'] })}
      ></cp-radio-group>
      ${area('weDid', 'We did', 'What was done, or what is being done.')}
      ${
        why
          ? area(
              'reason',
              'Why',
              'Why it was only partly done, or why it could not be done. People need to know.',
              true,
              'Enter why it could not all be done',
            )
          : nothing
      }
      ${area('nextSteps', 'What happens next', 'Such as when you will update people.')}
      ${text('source', 'Where it was raised', 'Such as "community meal".')}
      ${text('saidOn', 'When it was raised', 'As year-month-day, such as 2026-11-28.')}
      <div class="actions">
        <cp-button id="item-save">Save item</cp-button>
        <cp-button type="button" variant="secondary" id="item-cancel" @click=${this.cancel}>Cancel</cp-button>
      </div>
      <p class="muted">Saved items are not public until you publish.</p>
    </form>`;
  }
}

if (!customElements.get('cpa-impact-item-form')) customElements.define('cpa-impact-item-form', CpaImpactItemForm);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-impact-item-form': CpaImpactItemForm;
  }
}
