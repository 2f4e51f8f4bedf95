import { css } from 'lit';
import { focusRing } from './host-styles.js';

/** A button that looks like a link (its focus style is with the links' in linkTextStyles). The back office uses it too. */
export const linkButtonStyles = css`
  .link {
    min-height: var(--cp-target-min);
    padding: 0;
    border: 0;
    background: none;
    color: var(--cp-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link:hover {
    text-decoration-thickness: 0.15em;
  }
`;

/** Links and summaries, with GOV.UK's focus highlight. The back office uses it too. */
export const linkTextStyles = css`
  a {
    color: var(--cp-color-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  /* GOV.UK's yellow highlight, inside the shared ring (GOV.UK's bar under the text is not a perimeter). */
  a:focus-visible,
  summary:focus-visible,
  .link:focus-visible {
    ${focusRing}
    color: var(--cp-color-focus-text);
    background: var(--cp-color-focus);
    text-decoration: none;
  }
  @media (forced-colors: active) {
    a:focus-visible,
    summary:focus-visible,
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Links, and what looks like one (a disclosure's summary, a button styled as a link). */
export const linkStyles = [linkButtonStyles, linkTextStyles];
