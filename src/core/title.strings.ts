import { defineStrings } from './strings.js';

/** The page title while a widget shows errors or one of its steps (title.ts). Every one can be reworded or translated. */
export const titleStrings = defineStrings({
  /** The page title while an error summary shows errors (`{title}` is the rest of the title). */
  titleError: 'Error: {title}',
  /** The page title on a widget's step or thank-you page (`{view}` is, for example, "Question 2 of 5"). */
  titleView: '{view} – {title}',
});

type TitleStrings = typeof titleStrings;
declare module './strings.js' {
  interface Strings extends TitleStrings {}
}
