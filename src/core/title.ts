import type { ReactiveController } from 'lit';
import type { CpElement } from './base-element.js';
import './title.strings.js';

/**
 * The attribute that leaves the page's `<title>` alone, for pages that manage it themselves.
 * It counts on the widget or on any element around it (such as `<cp-provider>`), across shadow roots.
 */
export const KEEP_TITLE = 'keep-title';

const keepsTitle = (host: Element): boolean => {
  for (let n: Node | null = host; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && n.hasAttribute(KEEP_TITLE)) return true;
  }
  return false;
};

/** Every widget that wants something in the title now. */
const claims = new Set<PageTitleController>();
let order = 0;
/** The page's own title, and the title this module last wrote. */
let base = '';
let written: string | undefined;

/**
 * Writes the title: the latest view ("Question 2 of 5 – Lunch club"), with "Error: " before it
 * when any error summary shows errors, as GOV.UK does. With nothing to say, gives the page its
 * own title back. A title the page set in the meantime becomes the new own title.
 */
function apply(): void {
  if (document.title !== written) base = document.title;
  const latest = (pick: (c: PageTitleController) => boolean) =>
    [...claims]
      .filter(pick)
      .sort((a, b) => a.at - b.at)
      .at(-1);
  const view = latest((c) => !!c.view);
  const error = latest((c) => c.error);
  let title = base;
  if (view) title = view.host.t('titleView', { view: view.view!, title });
  if (error) title = error.host.t('titleError', { title });
  if (!view && !error) {
    if (written !== undefined && document.title === written) document.title = base;
    written = undefined;
    return;
  }
  document.title = written = title;
}

/**
 * Puts a widget's state in the page title, through one shared place, so several widgets on a
 * page never undo each other. Screen reader users hear the title when a page changes; an
 * embedded step, thank-you page or error is a page change to them.
 */
export class PageTitleController implements ReactiveController {
  /** What this widget shows now, such as "Step 2 of 5: Payment", or nothing. */
  view?: string;
  /** Whether this widget shows errors. */
  error = false;
  at = 0;

  constructor(readonly host: CpElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.view || this.error) this.commit();
  }
  hostDisconnected(): void {
    if (claims.delete(this)) apply();
  }

  /** Names the view in the title. `undefined` leaves the title to the page again. */
  setView(view: string | undefined): void {
    if (view === this.view) return;
    this.view = view;
    this.commit();
  }

  /** Puts "Error: " before the title while `on`. */
  setError(on: boolean): void {
    if (on === this.error) return;
    this.error = on;
    this.commit();
  }

  private commit(): void {
    const was = claims.has(this);
    if ((this.view || this.error) && this.host.isConnected && !keepsTitle(this.host)) {
      claims.add(this);
      this.at = ++order;
    } else {
      claims.delete(this);
      if (!was) return;
    }
    apply();
  }
}
