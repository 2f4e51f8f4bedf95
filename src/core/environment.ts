import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent, kitContext, type KitConfig, type Theme } from './context.js';
import { language } from './language.js';
import { ensureLocale, redraw } from './strings.js';
import { tokenStyles } from '../tokens/generated/tokens.styles.js';

type Host = ReactiveControllerHost & HTMLElement & { theme?: Theme };

/** The nearest ancestor's attribute, looking out through shadow roots. */
export function closestAttribute(start: Element, name: string): string | null {
  let el: Element | null = start;
  while (el) {
    const hit = el.closest(`[${name}]`);
    if (hit) return hit.getAttribute(name);
    el = (el.getRootNode() as ShadowRoot).host ?? null;
  }
  return null;
}

const connected = new Set<EnvironmentController>();
const media = (q: string) => matchMedia(`(${q})`);
const dark = media('prefers-color-scheme: dark');
const more = media('prefers-contrast: more');
const refresh = () => connected.forEach((c) => c.read());
dark.addEventListener('change', refresh);
more.addEventListener('change', refresh);
language.changed = refresh;
redraw.all = () => connected.forEach((c) => c.host.requestUpdate());
// A provider that connects after the components (its element defined later) announces itself;
// every component asks again, so each finds its nearest provider. Capture, so a provider of
// another library that stops the announcement on its way out cannot hide it.
document.addEventListener(
  'context-provider',
  (e) => e.context === kitContext && connected.forEach((c) => c.request()),
  true,
);
let observer: MutationObserver | undefined;

/**
 * Works out the language, direction and theme a component should use: the language the person
 * chose with a language switch first, then `<cp-provider>`, then the nearest ancestor's `lang`,
 * `dir` and `data-cp-theme`. One observer for the whole page keeps every component in step when
 * the page changes those attributes. A chosen language is also set on the component as `lang`
 * and `dir` (choose-language.ts), so screen readers and `:lang()` styles follow it.
 */
export class EnvironmentController implements ReactiveController {
  config: KitConfig = {};
  lang = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** The theme in use: never `auto`, which is resolved from the device's settings. */
  theme: Exclude<Theme, 'auto'> = 'light';

  /** Stops the current provider's updates; set while subscribed. */
  private unsubscribe?: () => void;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  /** One callback per component, so a provider holds it once however often it asks. */
  private receive = (config: KitConfig | undefined, unsubscribe?: () => void) => {
    this.config = config ?? {};
    this.unsubscribe = unsubscribe;
    this.read();
  };

  /** Asks the nearest provider for its settings and changes to them, leaving any earlier one. */
  request(): void {
    this.unsubscribe?.();
    this.host.dispatchEvent(new ContextEvent(kitContext, this.receive, true));
  }

  hostConnected(): void {
    // Every component adopts the design tokens (hostStyles). One inside another's shadow root (a
    // form's fields and buttons) drops them and inherits the widget's instead, so a theme or a
    // token set on the widget reaches it; its host no longer sets every token again either.
    const { host } = this;
    const root = host.shadowRoot;
    if (root && (host.getRootNode() as { host?: { env?: unknown } }).host?.env instanceof EnvironmentController)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== tokenStyles.styleSheet);
    this.request();
    connected.add(this);
    observer ??= new MutationObserver(refresh);
    if (connected.size === 1) {
      observer.observe(document.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['lang', 'dir', 'data-cp-theme'],
      });
    }
    this.read();
  }

  hostDisconnected(): void {
    // A provider answers again on reconnect; one left behind must not keep its settings here.
    this.unsubscribe?.();
    this.config = {};
    connected.delete(this);
    if (!connected.size) observer?.disconnect();
  }

  read(): void {
    const { host, config } = this;
    const { chosen } = language;
    language.mark?.(host, chosen);
    const lang = chosen || config.locale || closestAttribute(host, 'lang') || 'en';
    const dir = closestAttribute(host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    let theme = (host.theme || config.theme || closestAttribute(host, 'data-cp-theme') || 'auto') as Theme;
    // `auto` follows the device: more contrast first, then dark mode.
    if (theme === 'auto') theme = more.matches ? 'high-contrast' : dark.matches ? 'dark' : 'light';
    if (lang !== this.lang || dir !== this.dir || theme !== this.theme) {
      if (lang !== this.lang) void ensureLocale(lang)?.then(() => host.requestUpdate());
      Object.assign(this, { lang, dir, theme });
      host.requestUpdate();
    }
  }
}
