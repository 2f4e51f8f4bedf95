import { css } from 'lit';
import { tokenStyles } from '../tokens/generated/tokens.styles.js';
import { localeType } from './strings.js';

/**
 * The focus indicator every control shares (WCAG 2.4.13, Focus Appearance): a 2px ring in the
 * focus text colour next to the control, then a 3px ring in the focus colour outside it. On any
 * background one of the two has 3:1 (contrast-pairs.json checks both against every surface and
 * the brand, in every theme), and the dark ring keeps the yellow apart from a control that is
 * itself yellow, like the high-contrast primary button. Use it inside a `:focus-visible` rule,
 * with `outline-color: Highlight` in forced colours (where box shadows are not drawn).
 */
export const focusRing = css`
  outline: var(--cp-focus-width) solid var(--cp-color-focus);
  outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--cp-color-focus-text);
`;

/** Text only screen readers read (`.vh` in every component; the back office uses it too). */
export const visuallyHidden = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: 0 !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
`;

/** A button that looks like a link (its focus style is with the links' in baseStyles). The back office uses it too. */
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

/** Type, colour and the focus ring every component shares. */
export const baseStyles = [
  tokenStyles,
  localeType,
  linkButtonStyles,
  css`
    :host {
      box-sizing: border-box;
      color: var(--cp-color-text);
      font-family: var(--cp-font-family, var(--cp-font-family-default));
      font-size: var(--cp-font-size-body);
      line-height: var(--cp-font-line-height-body);
      -webkit-text-size-adjust: 100%;
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .vh {
      ${visuallyHidden}
    }
    a {
      color: var(--cp-color-link);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    /*
     * Links, and what looks like one (a disclosure's summary, a button styled as a link): GOV.UK's
     * yellow highlight, inside the shared ring (GOV.UK's bar under the text is not a perimeter).
     */
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
    /* The shared loader's "Try again" (data-controller.ts): a secondary button in every widget. */
    .retry {
      min-width: var(--cp-target-min);
      min-height: var(--cp-target-min);
      padding: var(--cp-space-2) var(--cp-space-4);
      border: 2px solid var(--cp-color-border-control);
      border-radius: var(--cp-radius-control);
      background: var(--cp-color-secondary);
      color: var(--cp-color-text);
      font: inherit;
      font-weight: var(--cp-font-weight-bold);
      cursor: pointer;
    }
    .retry:focus-visible {
      ${focusRing}
    }
    @media (forced-colors: active) {
      .retry:focus-visible {
        outline-color: Highlight;
      }
    }
    /*
     * Room kept above whatever is scrolled into view, focus included, for a sticky bar above it
     * (the "Exit this page" bar of quick-exit.ts sets --cp-sticky-top), so the bar never covers it
     * (WCAG 2.4.11). The property inherits into every nested shadow root.
     */
    :host,
    a,
    button,
    input,
    select,
    textarea,
    summary,
    [tabindex] {
      scroll-margin-block-start: var(--cp-sticky-top, 0px);
    }
  `,
];

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
