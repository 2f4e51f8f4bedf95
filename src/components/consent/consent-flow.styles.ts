import { css } from 'lit';

/** Step headings with their "Step 2 of 6" caption, GOV.UK back link and summary list, and a print version of the copy. */
export const consentFlowStyles = css`
  /* Its own surface, so its text is readable on any page in any theme (used by <cp-consent-withdraw> too). */
  :host {
    display: block;
    overflow-wrap: anywhere;
    background: var(--cp-color-surface);
  }
  p {
    margin: 0 0 var(--cp-space-4);
  }
  .text,
  dd {
    white-space: pre-line;
  }
  .title,
  .heading,
  h4 {
    margin: 0 0 var(--cp-space-4);
    font-size: var(--cp-font-size-heading-l);
    line-height: var(--cp-font-line-height-heading);
  }
  .heading {
    margin-block-start: var(--cp-space-5);
    font-size: var(--cp-font-size-heading-m);
  }
  .caption {
    display: block;
    color: var(--cp-color-text-muted);
    font-size: var(--cp-font-size-body);
    font-weight: var(--cp-font-weight-regular);
  }
  h4 {
    margin-block-start: var(--cp-space-5);
    font-size: var(--cp-font-size-heading-s);
  }
  .hint {
    color: var(--cp-color-text-muted);
  }
  .lead {
    font-weight: var(--cp-font-weight-bold);
  }
  .back {
    display: inline-block;
    margin-block-start: var(--cp-space-2);
    padding-block: var(--cp-space-2);
  }
  /* Empty alternative text: the chevron is decoration, not part of the link's name ("Back"). */
  .back::before {
    content: '‹ ' / '';
  }
  .notice {
    padding: var(--cp-space-4);
    border-inline-start: var(--cp-border-thick) solid var(--cp-brand);
    background: var(--cp-color-surface-muted);
  }
  dl {
    margin: 0 0 var(--cp-space-5);
  }
  dt {
    padding-block-start: var(--cp-space-3);
    border-block-start: 1px solid var(--cp-color-border);
    font-weight: var(--cp-font-weight-bold);
  }
  dd {
    margin: 0 0 var(--cp-space-3);
  }
  .copy {
    padding: var(--cp-space-4);
    border: 1px solid var(--cp-color-border);
  }
  @media print {
    .noprint,
    .back,
    .notice {
      display: none !important;
    }
  }
`;
