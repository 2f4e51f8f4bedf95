import { CpErrorSummary } from './error-summary.js';

CpErrorSummary.define('cp-error-summary');
export { CpErrorSummary };
export type { SummaryError } from './error-summary.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-error-summary': CpErrorSummary;
  }
}
