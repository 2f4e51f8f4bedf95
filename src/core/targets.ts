import { css } from 'lit';

/**
 * A link that stands on its own (not inside a sentence: those are exempt under WCAG 2.5.5) made a
 * target of at least 44 × 44 CSS px, its words centred in it. Add `class="target"`.
 */
export const targetStyles = css`
  .target {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--cp-target-min);
    min-inline-size: var(--cp-target-min);
  }
`;
