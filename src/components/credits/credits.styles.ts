import { css } from 'lit';

/**
 * Names sit in a grid of columns when there is room and stack at 320px (a grid, not CSS columns,
 * which take much longer to lay out a thousand names). Details are quieter than names.
 */
export const creditsStyles = css`
  .title {
    margin-block-end: var(--cp-space-4);
    font-size: var(--cp-font-size-heading-m);
  }
  .title,
  .heading {
    font-weight: var(--cp-font-weight-bold);
    line-height: var(--cp-font-line-height-heading);
  }
  .heading {
    margin-block: var(--cp-space-5) var(--cp-space-2);
    font-size: var(--cp-font-size-heading-s);
  }
  .list {
    margin: 0 0 var(--cp-space-3);
    padding: 0;
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    /* Rows apart by more than the lines of one name, so a name on two lines reads as one. */
    gap: var(--cp-space-2) var(--cp-space-5);
  }
  li {
    overflow-wrap: anywhere;
  }
  .about {
    color: var(--cp-color-text-muted);
  }
  p {
    margin-block: 0 var(--cp-space-3);
  }
  .copy {
    margin-block-start: var(--cp-space-5);
  }
  .status {
    font-weight: var(--cp-font-weight-bold);
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
`;
