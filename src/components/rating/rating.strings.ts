import { ratingWords } from '../../contract/feedback-words.js';
import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-rating>`: the name of each point from 1 to 5, shared with the collector. */
export const ratingStrings = defineStrings(ratingWords);

type RatingStrings = typeof ratingStrings;
declare module '../../core/strings.js' {
  interface Strings extends RatingStrings {}
}
