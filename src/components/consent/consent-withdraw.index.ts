import { CpConsentWithdraw } from './consent-withdraw.js';

CpConsentWithdraw.define('cp-consent-withdraw');
export { CpConsentWithdraw };
export type { ConsentCreditChange, ConsentWithdrawal } from './types.js';
export type { ConsentManageAnswer } from './withdraw-manage.js';
// Brings `cp-consent-credit` and `cp-reconsent` (declared there) into HTMLElementEventMap for apps
// using the published types.
export type {} from './withdraw-credit.js';
export type {} from './withdraw-reconsent.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-consent-withdraw': CpConsentWithdraw;
  }
}
