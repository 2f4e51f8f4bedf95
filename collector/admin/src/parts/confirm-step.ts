// <cpa-confirm-step>: the second step before something that cannot be undone (or is public).
// It says exactly what will happen (the slotted text), takes focus when it appears, and offers
// one primary button and "Cancel". Fires `cpa-confirm` or `cpa-cancel`; the view does the work.
import { css, html, LitElement } from 'lit';
import { adminStyles } from '../styles.js';
import '../../../../src/components/button/index.js';

declare global {
  interface HTMLElementEventMap {
    'cpa-confirm': CustomEvent<void>;
    'cpa-cancel': CustomEvent<void>;
  }
}

export class CpaConfirmStep extends LitElement {
  static override properties = {
    heading: {},
    confirmLabel: { attribute: 'confirm-label' },
    cancelLabel: { attribute: 'cancel-label' },
    variant: {},
  };

  /** A question: "Erase this person's data?" */
  declare heading: string;
  /** Says what the button does: "Erase their data". */
  declare confirmLabel: string;
  declare cancelLabel: string;
  /** `warning` (red) for what cannot be undone, `primary` otherwise. */
  declare variant: 'warning' | 'primary';

  static override styles = [
    adminStyles,
    css`
      section {
        margin-block: var(--cp-space-4);
        padding: var(--cp-space-4);
        border: var(--cp-border-thick) solid var(--cp-color-text);
        background: var(--cp-color-surface);
      }
      :host([variant='warning']) section {
        border-color: var(--cp-color-error);
      }
      h2 {
        margin-block-start: 0;
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: var(--cp-focus-width) solid var(--cp-color-focus);
      }
    `,
  ];

  constructor() {
    super();
    this.heading = 'Are you sure?';
    this.confirmLabel = 'Yes, go ahead';
    this.cancelLabel = 'Cancel';
    this.variant = 'warning';
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private fire(name: 'cpa-confirm' | 'cpa-cancel'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  protected override render() {
    return html`<section aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" tabindex="-1">${this.heading}</h2>
      <slot></slot>
      <div class="actions">
        <cp-button type="button" variant=${this.variant} id="confirm" @click=${() => this.fire('cpa-confirm')}>${this.confirmLabel}</cp-button>
        <cp-button type="button" variant="secondary" id="cancel" @click=${() => this.fire('cpa-cancel')}>${this.cancelLabel}</cp-button>
      </div>
    </section>`;
  }
}

if (!customElements.get('cpa-confirm-step')) customElements.define('cpa-confirm-step', CpaConfirmStep);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-confirm-step': CpaConfirmStep;
  }
}
