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

/**
 * A context key that carries the type of its value, the same shape as `@lit/context`'s `Context`,
 * so code using that library can still read the kit's config with types.
 */
export type Context<T> = symbol & { __context__: T };

/** Called with the provider's value, and on each change while subscribed. */
export type ContextCallback<T> = (value: T, unsubscribe?: () => void) => void;

/**
 * The kit's config key. `Symbol.for` gives the same symbol to every copy of the kit on a page
 * (say a CMS plugin's copy and the site's own), so one copy's provider reaches the other's components.
 */
export const kitContext = Symbol.for('coproduce-kit/config') as Context<KitConfig>;

/** Bubbles out through shadow roots, so a provider anywhere above the component hears it. */
const outward = { bubbles: true, composed: true };

/**
 * The Context Community Protocol's request: a component asks the nearest provider of `context`
 * for its value (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md).
 */
export class ContextEvent<T> extends Event {
  constructor(
    public context: unknown,
    public callback: ContextCallback<T>,
    public subscribe?: boolean,
  ) {
    super('context-request', outward);
  }
}

/** The protocol's announcement that a provider has connected: components ask again, each finding its nearest. */
export const providerEvent = () => Object.assign(new Event('context-provider', outward), { context: kitContext });

declare global {
  interface HTMLElementEventMap {
    'context-request': ContextEvent<unknown>;
  }
  interface DocumentEventMap {
    'context-provider': Event & { context: unknown };
  }
}
