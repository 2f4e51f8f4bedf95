// A local fix for the management views until styles.ts has it: adminStyles gives every element
// `box-sizing: inherit`, and an outer rule beats a kit control's own `:host { box-sizing:
// border-box }`, so the chain falls back to the page's content-box and full-width inputs overflow
// at 320 px. Border-box for everything in these views' shadow roots (kit hosts included).
import { css } from 'lit';

export const boxFix = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;
