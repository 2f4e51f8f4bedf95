import { css } from 'lit';

export const textFieldStyles = css`
  .input {
    max-width: 100%;
  }
`;
