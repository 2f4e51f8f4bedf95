import { CpCredits } from './credits.js';

CpCredits.define('cp-credits');
export { CpCredits };
export { creditRoles } from './roles.js';
export {
  fromAllContributors,
  type AllContributorsConfig,
  type AllContributorsEntry,
  type FromAllContributorsOptions,
} from './all-contributors.js';
export { creditsJsonLd } from './json-ld.js';
export { redactContributor, redactCredits } from '../../contract/redact.js';
export type { Contributor, CreditChoice, CreditRole, CreditsData, CreditsGroupBy } from '../../contract/credits.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-credits': CpCredits;
  }
}
