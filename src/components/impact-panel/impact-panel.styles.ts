import { css } from 'lit';
import { focusRing } from '../../core/styles.js';

/**
 * Cards that reflow to one column at 320px, a list and a compact list; status colours only as
 * an extra to the words; and a print version with every item in full and no controls.
 */
export const impactStyles = css`
  [hidden] {
    display: none !important;
  }
  p,
  ul,
  ol,
  blockquote {
    margin: 0 0 var(--cp-space-3);
  }
  .title,
  .said {
    margin-block-end: var(--cp-space-3);
    font-size: var(--cp-font-size-heading-m);
    font-weight: var(--cp-font-weight-bold);
    line-height: var(--cp-font-line-height-heading);
  }
  .said {
    font-size: var(--cp-font-size-heading-s);
  }
  .muted,
  .meta {
    color: var(--cp-color-text-muted);
  }
  .controls,
  .meta,
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--cp-space-4);
    align-items: center;
  }
  .controls > * {
    flex: 1 1 12rem;
    margin-block-end: var(--cp-space-3);
  }
  .summary,
  .count,
  .status {
    font-weight: var(--cp-font-weight-bold);
  }
  .state {
    padding: var(--cp-space-4);
    border: 1px solid var(--cp-color-border);
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--cp-space-4);
  }
  .items,
  .meta {
    padding: 0;
    list-style: none;
  }
  .item {
    --c: var(--cp-color-text-muted);
    padding: var(--cp-space-4);
    border: 1px solid var(--cp-color-border);
    border-inline-start: var(--cp-border-thick) solid var(--c);
    border-radius: var(--cp-radius-card);
    overflow-wrap: anywhere;
  }
  /*
   * With more than 100 items, only the items near the screen are laid out, so 1,000 items show
   * quickly. (Fewer items do without: axe misjudges contrast in skipped items, axe-core #2768.)
   */
  .many > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }
  [data-s='done'] {
    --c: var(--cp-color-success);
  }
  [data-s='partly-done'] {
    --c: var(--cp-color-warning);
  }
  [data-s='in-progress'],
  [data-s='planned'] {
    --c: var(--cp-brand);
  }
  [data-s='not-possible'] {
    --c: var(--cp-color-error);
  }
  svg {
    width: 1.5em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    color: var(--c);
  }
  [data-s='partly-done'] path {
    fill: currentColor;
  }
  [data-s='planned'] circle {
    stroke-dasharray: 3 2.5;
  }
  .act p,
  blockquote {
    white-space: pre-line;
  }
  blockquote {
    padding-inline-start: var(--cp-space-3);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-border);
  }
  button {
    min-height: var(--cp-target-min);
    margin-block-end: var(--cp-space-2);
    padding: var(--cp-space-2) var(--cp-space-3);
    border: var(--cp-border-control) solid;
    border-radius: var(--cp-radius-control);
    background: var(--cp-color-secondary);
    color: var(--cp-color-text);
    font: inherit;
    cursor: pointer;
  }
  .toggle {
    padding-inline: 0;
    border: 0;
    background: none;
    color: var(--cp-color-link);
    text-decoration: underline;
  }
  .toggle::before {
    content: '';
    display: inline-block;
    margin-inline-end: var(--cp-space-2);
    border: 0.4em solid transparent;
    border-inline: 0.7em solid;
    border-inline-end: 0;
  }
  .toggle[aria-expanded='true']::before {
    border: 0.4em solid transparent;
    border-top: 0.7em solid;
    border-bottom: 0;
  }
  button:focus-visible {
    ${focusRing}
    background: var(--cp-color-focus);
    color: var(--cp-color-focus-text);
  }
  @media (forced-colors: active) {
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  :host([layout='list']) .items,
  :host([layout='compact']) .items {
    display: block;
  }
  :host([layout='list']) .item,
  :host([layout='compact']) .item {
    margin-block-end: var(--cp-space-4);
    padding-block: var(--cp-space-2);
    border-block-width: 0;
    border-inline-end-width: 0;
    border-radius: 0;
  }
  :host([layout='compact']) .item > :is(.meta, .muted) {
    display: none;
  }
  @media print {
    .controls,
    .none,
    .toggle {
      display: none;
    }
    .items,
    .item,
    .more {
      display: block !important;
    }
    .item {
      margin-block-end: var(--cp-space-4);
      break-inside: avoid;
      content-visibility: visible;
    }
  }
`;
