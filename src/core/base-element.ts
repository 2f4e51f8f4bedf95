import { LitElement, type PropertyValues } from 'lit';
import { EnvironmentController } from './environment.js';
import { outbox } from './outbox.js';
import { format, stringsFor, type StringKey, type Strings } from './strings.js';
import type { Theme } from './context.js';

/**
 * Detail types of every `cp-` event, so `emit()` and `addEventListener` are typed.
 * Widgets add their own events to this map with declaration merging.
 */
export interface CpEventDetails {
  'cp-error-summary': { count: number };
  /** A submission reached the server (2xx). */
  'cp-submitted': { id: string; status: 'sent' };
  /** A submission is kept on this device and will be sent when the connection comes back. */
  'cp-submit-saved': { id: string; status: 'saved' };
  /** A submission was refused (4xx) or cannot be sent from this page. */
  'cp-submit-error': { id: string; status: 'rejected' | 'unsent'; code?: number; message: string };
}

declare global {
  interface HTMLElementEventMap {
    'cp-error-summary': CustomEvent<CpEventDetails['cp-error-summary']>;
    'cp-submitted': CustomEvent<CpEventDetails['cp-submitted']>;
    'cp-submit-saved': CustomEvent<CpEventDetails['cp-submit-saved']>;
    'cp-submit-error': CustomEvent<CpEventDetails['cp-submit-error']>;
  }
}

const cpEvent = (name: string, detail: unknown, cancelable: boolean) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });

/**
 * The base of every kit component: language, direction and theme from the page or
 * `<cp-provider>`, translatable strings, and typed events.
 * @cssprop --cp-color-brand - The organisation's main colour, used for primary buttons and selected options.
 * @cssprop --cp-color-on-brand - Text on the brand colour. Worked out from the brand colour when not set.
 * @cssprop --cp-font-family - The font for all text.
 */
export class CpElement extends LitElement {
  static override properties = {
    strings: { type: Object },
    theme: { reflect: true },
  };

  /** Overrides for any built-in string of this component. */
  declare strings?: Partial<Strings>;
  /** Forces a theme for this component: `light`, `dark`, `high-contrast` or `auto` (follows the device). */
  declare theme?: Theme;

  protected readonly internals = this.attachInternals();
  /** Language, direction, theme and provider settings, as this component sees them. */
  readonly env = new EnvironmentController(this);

  /** A built-in string, after the component's, the provider's and the page language's overrides. */
  t(key: StringKey, vars?: Record<string, string | number>): string {
    const { lang, config } = this.env;
    return format(
      [this.strings ?? {}, config.strings ?? {}, ...stringsFor(lang)],
      lang,
      key,
      vars,
    );
  }

  /** Fires a bubbling, composed `cp-` event. Returns false when a listener called `preventDefault()`. */
  protected emit<K extends keyof CpEventDetails>(
    name: K,
    detail: CpEventDetails[K],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(cpEvent(name, detail, cancelable));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Any kit component on a page sends what an earlier visit could not.
    void outbox.start();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.env.read();
    const states = this.internals.states;
    for (const t of ['light', 'dark', 'high-contrast']) {
      if (t === this.env.theme) states.add(t);
      else states.delete(t);
    }
  }
}
