import { defineStrings } from '../../core/strings.js';

/** The words of `<cp-language-switch>`: only its group's name, since each language is named in itself. */
export const languageSwitchStrings = defineStrings({
  languageSwitchLabel: 'Language',
});

type LanguageSwitchStrings = typeof languageSwitchStrings;
declare module '../../core/strings.js' {
  interface Strings extends LanguageSwitchStrings {}
}
