import { CpLanguageSwitch, autonym } from './language-switch.js';

CpLanguageSwitch.define('cp-language-switch');
export { CpLanguageSwitch, autonym };
declare global {
  interface HTMLElementTagNameMap {
    'cp-language-switch': CpLanguageSwitch;
  }
}
