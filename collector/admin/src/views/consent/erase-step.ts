// <cpa-erase-step>: an admin erases one person's consent record (DELETE /v1/admin/consent/:recordId).
// First a warning button, then a confirmation that says exactly what goes and what stays, as
// collector/src/store/erasure.ts does it.
import { css, html, LitElement, nothing } from 'lit';
import type { Api } from '../../api.js';
import { adminStyles } from '../../styles.js';
import { boxFix } from '../manage/styles.js';
import { noticeStyles, notice } from '../../parts/notice.js';
import '../../parts/confirm-step.js';
import '../../../../../src/components/button/index.js';
import { messageOf } from '../manage/common.js';

declare global {
  interface HTMLElementEventMap {
    /** The record was erased. */
    'cpa-erased': CustomEvent<{ recordId: string }>;
  }
}

export class CpaEraseStep extends LitElement {
  static override properties = {
    api: { attribute: false },
    recordId: { attribute: 'record-id' },
    reference: {},
    asking: { state: true },
    problem: { state: true },
    sending: { state: true },
  };

  declare api: Api;
  declare recordId: string;
  /** The reference the person knows their record by, to name it in the question. */
  declare reference: string;
  declare private asking: boolean;
  declare private problem: string;
  declare private sending: boolean;

  static override styles = [
    adminStyles,
    boxFix,
    noticeStyles,
    css`
      ul {
        margin-block: 0 var(--cp-space-4);
      }
    `,
  ];

  constructor() {
    super();
    this.recordId = '';
    this.reference = '';
    this.asking = false;
    this.problem = '';
    this.sending = false;
  }

  private async erase(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      await this.api.send('DELETE', `/consent/${encodeURIComponent(this.recordId)}`);
      this.dispatchEvent(
        new CustomEvent('cpa-erased', { detail: { recordId: this.recordId }, bubbles: true, composed: true }),
      );
    } catch (e) {
      this.problem = messageOf(e);
    } finally {
      this.sending = false;
    }
  }

  private async cancel(): Promise<void> {
    this.asking = false;
    this.problem = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#erase-start')?.focus();
  }

  protected override render() {
    if (!this.asking) {
      return html`<h2 id="erase-heading">Erase this person's data</h2>
        <p>Do this when the person asks for their data to be erased. It cannot be undone.</p>
        <cp-button type="button" variant="warning" id="erase-start" @click=${() => (this.asking = true)}>Erase this person's data</cp-button>`;
    }
    const name = this.reference ? `record ${this.reference}` : 'this record';
    return html`<cpa-confirm-step
      id="erase-confirm"
      heading=${`Erase the data in ${name}?`}
      confirm-label="Yes, erase their data"
      cancel-label="No, keep it"
      variant="warning"
      @cpa-confirm=${this.erase}
      @cpa-cancel=${this.cancel}
    >
      ${this.problem ? notice('error', this.problem, { title: 'The data was not erased', id: 'erase-problem' }) : nothing}
      <p><strong>This removes, for good:</strong></p>
      <ul>
        <li>their answers to each statement, and how consent was taken</li>
        <li>their access needs</li>
        <li>their contact details and how they want to be paid</li>
        <li>how they want to be credited, and any name they gave, so they leave the published credits</li>
        <li>the credit roles staff gave them</li>
        <li>the reasons they gave when they withdrew or changed their credit</li>
        <li>their reference and key, so their own link to manage their consent stops working</li>
      </ul>
      <p>
        <strong>What stays:</strong> a note that a record existed and was erased: when it came and when it was erased, the
        version of the information it was for, when they withdrew and from which parts, and when they changed the kind of
        credit they wanted. Their name and their reasons do not stay; the name of the staff member who recorded a change does.
      </p>
      <p>Feedback answers are kept apart from consent: they are not changed by this.</p>
    </cpa-confirm-step>`;
  }
}

if (!customElements.get('cpa-erase-step')) customElements.define('cpa-erase-step', CpaEraseStep);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-erase-step': CpaEraseStep;
  }
}
