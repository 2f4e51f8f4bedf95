import { CpLanguageSwitch, autonym } from './language-switch.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-language-switch')) customElements.define('cp-language-switch', CpLanguageSwitch);
export { CpLanguageSwitch, autonym };
declare global {
  interface HTMLElementTagNameMap {
    'cp-language-switch': CpLanguageSwitch;
  }
}
