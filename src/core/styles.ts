import { css } from 'lit';
import { focusRing, hostStyles } from './host-styles.js';
import { linkStyles } from './link-styles.js';

export { focusRing, hostStyles, visuallyHidden } from './host-styles.js';
export { linkButtonStyles, linkStyles, linkTextStyles } from './link-styles.js';
export { fieldStyles } from './field-styles.js';

/** What every widget shares: `hostStyles`, links, and the shared loader's "Try again" button. */
export const baseStyles = [
  hostStyles,
  linkStyles,
  css`
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
  `,
];
