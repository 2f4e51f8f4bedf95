// The back office's shared look, built on the kit's design tokens (tokens.css on the page gives
// every custom property; they inherit into each shadow root). Text uses the kit's text colours,
// which reach 7:1 on their surfaces in every theme. Layouts wrap down to 320 CSS px.
import { css } from 'lit';
import { focusRing, linkButtonStyles, linkTextStyles, visuallyHidden } from '../../../src/core/styles.js';
import { noticeStyles } from './parts/notice.js';

/** Styles every back-office element adopts: type, links, headings, tables, buttons that are links, notices. */
export const adminStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--cp-color-text);
    font-family: var(--cp-font-family, var(--cp-font-family-default));
    font-size: var(--cp-font-size-body);
    line-height: var(--cp-font-line-height-body);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3 {
    margin: 0 0 var(--cp-space-4);
    line-height: var(--cp-font-line-height-heading);
    overflow-wrap: anywhere;
  }
  h1 {
    font-size: var(--cp-font-size-heading-l);
  }
  h2 {
    font-size: var(--cp-font-size-heading-m);
    margin-block-start: var(--cp-space-6);
  }
  h3 {
    font-size: var(--cp-font-size-heading-s);
    margin-block-start: var(--cp-space-5);
  }
  .h3 {
    font-size: var(--cp-font-size-heading-s);
  }
  h4,
  h5 {
    font-size: var(--cp-font-size-body);
    margin: var(--cp-space-4) 0 var(--cp-space-2);
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    ${focusRing}
  }
  p {
    margin: 0 0 var(--cp-space-4);
  }
  .caption {
    display: block;
    color: var(--cp-color-text-muted);
    font-size: var(--cp-font-size-heading-s);
    margin-block-end: var(--cp-space-1);
  }
  .lead {
    font-size: var(--cp-font-size-lead);
  }
  .muted {
    color: var(--cp-color-text-muted);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    ${focusRing}
  }
  /* Public free text: inert Lit text, any direction, never wider than its box. */
  .free-text,
  [dir='auto'] {
    overflow-wrap: anywhere;
    word-break: normal;
    unicode-bidi: plaintext;
  }
  .vh {
    ${visuallyHidden}
  }
  /* The links between a form's summary, its responses and "you said, we did". */
  .sub-nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-4);
    list-style: none;
    padding: 0;
    margin: 0 0 var(--cp-space-4);
  }
  .sub-nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--cp-target-min);
  }
  /* A link or native button that looks like a kit button (exports, small actions). */
  .button,
  .button-secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--cp-target-min);
    min-inline-size: var(--cp-target-min);
    padding: var(--cp-space-2) var(--cp-space-4);
    border: 2px solid var(--cp-color-border-control);
    border-radius: var(--cp-radius-control);
    font: inherit;
    font-weight: var(--cp-font-weight-bold);
    text-decoration: none;
    cursor: pointer;
    background: var(--cp-color-secondary);
    color: var(--cp-color-text);
  }
  .button {
    background: var(--cp-brand-fill);
    border-color: var(--cp-brand-fill);
    color: var(--cp-on-brand);
  }
  /* Links and link-like buttons, with their focus highlight, as in the kit. */
  ${linkButtonStyles}
  ${linkTextStyles}
  .actions > cp-button {
    margin-block-end: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cp-space-3);
    align-items: center;
    margin-block: var(--cp-space-4);
  }
  /* Plain form controls where the kit has none (select, date, password). */
  label,
  .label {
    display: block;
    font-weight: var(--cp-font-weight-bold);
    margin-block-end: var(--cp-space-1);
  }
  input:not([type='checkbox']):not([type='radio']),
  select {
    min-block-size: var(--cp-target-min);
    max-inline-size: 100%;
    padding: var(--cp-space-1) var(--cp-space-2);
    border: var(--cp-border-control) solid var(--cp-color-border-control);
    border-radius: 0;
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    font: inherit;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--cp-color-text);
  }
  .field {
    margin-block-end: var(--cp-space-4);
  }
  .hint {
    display: block;
    color: var(--cp-color-text-muted);
    margin-block-end: var(--cp-space-1);
  }
  .field-error {
    display: block;
    color: var(--cp-color-error);
    font-weight: var(--cp-font-weight-bold);
    margin-block-end: var(--cp-space-1);
  }
  .field--invalid {
    padding-inline-start: var(--cp-space-3);
    border-inline-start: var(--cp-border-thick) solid var(--cp-color-error);
  }
  .field--invalid input {
    border-color: var(--cp-color-error);
  }
  .card {
    padding: var(--cp-space-4);
    border: 1px solid var(--cp-color-border);
    border-radius: var(--cp-radius-card);
    background: var(--cp-color-surface);
    margin-block-end: var(--cp-space-4);
    min-inline-size: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--cp-space-4);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  dl.summary {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: var(--cp-space-1) var(--cp-space-4);
    margin: 0 0 var(--cp-space-4);
  }
  @media (max-width: 30rem) {
    dl.summary {
      grid-template-columns: minmax(0, 1fr);
    }
    dl.summary dd {
      margin-block-end: var(--cp-space-2);
    }
  }
  dl.summary dt {
    font-weight: var(--cp-font-weight-bold);
  }
  dl.summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tag {
    display: inline-block;
    padding: 0 var(--cp-space-2);
    border: 1px solid var(--cp-color-border-control);
    border-radius: var(--cp-radius-control);
    background: var(--cp-color-surface-muted);
    color: var(--cp-color-text);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
    .button,
    .button-secondary {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** The page around the shell: the body's colours and margins (adopted by main.ts). */
export const pageStyles = css`
  html {
    box-sizing: border-box;
    color-scheme: light dark;
    -webkit-text-size-adjust: 100%;
  }
  body {
    margin: 0;
    min-inline-size: 0;
    background: var(--cp-color-surface);
    color: var(--cp-color-text);
    font-family: var(--cp-font-family, var(--cp-font-family-default));
    font-size: var(--cp-font-size-body);
    line-height: var(--cp-font-line-height-body);
  }
`;

/** Everything a view adopts: `static styles = [viewStyles, css\`…\`]`. */
export const viewStyles = [adminStyles, noticeStyles];
