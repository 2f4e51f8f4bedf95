// The widget's data and payload types live in the shared contract (src/contract), which the collector reads too.
// Inside the widget a definition's words are already in the person's language (DataController.value), so the
// definition types here are the localised shapes; the package exports the contract's, whose words may be bilingual.
import type * as C from '../../contract/consent.js';
import type { Localised } from '../../contract/text.js';

export type * from '../../contract/consent.js';
export type ConsentDefinition = Localised<C.ConsentDefinition>;
export type ConsentSection = Localised<C.ConsentSection>;
export type ConsentPayment = Localised<C.ConsentPayment>;
export type ConsentStatement = Localised<C.ConsentStatement>;

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** A person gave consent. Cancel it to deliver the record yourself. */
    'cp-consent': { record: C.ConsentRecord };
    /** A person withdrew consent. Cancel it to deliver the withdrawal yourself. */
    'cp-consent-withdraw': { withdrawal: C.ConsentWithdrawal };
  }
}
