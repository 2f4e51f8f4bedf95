import { css } from 'lit';

/** The rest is the shared `.link` look (src/core/styles.ts): links to look at, as on bilingual sites; buttons, as nothing navigates. */
export const languageSwitchStyles = css`
  :host {
    display: block;
    margin-block-end: var(--cp-space-4);
  }
  div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--cp-space-4);
  }
  .link {
    min-width: var(--cp-target-min);
  }
  [aria-pressed='true'] {
    color: inherit;
    font-weight: var(--cp-font-weight-bold);
    text-decoration: none;
  }
`;
