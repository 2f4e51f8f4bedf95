import { css } from 'lit';

export const textareaStyles = css`
  textarea.input {
    min-height: calc(var(--cp-target-min) * 2);
    resize: vertical;
  }
  textarea.over {
    border-color: var(--cp-color-error);
  }
  .count {
    margin-block-start: var(--cp-space-2);
    color: var(--cp-color-text-muted);
  }
  .count.over {
    color: var(--cp-color-error);
    font-weight: var(--cp-font-weight-bold);
  }
`;
