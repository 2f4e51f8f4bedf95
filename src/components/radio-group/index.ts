import { CpRadioGroup } from './radio-group.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-radio-group')) customElements.define('cp-radio-group', CpRadioGroup);
export { CpRadioGroup };
declare global {
  interface HTMLElementTagNameMap {
    'cp-radio-group': CpRadioGroup;
  }
}
