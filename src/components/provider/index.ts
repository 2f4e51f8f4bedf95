import { CpProvider } from './provider.js';

CpProvider.define('cp-provider');
export { CpProvider };
declare global {
  interface HTMLElementTagNameMap {
    'cp-provider': CpProvider;
  }
}
