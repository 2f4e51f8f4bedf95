import { CpImpactPanel } from './impact-panel.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-impact-panel')) customElements.define('cp-impact-panel', CpImpactPanel);
export { CpImpactPanel };
export { impactStrings } from './impact-panel.strings.js';
export type * from '../../contract/impact.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-impact-panel': CpImpactPanel;
  }
}
