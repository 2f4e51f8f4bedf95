import { css } from 'lit';

/** Points side by side when there is room, stacked on narrow screens and at high zoom. */
export const ratingStyles = css`
  .choices {
    flex-flow: row wrap;
  }
  .choice {
    flex: 1 1 7rem;
    grid-template-columns: 1fr;
    justify-items: center;
    align-content: start;
    row-gap: var(--cp-space-1);
    padding: var(--cp-space-2);
    border: 1px solid var(--cp-color-border-control);
    border-radius: var(--cp-radius-control);
    text-align: center;
  }
  .choice-label {
    grid-row: 2;
    grid-column: 1;
    /* The whole width of the point is its label, so a short word ("برا") still makes a 44px-wide target. */
    justify-self: stretch;
  }
  .choice:has(:checked) {
    outline: 2px solid var(--cp-brand);
    font-weight: var(--cp-font-weight-bold);
  }
`;
