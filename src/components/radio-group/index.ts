import { CpRadioGroup } from './radio-group.js';

CpRadioGroup.define('cp-radio-group');
export { CpRadioGroup };
declare global {
  interface HTMLElementTagNameMap {
    'cp-radio-group': CpRadioGroup;
  }
}
