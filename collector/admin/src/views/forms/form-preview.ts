// <cpa-form-preview>: a form definition shown with the kit's own <cp-feedback-form>, loaded only
// when a preview is shown. Sending is stopped (cp-submit is cancelled), so nothing is stored.
import { css, html, LitElement, nothing } from 'lit';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import { announce } from '../../parts/announce.js';

type Json = Record<string, unknown>;

export class CpaFormPreview extends LitElement {
  static override properties = {
    definition: { attribute: false },
    ready: { state: true },
    sent: { state: true },
  };

  declare definition?: Json;
  declare private ready: boolean;
  declare private sent: boolean;

  static override styles = [
    adminStyles,
    boxFix,
    css`
      .preview {
        padding: var(--cp-space-4);
        border: 2px dashed var(--cp-color-border-control);
        min-inline-size: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.ready = false;
    this.sent = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void import('../../../../../src/components/feedback-form/index.js').then(() => (this.ready = true));
  }

  private stop(e: Event): void {
    // A preview never sends: the answers go nowhere.
    e.preventDefault();
    this.sent = true;
    announce(this, 'This is a preview, so nothing was sent.');
  }

  protected override render() {
    if (!this.definition) return nothing;
    if (!this.ready) return html`<p class="muted" role="status">Loading the preview…</p>`;
    return html`${this.sent ? html`<p class="muted" id="preview-not-sent">This is a preview, so nothing was sent.</p>` : nothing}
      <div class="preview">
        <cp-feedback-form id="form-preview" .data=${this.definition} keep-title min-seconds="0" @cp-submit=${this.stop}></cp-feedback-form>
      </div>`;
  }
}

if (!customElements.get('cpa-form-preview')) customElements.define('cpa-form-preview', CpaFormPreview);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-form-preview': CpaFormPreview;
  }
}
