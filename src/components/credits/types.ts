// The widget's data and payload types live in the shared contract (src/contract), which the collector reads too.
export type * from '../../contract/credits.js';
