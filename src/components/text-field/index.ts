import { CpTextField } from './text-field.js';

CpTextField.define('cp-text-field');
export { CpTextField };
declare global {
  interface HTMLElementTagNameMap {
    'cp-text-field': CpTextField;
  }
}
