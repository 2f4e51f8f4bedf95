import { CpProvider } from './provider.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-provider')) customElements.define('cp-provider', CpProvider);
export { CpProvider };
declare global {
  interface HTMLElementTagNameMap {
    'cp-provider': CpProvider;
  }
}
