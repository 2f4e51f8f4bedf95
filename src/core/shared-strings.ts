// The types of the words every widget shares (the src/core/*.strings.ts modules), declared once
// here rather than in each module. A component's own strings module declares its own keys the
// same way (see strings.ts). base-element.ts re-exports this file's types, so every published
// entry point's types have these keys.
import type { dataStrings } from './data-controller.strings.js';
import type { deliveryStrings } from './delivery-message.strings.js';
import type { formControlStrings } from './form-control.strings.js';
import type { quickExitStrings } from './quick-exit.strings.js';
import type { titleStrings } from './title.strings.js';

type SharedStrings = typeof dataStrings &
  typeof deliveryStrings &
  typeof formControlStrings &
  typeof quickExitStrings &
  typeof titleStrings;
declare module './strings.js' {
  interface Strings extends SharedStrings {}
}
