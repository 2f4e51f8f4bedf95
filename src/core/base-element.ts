import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { EnvironmentController } from './environment.js';
import { primary } from '../contract/text.js';
import { fallbackLang } from './localise.js';
import {
  fill,
  format,
  hiddenParts,
  isFallback,
  lookup,
  stringsFor,
  stringsVersion,
  type StringKey,
  type Strings,
} from './strings.js';
import type { Theme } from './context.js';
import { VERSION } from './version.js';
import { defineOnce } from './define.js';
// The shared words' keys in `Strings` (declared there), for every element's published types.
export type {} from './shared-strings.js';

/**
 * Detail types of every `cp-` event: the one place an event is declared. `emit()` and
 * `addEventListener` are typed from it. Widgets add their own events with declaration merging.
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

/** Every `cp-` event as listeners see it: a `CustomEvent` carrying its `CpEventDetails` entry. */
export type CpEventMap = { [K in keyof CpEventDetails]: CustomEvent<CpEventDetails[K]> };

// One map for `emit()` and `addEventListener`: an event declared in CpEventDetails is typed in both.
declare global {
  interface HTMLElementEventMap extends CpEventMap {}
}
const cpEvent = (name: string, detail: unknown, cancelable: boolean) =>
  new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });

/**
 * The base of every kit component: language, direction and theme from the page or
 * `<cp-provider>`, translatable strings, and typed events.
 * @cssprop --cp-color-brand - The organisation's main colour, used for primary buttons and selected options.
 * @cssprop --cp-color-brand-text - Text on the brand colour. Worked out from the brand colour when not set.
 * @cssprop --cp-font-family - The font for all text.
 *
 * @a11y-criterion 1.4.3 | Text and background colours come from the kit's tokens, and each widget paints its own surface; the contrast tests check every declared text pair in every theme.
 * @a11y-criterion 1.4.6 | Every text pair is at least 7:1 in light, dark and high contrast (contrast-pairs check), and axe's enhanced-contrast rule passes on every story in every theme.
 * @a11y-criterion 1.4.10 | Layouts wrap and use logical properties; the stories at 320 CSS px are checked with axe.
 * @a11y-criterion 1.4.11 | Control edges and focus indicators come from tokens checked at 3:1 against their background in every theme.
 * @a11y-criterion 2.3.3 | Nothing moves under `prefers-reduced-motion`.
 * @a11y-criterion 2.4.7 | Every focusable part shows the kit's focus indicator: a 2px dark ring and a 3px yellow ring, with GOV.UK's yellow fill on buttons and links.
 * @a11y-criterion 2.4.13 | The focus indicator is at least 2 CSS px thick with 3:1 against the unfocused state and the background; a test compares focused and unfocused styles of every control in light, dark, high contrast and forced colours.
 * @a11y-criterion 2.5.5 | Every target is at least 44 by 44 CSS px, measured on every story; links inside a sentence are exempt as inline.
 */
export class CpElement extends LitElement {
  static override properties = {
    strings: { type: Object },
    theme: { reflect: true },
  };

  /** The kit's version, to tell two copies of the kit on one page apart. */
  static readonly version: string = VERSION;

  /**
   * The English words this element adds to the kit (its own keys, each starting with its tag's
   * name: `feedbackForm…`), to list, reword or translate: `CpFeedbackForm.strings`, or
   * `customElements.get('cp-feedback-form').strings` on a page with the script tag. Undefined on
   * an element that shows only the words every widget shares (see docs/translating.md): declared
   * here, not set, so the base class every page loads carries no bytes for it.
   */
  declare static readonly strings?: Readonly<Record<string, string>>;

  /** Registers the component as `tag`, once (see `defineOnce`). */
  static define(tag: string): void {
    defineOnce(tag, this);
  }

  /** Overrides for any built-in string of this component. */
  declare strings?: Partial<Strings>;
  /** Forces a theme for this component: `light`, `dark`, `high-contrast` or `auto` (follows the device). */
  declare theme?: Theme;

  protected readonly internals = this.attachInternals();
  /** Language, direction, theme and provider settings, as this component sees them. */
  readonly env = new EnvironmentController(this);

  /** A built-in string, after the component's, the provider's and the page language's overrides. */
  t(key: StringKey, vars?: Record<string, string | number>): string {
    return format(this.layers(), this.env.lang, key, vars);
  }

  /** The last layers and what they were built from: a render asks for many strings at once. */
  private layered?: [object[], ...unknown[]];

  private layers(): object[] {
    const { lang, config } = this.env;
    const from = [this.strings, config.strings, lang, stringsVersion];
    if (!this.layered || from.some((v, i) => v !== this.layered![i + 1]))
      this.layered = [[this.strings ?? {}, config.strings ?? {}, ...stringsFor(lang)], ...from];
    return this.layered[0];
  }

  /** `'en'` when a built-in string fell back to English inside another language, for a `lang` attribute. */
  langOf(key: StringKey, vars?: Record<string, string | number>): 'en' | undefined {
    const { lang } = this.env;
    return isFallback(lookup(this.layers(), lang, key, vars?.count)?.layer, lang) ? 'en' : undefined;
  }

  /**
   * A built-in string for a template: English fallback text is wrapped in `<span lang="en">`
   * (with filled-in values kept in the page's language), and `[bracketed]` parts are visually
   * hidden but read out. Use `t()` where only plain text will do (attributes, properties).
   */
  tl(key: StringKey, vars: Record<string, string | number> = {}): TemplateResult {
    const { lang } = this.env;
    const found = lookup(this.layers(), lang, key, vars.count);
    if (!found) return html`${key}`;
    const english = isFallback(found.layer, lang);
    const parts = hiddenParts(found.text).map((part, i) => {
      const pieces = fill(part, vars, lang, (v) => ({ v }));
      const filled = english
        ? pieces.map((p, j) => {
            if (typeof p !== 'string') return html`<span lang=${lang}>${p.v}</span>`;
            // Chrome leaves a text node of only spaces out of accessible names: move it into the value.
            const next = pieces[j + 1];
            return next && typeof next !== 'string' && !p.trim() ? ((next.v = p + next.v), '') : p;
          })
        : pieces.map((p) => (typeof p === 'string' ? p : p.v)).join('');
      return i % 2 ? html`<span class="vh">${filled}</span>` : filled;
    });
    return english ? html`<span lang="en">${parts}</span>` : html`${parts}`;
  }

  /**
   * The language of words from the widget's data when it is not the widget's own (the definition
   * did not give this language, so its first language is shown): for a `lang` attribute.
   */
  langFor(words: string | undefined): string | undefined {
    const lang = fallbackLang.get(words!);
    return lang && primary(lang) !== primary(this.env.lang) ? lang : undefined;
  }

  /** Words from the widget's data for a template, in `<span lang>` when they are in another language (see `langFor`). */
  say(words: string | undefined): TemplateResult | string {
    const lang = this.langFor(words);
    return lang ? html`<span lang=${lang}>${words}</span>` : (words ?? '');
  }

  /**
   * Moves focus, once the next render is done, to the first element that matches one of
   * `selectors` in order (waiting for that element's own render when it is a kit component).
   * Resolves to whether something took focus. Public so the kit's controllers (SubmitController,
   * the consent look-up) can move focus on their host's behalf.
   */
  async focusAfterUpdate(...selectors: string[]): Promise<boolean> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(selector);
      if (!el) continue;
      if (el.updateComplete) await el.updateComplete;
      el.focus();
      return true;
    }
    return false;
  }

  /** Fires a bubbling, composed `cp-` event. Returns false when a listener called `preventDefault()`. */
  protected emit<K extends keyof CpEventDetails>(name: K, detail: CpEventDetails[K], cancelable = false): boolean {
    return this.dispatchEvent(cpEvent(name, detail, cancelable));
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
