import { CpConsentWithdraw } from './consent-withdraw.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-consent-withdraw')) customElements.define('cp-consent-withdraw', CpConsentWithdraw);
export { CpConsentWithdraw };
export { consentWithdrawStrings } from './consent-withdraw.strings.js';
export type { ConsentCreditChange, ConsentWithdrawal } from '../consent-flow/types.js';
export type { ConsentManageAnswer } from './manage.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-consent-withdraw': CpConsentWithdraw;
  }
}
