import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-error-summary>`. */
export const errorSummaryStrings = defineStrings({
  errorSummaryTitle: 'There is a problem',
});

type ErrorSummaryStrings = typeof errorSummaryStrings;
declare module '../../core/strings.js' {
  interface Strings extends ErrorSummaryStrings {}
}
