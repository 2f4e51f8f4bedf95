import { defineStrings } from '../../core/strings.js';

/** The English words of `<cp-textarea>`: its limit, the count as the person types, and the error when the answer is too long. */
export const textareaStrings = defineStrings({
  textareaTooLongChars: '“{label}” must be {max} characters or fewer',
  textareaTooLongWords: '“{label}” must be {max} words or fewer',
  textareaCharLimit: 'You can enter up to {max} characters',
  textareaWordLimit: 'You can enter up to {max} words',
  textareaCharsLeft_one: 'You have {count} character remaining',
  textareaCharsLeft_other: 'You have {count} characters remaining',
  textareaCharsOver_one: 'You have {count} character too many',
  textareaCharsOver_other: 'You have {count} characters too many',
  textareaWordsLeft_one: 'You have {count} word remaining',
  textareaWordsLeft_other: 'You have {count} words remaining',
  textareaWordsOver_one: 'You have {count} word too many',
  textareaWordsOver_other: 'You have {count} words too many',
});

type TextareaStrings = typeof textareaStrings;
declare module '../../core/strings.js' {
  interface Strings extends TextareaStrings {}
}
