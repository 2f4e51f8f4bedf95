import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { CpElement } from './base-element.js';
import { localiser } from './localise.js';
import { check, type Schema, type SchemaError } from './schema.js';
import './data-controller.strings.js';

export type LoadState = 'empty' | 'loading' | 'ready' | 'failed' | 'invalid';

/** A widget that takes data: a `data` property, a `src` URL, or an inline JSON child. */
export type DataHost = CpElement & { data?: unknown; src?: string };

export interface DataOptions {
  /** The published schema the data must meet. */
  schema: Schema;
  /**
   * The name of an array whose bad entries are left out (and reported) while the rest still
   * show, such as `items` or `contributors`. Problems anywhere else make the whole data invalid.
   */
  partial?: string;
  /** The schema that says which fields are words to translate, when it differs from `schema`. */
  texts?: Schema;
}

/**
 * The one loader every data-driven widget uses. It takes, in order of preference, the `data`
 * property, the JSON at the `src` URL, or a `<script type="application/json">` child; checks
 * it against the widget's schema; and reports every problem to the console, naming the field.
 */
export class DataController<T> implements ReactiveController {
  state: LoadState = 'empty';
  /** The checked data, as given (any bilingual words still in all their languages). */
  raw?: T;
  /** Problems found in the last data, whether or not it could still be shown. */
  errors: SchemaError[] = [];
  private seen?: unknown;
  private abort?: AbortController;
  /** Set by "Try again": once the load ends, focus goes to what loaded, or back to "Try again". */
  private refocus = false;

  /** The checked data with its words in the widget's language (see `localise`). */
  get value(): T | undefined {
    return this.localised(this.raw, this.host.env.lang);
  }
  private readonly localised: (raw: T | undefined, lang: string) => T | undefined;

  constructor(
    private host: DataHost,
    private options: DataOptions,
  ) {
    host.addController(this);
    this.localised = localiser<T>(options.texts ?? options.schema);
  }

  hostConnected(): void {
    this.sync();
  }
  hostUpdate(): void {
    this.sync();
  }
  hostDisconnected(): void {
    this.abort?.abort();
    this.seen = undefined;
  }

  /** Loads `src` again (the Retry button). */
  reload(): void {
    this.seen = undefined;
    this.sync();
    this.host.requestUpdate();
  }

  // The button the person pressed is replaced by "Loading…" and then by the content, which
  // would drop focus to <body>. Keep it on the message, then move it to the result.
  private retry = async (): Promise<void> => {
    this.refocus = true;
    this.reload();
    await this.host.updateComplete;
    if (this.state === 'loading') this.focus('.state');
  };

  /** After a retried load: the loaded content's first heading, or "Try again" when it failed again. */
  private async settleFocus(): Promise<void> {
    this.refocus = false;
    await this.host.updateComplete;
    if (this.state === 'ready') this.focus('h1, h2, h3, h4, h5, h6, [role="heading"]');
    else if (!this.focus('button.retry')) this.focus('.state');
  }

  private focus(selector: string): boolean {
    const el = this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return false;
    if (!el.matches('button, [tabindex]')) {
      // Focusable by script only, and only until focus leaves, as GOV.UK does for headings.
      el.tabIndex = -1;
      el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
    }
    el.focus();
    return true;
  }

  private sync(): void {
    const { data, src } = this.host;
    if (data !== undefined) {
      if (data !== this.seen) {
        // The property wins: a load still under way for `src` must not replace it.
        this.abort?.abort();
        this.accept((this.seen = data), 'the data property');
      }
    } else if (src) {
      if (src !== this.seen) void this.load((this.seen = src));
    } else {
      const text = this.host.querySelector(':scope > script[type="application/json"]')?.textContent;
      if (text != null && text !== this.seen) {
        this.seen = text;
        try {
          this.accept(JSON.parse(text), 'the inline JSON');
        } catch (e) {
          this.fail(
            'invalid',
            [{ path: '(root)', message: `is not valid JSON (${(e as Error).message})` }],
            'the inline JSON',
          );
        }
      }
    }
  }

  private async load(src: string): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const response = await fetch(src, {
        signal: abort.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json: unknown = await response.json();
      if (!abort.signal.aborted) this.accept(json, src);
    } catch (e) {
      if (abort.signal.aborted) return;
      // A response that is not JSON is bad content, which trying again cannot fix.
      const bad = e instanceof SyntaxError;
      this.fail(
        bad ? 'invalid' : 'failed',
        [{ path: '(root)', message: `${bad ? 'is not valid JSON' : 'could not be loaded'} (${(e as Error).message})` }],
        src,
      );
    }
    this.host.requestUpdate();
    if (this.refocus) void this.settleFocus();
  }

  private accept(data: unknown, source: string): void {
    const errors = check(this.options.schema, data);
    const { partial } = this.options;
    const list = partial && (data as Record<string, unknown> | null)?.[partial];
    if (errors.length && Array.isArray(list)) {
      // Leave out only the entries with problems, so one bad entry never hides the rest.
      const bad = new Set<number>();
      const elsewhere = errors.filter((e) => {
        const m = e.path.match(new RegExp(`^${partial}\\[(\\d+)\\]`));
        if (m) bad.add(Number(m[1]));
        return !m;
      });
      if (!elsewhere.length) {
        // Name each left-out entry by its id too, so the page author can find it.
        const named = errors.map((e) => {
          const id = (list[Number(e.path.match(/\[(\d+)\]/)?.[1])] as { id?: unknown } | null)?.id;
          return typeof id === 'string' ? { ...e, message: `${e.message} (the entry with id "${id}")` } : e;
        });
        this.report(named, source, 'warn');
        this.errors = errors;
        this.state = 'ready';
        this.raw = { ...(data as object), [partial as string]: list.filter((_, i) => !bad.has(i)) } as T;
        return;
      }
    }
    if (errors.length) return this.fail('invalid', errors, source);
    this.errors = [];
    this.state = 'ready';
    this.raw = data as T;
  }

  private fail(state: LoadState, errors: SchemaError[], source: string): void {
    this.state = state;
    this.errors = errors;
    this.raw = undefined;
    this.report(errors, source, 'error');
  }

  private report(errors: SchemaError[], source: string, level: 'warn' | 'error'): void {
    const what = level === 'warn' ? 'entries with problems were left out' : 'nothing could be shown';
    console[level](
      `<${this.host.localName}>: ${what}. Problems in ${source}:\n` +
        errors.map((e) => `  ${e.path}: ${e.message}`).join('\n'),
    );
  }

  /** The loading, failed and invalid states, or the widget's own rendering when ready. */
  render(ready: (value: T) => TemplateResult): TemplateResult {
    const { host } = this;
    switch (this.state) {
      case 'ready':
        return ready(this.value as T);
      case 'loading':
        return html`<p class="state" role="status" tabindex=${this.refocus ? '-1' : nothing}>${host.tl('loading')}</p>`;
      case 'failed':
      case 'invalid': {
        // Content fetched from `src` can be put right at the other end (or was a Wi-Fi login
        // page): offer to load it again. Data given by the page itself cannot change on a retry.
        const retry = this.state === 'failed' || (host.src && host.data === undefined);
        return html`<div class="state" role="alert">
          <p>${host.tl(this.state === 'failed' ? 'loadFailed' : 'invalidData')}</p>
          ${retry ? html`<button class="retry" type="button" @click=${this.retry}>${host.tl('retry')}</button>` : ''}
        </div>`;
      }
      default:
        return html``;
    }
  }
}
