import { CpRating } from './rating.js';

CpRating.define('cp-rating');
export { CpRating };
declare global {
  interface HTMLElementTagNameMap {
    'cp-rating': CpRating;
  }
}
