import { css } from 'lit';

export const pageFeedbackStyles = css`
  /* Its own surface, so its text is readable on any page in any theme. */
  :host {
    display: block;
    background: var(--cp-color-surface);
  }
  .panel {
    padding: var(--cp-space-4);
    /* Transparent, so it shows only in forced colours, where backgrounds are dropped. */
    border: 1px solid transparent;
    background: var(--cp-color-surface-muted);
  }
  .open {
    border-color: var(--cp-color-border);
    background: var(--cp-color-surface);
  }
  .prompt,
  .ask,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cp-space-3);
  }
  .prompt {
    justify-content: space-between;
  }
  .question,
  .thanks p:first-child,
  .heading {
    margin: 0;
    font-weight: var(--cp-font-weight-bold);
  }
  .heading {
    margin-block-end: var(--cp-space-3);
    font-size: var(--cp-font-size-heading-m);
    line-height: var(--cp-font-line-height-heading);
  }
  cp-button {
    margin: 0;
  }
  p {
    margin: 0 0 var(--cp-space-4);
  }
  .thanks p:last-child {
    margin: 0;
  }
  .prompt + p {
    margin: var(--cp-space-3) 0 0;
  }
  .rejected,
  .unsent {
    color: var(--cp-color-error);
    font-weight: var(--cp-font-weight-bold);
  }
  .link {
    text-align: start;
  }
`;
