import { CpCredits } from './credits.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-credits')) customElements.define('cp-credits', CpCredits);
export { CpCredits };
export { creditRoles, type CreditRole } from './roles.js';
export {
  fromAllContributors,
  type AllContributorsConfig,
  type AllContributorsEntry,
  type FromAllContributorsOptions,
} from './all-contributors.js';
export { creditsJsonLd } from './json-ld.js';
export { redactContributor, redactCredits } from '../../contract/redact.js';
export type { Contributor, CreditChoice, CreditsData, CreditsGroupBy } from './types.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-credits': CpCredits;
  }
}
