import { defineStrings } from './strings.js';

/**
 * The words of the consent widgets' "Exit this page" bar (the feedback form has its own keys).
 * Every one can be reworded or translated.
 */
export const quickExitStrings = defineStrings({
  quickExit: 'Exit this page',
  quickExitHint: 'You can also press Shift 3 times to leave at once.',
});

type QuickExitStrings = typeof quickExitStrings;
declare module './strings.js' {
  interface Strings extends QuickExitStrings {}
}
