import { CpButton } from './button.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-button')) customElements.define('cp-button', CpButton);
export { CpButton };
declare global {
  interface HTMLElementTagNameMap {
    'cp-button': CpButton;
  }
}
