import { CpCheckboxGroup } from './checkbox-group.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-checkbox-group')) customElements.define('cp-checkbox-group', CpCheckboxGroup);
export { CpCheckboxGroup };
declare global {
  interface HTMLElementTagNameMap {
    'cp-checkbox-group': CpCheckboxGroup;
  }
}
