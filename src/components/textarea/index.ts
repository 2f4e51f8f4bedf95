import { CpTextarea } from './textarea.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-textarea')) customElements.define('cp-textarea', CpTextarea);
export { CpTextarea };
declare global {
  interface HTMLElementTagNameMap {
    'cp-textarea': CpTextarea;
  }
}
