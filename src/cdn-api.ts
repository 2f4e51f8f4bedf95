// coproduce-kit.api.js, beside the loader: the functions a page without a bundler can call, the
// same ones the npm package exports:
//   import { fromAllContributors, redactCredits } from '/js/coproduce-kit/coproduce-kit.api.js';
// The loader (coproduce-kit.js) exports registerStrings too, and coproduce-kit.all.js exports all
// three (src/cdn-all.ts). The words live in core.js, so strings registered here reach every widget
// the loader brings in, before or after the call. The two credits functions come from the credits
// widget's file (credits.js), which a page that uses them shows anyway: importing this file defines
// <cp-credits>.
export { registerStrings } from './core/strings.js';
export { fromAllContributors } from './components/credits/all-contributors.js';
export { redactCredits } from './contract/redact.js';
