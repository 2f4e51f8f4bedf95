// The widget's data and payload types live in the shared contract (src/contract), which the collector reads too.
// Inside the widget the data's words are already in the person's language (DataController.value), so the data
// types here are the localised shapes; the package exports the contract's, whose words may be bilingual.
import type * as C from '../../contract/credits.js';
import type { Localised } from '../../contract/text.js';

export type * from '../../contract/credits.js';
export type CreditsData = Localised<C.CreditsData>;
export type CreditRole = Localised<C.CreditRole>;
