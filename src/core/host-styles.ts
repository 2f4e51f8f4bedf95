import { css } from 'lit';
import { tokenStyles } from '../tokens/generated/tokens.styles.js';
import { localeType } from './strings.js';

// The styles every component carries. Each set of styles is in a file of its own (this one,
// link-styles.ts, field-styles.ts, styles.ts), because a bundler cannot leave out a `css` value a
// component does not use, only a file it does not import.

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

/**
 * What every component needs: the tokens, a language's type rule, the host's type and colour,
 * text only screen readers read, and room under a sticky bar. Buttons and form fields use only
 * this (and `fieldStyles`); widgets use `baseStyles` (styles.ts).
 */
export const hostStyles = [
  tokenStyles,
  localeType,
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
