import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    margin-block-end: var(--cp-space-6);
    padding: var(--cp-space-4);
    border: var(--cp-border-thick) solid var(--cp-color-error);
    background: var(--cp-color-surface);
  }
  .summary:focus {
    outline: var(--cp-focus-width) solid var(--cp-color-focus);
    outline-offset: 0;
  }
  .title {
    margin: 0 0 var(--cp-space-3);
    font-size: var(--cp-font-size-heading-m);
    font-weight: var(--cp-font-weight-bold);
    line-height: var(--cp-font-line-height-heading);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    margin-block-end: var(--cp-space-2);
  }
  .list a {
    color: var(--cp-color-error);
    font-weight: var(--cp-font-weight-bold);
  }
  .list a:focus-visible {
    color: var(--cp-color-focus-text);
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .summary:focus {
      outline-color: Highlight;
    }
  }
`;
