import { CpConsentFlow } from './consent-flow.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-consent-flow')) customElements.define('cp-consent-flow', CpConsentFlow);
export { CpConsentFlow };
export { consentFlowStrings } from './consent-flow.strings.js';
export { consentDeclineStrings } from './decline.strings.js';
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
