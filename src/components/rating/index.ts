import { CpRating } from './rating.js';

// Registered once, so loading the kit twice (say from npm and the CDN) does not throw.
if (!customElements.get('cp-rating')) customElements.define('cp-rating', CpRating);
export { CpRating };
declare global {
  interface HTMLElementTagNameMap {
    'cp-rating': CpRating;
  }
}
