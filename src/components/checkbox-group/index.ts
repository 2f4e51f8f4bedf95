import { CpCheckboxGroup } from './checkbox-group.js';

CpCheckboxGroup.define('cp-checkbox-group');
export { CpCheckboxGroup };
declare global {
  interface HTMLElementTagNameMap {
    'cp-checkbox-group': CpCheckboxGroup;
  }
}
