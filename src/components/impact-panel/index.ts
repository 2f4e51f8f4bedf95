import { CpImpactPanel } from './impact-panel.js';

CpImpactPanel.define('cp-impact-panel');
export { CpImpactPanel };
export type * from '../../contract/impact.js';
declare global {
  interface HTMLElementTagNameMap {
    'cp-impact-panel': CpImpactPanel;
  }
}
