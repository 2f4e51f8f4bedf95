import { createContext } from '@lit/context';
import type { Strings } from './strings.js';

export type Theme = 'auto' | 'light' | 'dark' | 'high-contrast';

/** What `<cp-provider>` hands to every kit component inside it. */
export interface KitConfig {
  /** Where widgets send submissions. */
  endpoint?: string;
  /** A BCP 47 language tag that overrides the page's `lang`. */
  locale?: string;
  /** String overrides, for every component inside the provider. */
  strings?: Partial<Strings>;
  theme?: Theme;
}

export const kitContext = createContext<KitConfig>(Symbol.for('coproduce-kit/config'));
