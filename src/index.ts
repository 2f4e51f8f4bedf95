// Registers every component. The provider comes first so components inside it find it at once.
export * from './components/provider/index.js';
export * from './components/button/index.js';
export * from './components/text-field/index.js';
export * from './components/textarea/index.js';
export * from './components/radio-group/index.js';
export * from './components/checkbox-group/index.js';
export * from './components/rating/index.js';
export * from './components/error-summary/index.js';
export * from './components/page-feedback/index.js';
export * from './components/feedback-form/index.js';
export * from './components/impact-panel/index.js';
export * from './components/credits/index.js';
export * from './components/consent/consent-flow.index.js';
export * from './components/consent/consent-withdraw.index.js';
// The language switch loads the first time a widget shows one (src/core/language-switch-slot.ts);
// import 'coproduce-kit/language-switch.js' to place one on its own.
export type { CpLanguageSwitch } from './components/language-switch/index.js';

export { CpElement, type CpEventDetails } from './core/base-element.js';
export { FormControl, type Problem } from './core/form-control.js';
export { ChoiceGroup, type ChoiceOption } from './core/choice-group.js';
export { DataController, type DataOptions, type LoadState } from './core/data-controller.js';
export { check, type Schema, type SchemaError } from './core/schema.js';
export {
  registerStrings,
  registerLocale,
  setLocaleLoader,
  defineStrings,
  en as defaultStrings,
  type Strings,
  type LocaleModule,
} from './core/strings.js';
export { chosenLanguage } from './core/language.js';
export { chooseLanguage, isRtl } from './core/choose-language.js';
export { shippedLocales } from './locales/shipped.js';
export { pickText, textOf, type Text } from './contract/text.js';
export { kitContext, type KitConfig, type Theme } from './core/context.js';
export { tokenStyles } from './tokens/generated/tokens.styles.js';
