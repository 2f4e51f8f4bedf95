import { defineStrings } from './strings.js';

/** What every form field says: "(optional)", and the error messages of the fields. Every one can be reworded or translated. */
export const formControlStrings = defineStrings({
  optional: '(optional)',
  errorPrefix: 'Error:',
  requiredText: 'Enter an answer for “{label}”',
  requiredChoice: 'Select an answer for “{label}”',
  requiredMulti: 'Select at least one option for “{label}”',
  requiredRating: 'Choose a rating for “{label}”',
  typeMismatchEmail: 'Enter an email address in the correct format, like name@example.com',
  typeMismatch: 'Check the format of your answer to “{label}”',
  or: 'or',
});

type FormControlStrings = typeof formControlStrings;
declare module './strings.js' {
  interface Strings extends FormControlStrings {}
}
