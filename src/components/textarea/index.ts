import { CpTextarea } from './textarea.js';

CpTextarea.define('cp-textarea');
export { CpTextarea };
declare global {
  interface HTMLElementTagNameMap {
    'cp-textarea': CpTextarea;
  }
}
