// <cpa-app>: the back office's frame. A skip link, the header (service name, navigation for the
// person's role, who is signed in, sign out), <main> with the current view, and one polite live
// region. History routing (router.ts): views load on demand, receive api/staff/params/query, and
// after each navigation focus moves to the view's <h1> and the page title names the view.
import { css, html, LitElement, nothing } from 'lit';
import { Api, ApiError, can, type Staff } from './api.js';
import { BASE, href, navigate, parseRoute, type Route } from './router.js';
import { adminStyles } from './styles.js';
import { findHeading } from './parts/page-header.js';
import { notice, noticeStyles } from './parts/notice.js';
import './parts/announce.js';

type ViewElement = HTMLElement & {
  api?: Api;
  staff?: Staff;
  params?: string[];
  query?: URLSearchParams;
  updateComplete?: Promise<unknown>;
};

/** Each view: its module (loaded when first needed), its title, and who may open it. */
const loaders = import.meta.glob('./views/*-view.ts');
const VIEWS: Record<string, { file: string; title: string; role?: Staff['role']; public?: boolean }> = {
  '': { file: 'overview', title: 'Overview' },
  'sign-in': { file: 'sign-in', title: 'Sign in', public: true },
  results: { file: 'results', title: 'Results' },
  responses: { file: 'responses', title: 'Responses' },
  consent: { file: 'consent', title: 'Consent' },
  credits: { file: 'credits', title: 'Credits' },
  impact: { file: 'impact', title: 'You said, we did' },
  forms: { file: 'forms', title: 'Forms' },
  staff: { file: 'staff', title: 'Staff', role: 'admin' },
  audit: { file: 'audit', title: 'Audit log', role: 'admin' },
};

/** The main navigation: what each role can open from anywhere. */
const NAV: { view: string; label: string; role: Staff['role'] }[] = [
  { view: '', label: 'Overview', role: 'viewer' },
  { view: 'forms', label: 'Forms', role: 'viewer' },
  { view: 'staff', label: 'Staff', role: 'admin' },
  { view: 'audit', label: 'Audit log', role: 'admin' },
];

declare global {
  interface HTMLElementEventMap {
    /** A view names itself more exactly than the shell can ("Results: Food survey"). */
    'cpa-title': CustomEvent<{ title: string }>;
    /** The sign-in view signed someone in. */
    'cpa-signed-in': CustomEvent<{ staff: Staff; next?: string }>;
  }
}

/** The frame's own styles, adopted by the document (the frame has no shadow root). */
export const shellStyles = css`
      .skip {
        position: absolute;
        inset-inline-start: var(--cp-space-2);
        inset-block-start: var(--cp-space-2);
        z-index: 10;
        padding: var(--cp-space-2) var(--cp-space-3);
        background: var(--cp-color-focus);
        color: var(--cp-color-focus-text);
        transform: translateY(-200%);
      }
      .skip:focus {
        transform: none;
      }
      header {
        background: var(--cp-color-surface-muted);
        border-block-end: var(--cp-border-thick) solid var(--cp-brand, var(--cp-color-brand-default));
      }
      .bar,
      main {
        max-inline-size: 72rem;
        margin-inline: auto;
        padding-inline: var(--cp-space-4);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-2) var(--cp-space-5);
        align-items: center;
        justify-content: space-between;
        padding-block: var(--cp-space-2);
      }
      .service {
        font-size: var(--cp-font-size-heading-s);
        font-weight: var(--cp-font-weight-bold);
        color: var(--cp-color-text);
        text-decoration: none;
        display: inline-flex;
        align-items: center;
        min-block-size: var(--cp-target-min);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--cp-space-4);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--cp-target-min);
        font-weight: var(--cp-font-weight-bold);
      }
      nav a[aria-current='page'] {
        text-decoration-thickness: 0.25em;
      }
      .who {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-1) var(--cp-space-3);
        align-items: center;
        margin: 0;
        overflow-wrap: anywhere;
      }
      main {
        padding-block: var(--cp-space-5) var(--cp-space-7);
      }
      main:focus {
        outline: none;
      }
    `;

export class CpaApp extends LitElement {
  static override properties = {
    staff: { state: true },
    route: { state: true },
    problem: { state: true },
    ready: { state: true },
  };

  declare staff?: Staff;
  declare route: Route;
  declare problem?: string;
  declare ready: boolean;

  readonly api = new Api();
  private view?: ViewElement;
  private viewKey = '';
  private liveTimer?: ReturnType<typeof setTimeout>;

  // The frame renders in the page (light DOM), so the skip link, its target <main>, the live region
  // and the header are ordinary document content: fragment links and landmarks work as usual.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  constructor() {
    super();
    this.route = parseRoute();
    this.ready = false;
    this.api.onSignedOut = () => this.signedOut('Your session has ended. Sign in again to carry on.');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const sheets = [adminStyles, noticeStyles, shellStyles]
      .map((c) => c.styleSheet)
      .filter((x): x is CSSStyleSheet => !!x);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((x) => !sheets.includes(x)), ...sheets];
    window.addEventListener('popstate', this.onLocation);
    window.addEventListener('cpa-navigate', this.onLocation);
    this.addEventListener('click', this.onClick);
    this.addEventListener('cpa-announce', (e) => this.say(e.detail.message));
    this.addEventListener('cpa-title', (e) => this.setTitle(e.detail.title));
    this.addEventListener('cpa-signed-in', (e) => this.signedIn(e.detail.staff, e.detail.next));
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onLocation);
    window.removeEventListener('cpa-navigate', this.onLocation);
  }

  /** Who is signed in? Then show the page asked for, or sign-in. */
  private async start(): Promise<void> {
    try {
      this.staff = await this.api.get<Staff>('/session');
      this.api.csrf = this.staff.csrf;
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) this.problem = (e as Error).message;
    }
    this.ready = true;
    if (!this.staff && this.route.view !== 'sign-in' && !this.problem) this.toSignIn(true);
    else await this.show(false);
  }

  private toSignIn(replace: boolean): void {
    const here = location.pathname + location.search;
    const next = here.startsWith(BASE) && !here.startsWith(`${BASE}sign-in`) ? here : undefined;
    navigate(href('sign-in', [], { next: next && next !== BASE ? next : undefined }), { replace });
  }

  private signedIn(staff: Staff, next?: string): void {
    this.staff = staff;
    this.api.csrf = staff.csrf;
    const safe = next && next.startsWith(BASE) && !next.startsWith('//') ? next : BASE;
    navigate(safe, { replace: true });
    this.say(`Signed in as ${staff.email}.`);
  }

  private signedOut(message: string): void {
    if (!this.staff && this.route.view === 'sign-in') return;
    this.staff = undefined;
    this.api.csrf = '';
    this.toSignIn(true);
    this.say(message);
  }

  private async signOut(): Promise<void> {
    try {
      await this.api.send('DELETE', '/session');
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) {
        this.say((e as Error).message);
        return;
      }
    }
    this.staff = undefined;
    this.api.csrf = '';
    navigate(href('sign-in'), { replace: false });
    this.say('You have signed out.');
  }

  private onLocation = (): void => {
    this.route = parseRoute();
    if (this.ready) {
      if (!this.staff && this.route.view !== 'sign-in') this.toSignIn(true);
      else void this.show(true);
    }
  };

  // Same-origin links to /admin/ go through the router instead of reloading the page.
  private onClick = (e: MouseEvent): void => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  };

  /** Puts the current view in <main>, reusing it when only the query changed (filters). */
  private async show(moveFocus: boolean): Promise<void> {
    const { view: name, params, query } = this.route;
    const def = VIEWS[name];
    const key = `${name}/${params.join('/')}`;
    const allowed = def && (def.public || (def.role ? can(this.staff, def.role) : true));
    this.setTitle(def ? def.title : 'Page not found');
    if (!def || !allowed) {
      this.view = undefined;
      this.viewKey = key;
      this.problem = def
        ? 'Your role cannot open this page. Ask an admin.'
        : 'There is no page at this address. Check it, or go to the overview.';
      await this.updateComplete;
      if (moveFocus) this.focusHeading();
      return;
    }
    this.problem = undefined;
    const tag = `cpa-${def.file}-view`;
    if (!customElements.get(tag)) {
      const load = loaders[`./views/${def.file}-view.ts`];
      try {
        if (!load) throw new Error('missing');
        await load();
      } catch {
        this.view = undefined;
        this.problem = 'This page could not be loaded. Reload the page and try again.';
        return;
      }
    }
    const same = this.view && this.viewKey === key && this.view.localName === tag;
    const el: ViewElement = same ? this.view! : (document.createElement(tag) as ViewElement);
    el.api = this.api;
    el.staff = this.staff;
    el.params = params;
    el.query = query;
    this.view = el;
    this.viewKey = key;
    this.requestUpdate();
    await this.updateComplete;
    await el.updateComplete;
    if (moveFocus && !same) this.focusHeading();
  }

  private focusHeading(): void {
    const h1 = this.view ? findHeading(this.view) : this.renderRoot.querySelector<HTMLElement>('main h1');
    if (h1) {
      if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      h1.focus();
    } else this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private setTitle(title: string): void {
    document.title = `${title} – Back office`;
  }

  /** One polite live region for the whole app: cleared, then filled, so repeats are read again. */
  say(message: string): void {
    const live = this.renderRoot.querySelector('#live');
    if (!live) return;
    live.textContent = '';
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => (live.textContent = message), 100);
  }

  private nav() {
    if (!this.staff) return nothing;
    const current = this.route.view;
    return html`<nav aria-label="Main">
      <ul>
        ${NAV.filter((n) => can(this.staff, n.role)).map(
          (n) =>
            html`<li><a href=${href(n.view)} id=${`nav-${n.view || 'overview'}`} aria-current=${current === n.view ? 'page' : nothing}>${n.label}</a></li>`,
        )}
      </ul>
    </nav>`;
  }

  protected override render() {
    return html`<a class="skip" href="#main">Skip to main content</a>
      <header>
        <div class="bar">
          <a class="service" href=${BASE}>Back office</a>
          ${this.nav()}
          ${
            this.staff
              ? html`<p class="who">
                <span>Signed in as <strong id="signed-in-email">${this.staff.email}</strong> (<span id="signed-in-role">${this.staff.role}</span>)</span>
                <button type="button" class="button-secondary" id="sign-out" @click=${() => this.signOut()}>Sign out</button>
              </p>`
              : nothing
          }
        </div>
      </header>
      <main id="main" tabindex="-1">
        ${
          !this.ready
            ? html`<p class="muted" role="status">Loading the back office…</p>`
            : this.problem
              ? html`<h1 id="page-heading" tabindex="-1">${VIEWS[this.route.view] && this.problem.startsWith('Your role') ? 'You cannot open this page' : 'Something is not right'}</h1>
                ${notice('error', this.problem)}
                <p><a href=${BASE}>Go to the overview</a></p>`
              : (this.view ?? nothing)
        }
      </main>
      <div id="live" class="vh" role="status" aria-live="polite" aria-atomic="true"></div>`;
  }
}

if (!customElements.get('cpa-app')) customElements.define('cpa-app', CpaApp);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-app': CpaApp;
  }
}
