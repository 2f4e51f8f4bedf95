import { CpButton } from './button.js';

CpButton.define('cp-button');
export { CpButton };
declare global {
  interface HTMLElementTagNameMap {
    'cp-button': CpButton;
  }
}
