import { CpConsentFlow } from './consent-flow.js';

CpConsentFlow.define('cp-consent-flow');
export { CpConsentFlow };
export type { ConsentDecline } from './decline.js';
export { canonical, sha256, textHash } from '../../contract/hash.js';
export { groupKey, keyHashOf, newReference, normaliseKey, normaliseReference, type ConsentSecret } from './record.js';
export type { ConsentStep, ConsentAnswers } from './consent-helpers.js';
export type * from '../../contract/consent.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-consent-flow': CpConsentFlow;
  }
}
