import { CpConsentWithdraw } from './consent-withdraw.js';

CpConsentWithdraw.define('cp-consent-withdraw');
export { CpConsentWithdraw };
export type { ConsentCreditChange, ConsentWithdrawal } from '../consent-flow/types.js';
export type { ConsentManageAnswer } from './manage.js';
// Brings `cp-consent-credit` and `cp-reconsent` (declared there) into HTMLElementEventMap for apps
// using the published types.
export type {} from './credit-change.js';
export type {} from './reconsent.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-consent-withdraw': CpConsentWithdraw;
  }
}
