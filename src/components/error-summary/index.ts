import { CpErrorSummary } from './error-summary.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-error-summary')) customElements.define('cp-error-summary', CpErrorSummary);
export { CpErrorSummary };
export type { SummaryError } from './error-summary.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-error-summary': CpErrorSummary;
  }
}
