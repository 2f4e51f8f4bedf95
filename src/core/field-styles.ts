import { css } from 'lit';

/** Label, hint, error and input styles for form controls, after the GOV.UK Design System. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--cp-space-5);
    background: var(--cp-color-surface);
  }
  .group {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .invalid {
    padding-inline-start: var(--cp-space-3);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-error);
  }
  .label,
  legend {
    display: block;
    margin-block-end: var(--cp-space-1);
    padding: 0;
    font-weight: var(--cp-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .optional {
    font-weight: var(--cp-font-weight-regular);
  }
  .hint {
    display: block;
    margin-block-end: var(--cp-space-3);
    color: var(--cp-color-text-muted);
    overflow-wrap: anywhere;
  }
  .error {
    display: block;
    margin: 0 0 var(--cp-space-3);
    color: var(--cp-color-error);
    font-weight: var(--cp-font-weight-bold);
    overflow-wrap: anywhere;
  }
  .input {
    display: block;
    width: 100%;
    min-height: var(--cp-target-min);
    margin: 0;
    padding: var(--cp-space-2);
    border: var(--cp-border-control) solid var(--cp-color-border-control);
    border-radius: var(--cp-radius-control);
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    font: inherit;
  }
  .input[aria-invalid='true'] {
    border-color: var(--cp-color-error);
  }
  .input:focus-visible,
  .input:focus {
    outline: var(--cp-focus-width) solid var(--cp-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--cp-border-control) var(--cp-color-focus-text);
  }
  @media (forced-colors: active) {
    .input:focus {
      outline-color: Highlight;
    }
    .invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
