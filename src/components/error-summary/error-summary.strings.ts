import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-error-summary>`. */
export const errorSummaryStrings = defineStrings({
  errorSummaryTitle: 'There is a problem',
});

type ErrorSummaryStrings = typeof errorSummaryStrings;
declare module '../../core/strings.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Strings extends ErrorSummaryStrings {}
}
