import { css, html, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';

/**
 * With `save-draft`, on every step until the record is sent: answers are kept on this device,
 * and "Clear my answers" is always there, for people on a shared or borrowed device.
 */
export const renderDraftNote = (host: CpElement, clear: () => void): TemplateResult =>
  html`<div class="draft-note noprint" part="draft-note">
    <p class="hint">${host.tl('consentFlowDraftNote')}</p>
    <cp-button type="button" variant="secondary" @click=${clear}>${host.tl('consentFlowClearAnswers')}</cp-button>
  </div>`;

export const draftNoteStyles = css`
  .draft-note {
    margin-block-start: var(--cp-space-6);
    padding-block-start: var(--cp-space-4);
    border-block-start: 1px solid var(--cp-color-border);
  }
`;
