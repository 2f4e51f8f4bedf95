// <cpa-definition-input>: upload or paste a form definition (JSON), check it, preview it with the
// kit's own <cp-feedback-form>, and save it as a version (PUT /v1/admin/forms/:formId). A JSON
// mistake is named with its line and column; the collector's schema errors name the field.
import { css, html, LitElement, nothing } from 'lit';
import type { Api } from '../../api.js';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import { announce } from '../../parts/announce.js';
import type { CpErrorSummary } from '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/error-summary/index.js';
import '../../../../../src/components/textarea/index.js';
import '../../../../../src/components/button/index.js';
import { messageOf, type FieldError } from '../manage/common.js';
import { checkDefinition } from './json-check.js';
import './form-preview.js';

declare global {
  interface HTMLElementEventMap {
    /** A version was stored. */
    'cpa-definition-saved': CustomEvent<{ formId: string; version: string; duplicate: boolean }>;
  }
}

type Json = Record<string, unknown>;

export class CpaDefinitionInput extends LitElement {
  static override properties = {
    api: { attribute: false },
    formId: { attribute: 'form-id' },
    heading: {},
    text: { state: true },
    errors: { state: true },
    preview: { state: true },
  };

  declare api: Api;
  /** The form this is a new version of; empty for a new form (its id is read from the JSON). */
  declare formId: string;
  declare heading: string;
  declare private text: string;
  declare private errors: FieldError[];
  declare private preview?: Json;
  private action: 'preview' | 'save' = 'save';

  static override styles = [
    adminStyles,
    boxFix,
    css`
      cp-textarea {
        display: block;
        margin-block-end: var(--cp-space-4);
      }
      cp-textarea::part(input) {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      }
      input[type='file'] {
        padding: var(--cp-space-2);
        inline-size: 100%;
      }
    `,
  ];

  constructor() {
    super();
    this.formId = '';
    this.heading = 'Add a form';
    this.text = '';
    this.errors = [];
  }

  private async readFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      this.text = await file.text();
      this.errors = [];
      announce(this, `${file.name} was read into the box below. Check it, preview it, then save it.`);
    } catch {
      await this.fail({
        target: 'definition-file',
        message: 'The file could not be read. Choose it again, or paste its text.',
      });
    }
  }

  private press(action: 'preview' | 'save'): void {
    this.action = action;
    this.renderRoot.querySelector<HTMLFormElement>('form')?.requestSubmit();
  }

  private async fail(error: FieldError): Promise<void> {
    this.errors = [error];
    const field = this.renderRoot.querySelector<HTMLElement & { error?: string }>(`#${error.target}`);
    if (field && 'error' in field) field.error = error.message;
    await this.updateComplete;
    void this.renderRoot.querySelector<CpErrorSummary>('cp-error-summary')?.show();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const checked = checkDefinition(this.text, this.formId || undefined);
    if (!checked.ok) return this.fail({ target: 'definition-json', message: checked.message });
    this.errors = [];
    const field = this.renderRoot.querySelector<HTMLElement & { error: string }>('#definition-json');
    if (field) field.error = '';
    const d = checked.definition;
    if (this.action === 'preview') {
      this.preview = d;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#definition-preview-heading')?.focus();
      return;
    }
    try {
      const answer = await this.api.send<{ formId: string; version: string; duplicate?: boolean }>(
        'PUT',
        `/forms/${encodeURIComponent(String(d.id))}`,
        d,
      );
      this.dispatchEvent(
        new CustomEvent('cpa-definition-saved', {
          detail: { formId: answer.formId, version: String(answer.version), duplicate: !!answer.duplicate },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (err) {
      await this.fail({ target: 'definition-json', message: `The form was not saved. ${messageOf(err)}` });
    }
  }

  protected override render() {
    return html`<form novalidate id="definition-form" @submit=${this.submit} aria-labelledby="definition-heading">
        <h2 id="definition-heading">${this.heading}</h2>
        <p>
          A form definition is a JSON file, such as one written with the kit's form builder or by a developer. Each change
          needs a new version number: stored versions never change, so answers always match the questions people saw.
        </p>
        <cp-error-summary .errors=${this.errors}></cp-error-summary>
        <div class="field">
          <label for="definition-file">Upload a JSON file (optional)</label>
          <span class="hint" id="definition-file-hint">Its text is put in the box below, so you can check it.</span>
          <input id="definition-file" type="file" accept="application/json,.json" aria-describedby="definition-file-hint" @change=${this.readFile} />
        </div>
        <cp-textarea
          id="definition-json"
          label="Form definition (JSON)"
          hint="Paste it here, or upload a file above."
          rows="14"
          required
          required-message="Paste the form definition, or upload a JSON file"
          .value=${this.text}
          @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
        ></cp-textarea>
        <div class="actions">
          <cp-button type="button" variant="secondary" id="definition-preview" @click=${() => this.press('preview')}>Check and preview</cp-button>
          <cp-button type="button" id="definition-save" @click=${() => this.press('save')}>Save this version</cp-button>
        </div>
      </form>
      ${
        this.preview
          ? html`<section aria-labelledby="definition-preview-heading">
            <h2 id="definition-preview-heading" tabindex="-1">Preview</h2>
            <p>This is how the form looks. Sending it here sends nothing.</p>
            <cpa-form-preview .definition=${this.preview}></cpa-form-preview>
          </section>`
          : nothing
      }`;
  }
}

if (!customElements.get('cpa-definition-input')) customElements.define('cpa-definition-input', CpaDefinitionInput);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-definition-input': CpaDefinitionInput;
  }
}
