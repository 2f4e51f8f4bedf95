import { VERSION } from '../../core/version.js';
import { defineOnce } from '../../core/define.js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { kitContext, providerEvent, type ContextCallback, type KitConfig, type Theme } from '../../core/context.js';
import type { Strings } from '../../core/strings.js';

/**
 * @summary Hands settings — where to send answers, language, strings and theme — to every kit component inside it.
 *
 * It adds no box of its own (`display: contents`), so it can wrap a whole page or one form.
 * Components inside read its settings before their own page's `lang`, `dir` and `data-cp-theme`.
 *
 * @slot - The kit components (and anything else) that use these settings.
 *
 * @a11y-criterion 3.2.4 | One set of strings for every component inside it, so the same action has the same words throughout a page.
 * @a11y-key (none) | Nothing: it has no interactive parts.
 * @a11y-role The element | none (`display: contents`, no box) | — | Adds nothing to the accessibility tree
 */
export class CpProvider extends LitElement {
  /** The kit's version, to tell two copies of the kit on one page apart. */
  static readonly version: string = VERSION;

  /** Registers the provider as `tag`, once (see `defineOnce`). */
  static define(tag: string): void {
    defineOnce(tag, this);
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;
  static override properties = {
    endpoint: {},
    locale: {},
    strings: { type: Object },
    theme: {},
  };

  /** The URL widgets inside send submissions to. */
  declare endpoint?: string;
  /** A language tag, such as `cy` or `ar`, used instead of the page's `lang`. */
  declare locale?: string;
  /** String overrides for every component inside, as an object or JSON. */
  declare strings?: Partial<Strings>;
  /** `light`, `dark`, `high-contrast` or `auto` for every component inside. */
  declare theme?: Theme;

  private config: KitConfig = {};
  /** Components that asked for changes, each with the function that stops them. */
  private subscribers = new Map<ContextCallback<KitConfig>, () => void>();

  constructor() {
    super();
    this.addEventListener('context-request', (e) => {
      const { callback } = e;
      if (e.context !== kitContext) return;
      // The nearest provider answers; the request goes no further.
      e.stopPropagation();
      if (e.subscribe) this.subscribers.set(callback, () => this.subscribers.delete(callback));
      callback(this.config, this.subscribers.get(callback));
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Components connected before this element was defined ask again (environment.ts).
    this.dispatchEvent(providerEvent());
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const { endpoint, locale, strings, theme } = this;
    this.config = { endpoint, locale, strings, theme };
    this.subscribers.forEach((unsubscribe, callback) => callback(this.config, unsubscribe));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
