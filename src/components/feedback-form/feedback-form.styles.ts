import { css } from 'lit';
import { choiceStyles } from '../../core/choice-group.js';
import { quickExitStyles } from '../../core/quick-exit.js';
import { spamTrapStyles } from '../../core/send-feedback.js';
import { baseStyles, fieldStyles } from '../../core/styles.js';
import { targetStyles } from '../../core/targets.js';

export const feedbackFormStyles = css`
  h2,
  h3 {
    margin: 0 0 var(--cp-space-4);
    font-size: var(--cp-font-size-heading-l);
    line-height: var(--cp-font-line-height-heading);
  }
  h3 {
    margin-block-end: var(--cp-space-3);
    font-size: var(--cp-font-size-heading-s);
  }
  p {
    margin: 0 0 var(--cp-space-4);
  }
  [tabindex='-1']:focus {
    outline: var(--cp-focus-width) solid var(--cp-color-focus);
    outline-offset: 2px;
  }
  .hint {
    color: var(--cp-color-text-muted);
  }
  .box {
    margin-block-end: var(--cp-space-5);
    padding: var(--cp-space-4);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-border-control);
    background: var(--cp-color-surface-muted);
    overflow-wrap: anywhere;
  }
  .box > :last-child,
  .box li > :last-child {
    margin-block-end: 0;
  }
  .box ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .box li + li {
    margin-block-start: var(--cp-space-3);
  }
  .q {
    margin-block-end: var(--cp-space-6);
  }
  .decline {
    margin-block-end: var(--cp-space-4);
  }
  summary {
    display: list-item;
    width: fit-content;
    /* A 44 × 44 target (WCAG 2.5.5): one line of text, padded to the target height. */
    min-block-size: var(--cp-target-min);
    padding-block: max(0px, calc((var(--cp-target-min) - 1lh) / 2));
    color: var(--cp-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* Quiet: muted and thin, so it is easy to pass over. One tab stop, still a 44 × 44 target. */
  .flag:not([open]) > summary:not(:focus-visible) {
    color: var(--cp-color-text-muted);
    text-decoration-thickness: 1px;
  }
  .flag-end {
    margin-block-end: var(--cp-space-5);
  }
  .flag-one + .flag-one {
    margin-block-start: var(--cp-space-4);
  }
  .flag-body {
    /* Inside <details>, whose content box (not this shadow root) is the parent it would inherit from. */
    box-sizing: border-box;
    margin-block-start: var(--cp-space-3);
    padding-inline-start: var(--cp-space-4);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-border);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--cp-space-4);
  }
  .actions [role='status'] {
    margin-block-end: var(--cp-space-5);
  }
  .delivery {
    font-weight: var(--cp-font-weight-bold);
  }
  .rejected,
  .unsent {
    padding: var(--cp-space-4);
    border: var(--cp-border-thick) solid var(--cp-color-error);
  }
  @media (forced-colors: active) {
    [tabindex='-1']:focus {
      outline-color: Highlight;
    }
  }
`;

/** Every sheet the form uses, in order: the kit's base, its fields and choices, then the form's own. */
export const feedbackFormSheets = [
  baseStyles,
  fieldStyles,
  choiceStyles,
  spamTrapStyles,
  targetStyles,
  quickExitStyles,
  feedbackFormStyles,
];
