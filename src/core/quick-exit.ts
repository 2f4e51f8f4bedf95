import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CpElement } from './base-element.js';
import type { StringKey } from './strings.js';

/** Leaves the page at once, without adding it to the history. Tests replace `go`. */
export const quickExit = { go: (url: string) => location.replace(url) };

/** A widget with an "Exit this page" bar: `exit-url` turns it on. */
type ExitHost = ReactiveControllerHost & HTMLElement & { exitUrl?: string; renderRoot: HTMLElement | DocumentFragment };

/**
 * The "Exit this page" bar of `<cp-feedback-form>`, `<cp-consent-flow>` and `<cp-consent-withdraw>`.
 * Pressing Shift three times within 5 seconds leaves the page, as the GOV.UK "Exit this page"
 * component does. Any other key starts the count again.
 */
export class QuickExitController implements ReactiveController {
  private presses: number[] = [];
  private bar?: Element | null;
  private resize?: ResizeObserver;
  private sheet?: CSSStyleSheet;

  constructor(private host: ExitHost) {
    host.addController(this);
  }

  // The bar is sticky: everything scrolled into view (focus included) keeps clear of it, by its
  // height plus a gap for the focus ring (--cp-sticky-top, read by the shared styles).
  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector('.exit');
    if (bar === this.bar) return;
    this.resize?.disconnect();
    this.bar = bar;
    if (bar) (this.resize ??= new ResizeObserver(() => this.reserve())).observe(bar);
    this.reserve();
  }

  private reserve(): void {
    const height = this.bar?.isConnected ? this.bar.getBoundingClientRect().height : 0;
    const value = height ? `calc(${height}px + var(--cp-space-2))` : '';
    const root = this.host.shadowRoot;
    // A sheet of the widget's own, to leave the page's `style` attribute alone; browsers without
    // constructable style sheets get the inline style.
    if (root && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(value ? `:host { --cp-sticky-top: ${value}; }` : '');
    } else if (value) this.host.style.setProperty('--cp-sticky-top', value);
    else this.host.style.removeProperty('--cp-sticky-top');
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKey, true);
  }
  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKey, true);
    this.resize?.disconnect();
    this.bar = undefined;
  }

  /** Leaves for `exit-url`, when the page set one. */
  exit = (): void => {
    if (this.host.exitUrl) quickExit.go(this.host.exitUrl);
  };

  private onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Shift') this.presses = [];
    else if (!e.repeat) {
      const now = e.timeStamp;
      this.presses = [...this.presses.filter((t) => now - t < 5000), now];
      if (this.presses.length > 2) {
        this.presses = [];
        this.exit();
      }
    }
  };
}

/** The bar: always in reach while the widget scrolls by, as the GOV.UK "Exit this page" button is. */
export const quickExitStyles = css`
  .exit {
    position: sticky;
    top: 0;
    z-index: 1;
    padding-block-start: var(--cp-space-2);
    background: var(--cp-color-surface);
  }
  .exit cp-button {
    margin-block-end: var(--cp-space-2);
  }
  .exit-hint {
    margin: 0 0 var(--cp-space-4);
    color: var(--cp-color-text-muted);
  }
`;

/**
 * The "Exit this page" button in its sticky bar, and the hint about Shift, when the widget has an
 * `exit-url`. The widget imports `../button/index.js` and adds `quickExitStyles`. The words are
 * the widget's keys: the feedback form keeps `feedbackFormExit` (so existing rewordings still
 * work), the consent widgets use `quickExit` (quick-exit.strings.ts, through consent-helpers.ts).
 */
export function renderQuickExit(
  host: CpElement & { exitUrl?: string },
  controller: QuickExitController,
  button: StringKey,
  hint: StringKey,
): TemplateResult | typeof nothing {
  if (!host.exitUrl) return nothing;
  return html`<div class="exit">
      <cp-button variant="warning" type="button" @click=${controller.exit}>${host.tl(button)}</cp-button>
    </div>
    <p class="hint exit-hint">${host.tl(hint)}</p>`;
}
