import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-textarea>`: its limit, the count as the person types, and the error when the answer is too long. */
export const textareaStrings = defineStrings({
  tooLongChars: '“{label}” must be {max} characters or fewer',
  tooLongWords: '“{label}” must be {max} words or fewer',
  charLimit: 'You can enter up to {max} characters',
  wordLimit: 'You can enter up to {max} words',
  charsLeft_one: 'You have {count} character remaining',
  charsLeft_other: 'You have {count} characters remaining',
  charsOver_one: 'You have {count} character too many',
  charsOver_other: 'You have {count} characters too many',
  wordsLeft_one: 'You have {count} word remaining',
  wordsLeft_other: 'You have {count} words remaining',
  wordsOver_one: 'You have {count} word too many',
  wordsOver_other: 'You have {count} words too many',
});

type TextareaStrings = typeof textareaStrings;
declare module '../../core/strings.js' {
  interface Strings extends TextareaStrings {}
}
