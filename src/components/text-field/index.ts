import { CpTextField } from './text-field.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-text-field')) customElements.define('cp-text-field', CpTextField);
export { CpTextField };
declare global {
  interface HTMLElementTagNameMap {
    'cp-text-field': CpTextField;
  }
}
