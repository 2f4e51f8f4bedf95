import { html, nothing } from 'lit';
import { formatLocale } from '../../core/locale.js';
import { CpDataElement } from '../../core/data-element.js';
import { headingLevel } from '../../core/headings.js';
import { languageSwitch } from '../../core/language-switch-slot.js';
import { DataController } from '../../core/data-controller.js';
import type { Schema } from '../../core/schema.js';
import { stringsVersion, type StringKey } from '../../core/strings.js';
import { baseStyles, fieldStyles } from '../../core/styles.js';
import schema from '../../contract/schemas/impact-panel.schema.json';
import { impactPanelStrings } from './impact-panel.strings.js';
import { impactStyles } from './impact-panel.styles.js';
import { renderItem, saidOf, showMore, updatedOf, type ItemContext, type Row } from './item.js';
import { STATUSES, statusKey } from './status.js';
import type { ImpactData as ImpactInput } from '../../contract/impact.js';
import type { ImpactData, ImpactItem, ImpactSort, ImpactStatus } from './types.js';

/** Lower case without accents, so "cafe" finds "Café". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every word of an item that a search looks in. */
function searchText(item: ImpactItem): string {
  const { quotes = [], timeline = [], links = [] } = item;
  const { youSaid, theme, source, weDid, reason, nextSteps } = item;
  const words = [
    youSaid,
    theme,
    source,
    weDid,
    reason,
    nextSteps,
    ...quotes,
    ...timeline.map((e) => e.text),
    ...links.map((l) => l.label),
  ];
  return fold(words.join(' '));
}

type Filter = 'filterTheme' | 'filterStatus' | 'search' | 'sort';

/** Stands for the words put in a sentence (`ItemContext.put`): a character no sentence has. */
const HOLE = '\u0000';

/**
 * @summary "You said, we did": what people raised, what was done, what is still under way, and what could not be done and why.
 *
 * Give it data with the `data` property, a `src` URL, or a `<script type="application/json">`
 * child (see `impact-panel.schema.json`). Items that break the schema are left out and named in
 * the console; the rest still show. People can filter by theme and status, search, and sort;
 * the number of matching items is announced politely. Quotes, timeline and links sit behind a
 * disclosure button. Printing shows the matching items in full, without the controls.
 * From a collector, items may carry `raisedBy` ("Raised by 23 people": a count of linked feedback,
 * never who), `raisedAt` (shown as "When:" without `saidOn`) and `updatedAt` ("Last updated").
 *
 * @csspart title - The heading.
 * @csspart summary - The line that counts items by status.
 * @csspart controls - The theme, status, search and sort controls.
 * @csspart count - The number of matching items (announced politely).
 * @csspart items - The list of items.
 * @csspart item - One item.
 * @cssprop --cp-color-success - The colour of the "Done" picture and edge.
 * @cssprop --cp-color-warning - The colour of the "Partly done" picture and edge.
 * @cssprop --cp-color-error - The colour of the "Not possible" picture and edge.
 *
 * @a11y-criterion 1.1.1 | Status pictures are `aria-hidden`; the status is always in words beside them.
 * @a11y-criterion 1.3.1 | The title and each item are headings; items are a list; filters are native, labelled selects and a search box.
 * @a11y-criterion 1.4.1 | Each status is words and its own shape (tick, half-filled, clock, dashed ring, question mark, crossed ring), never colour alone.
 * @a11y-criterion 3.2.2 | Changing a filter, the search or the sort filters in place and never moves focus.
 * @a11y-criterion 4.1.2 | "More about this" is a native button with `aria-expanded` and `aria-controls`.
 * @a11y-criterion 4.1.3 | The number of matching items and loading are announced politely; a failed load or unusable data is an alert.
 * @a11y-key Tab | Moves through the theme, status and sort lists, the search box, then each item's "More about this" button.
 * @a11y-key Arrow keys | Choose in a list; the items are filtered at once.
 * @a11y-key Enter or Space | On "More about this", shows or hides the quotes, timeline and links; on "Try again", loads again.
 * @a11y-role Title | heading (level 2, or `heading-level`) | — | —
 * @a11y-role Each item | heading one level below the title | "You said …" | —
 * @a11y-role Status | text, "Status:" visually hidden; the picture `aria-hidden` | — | —
 * @a11y-role "More about this" | button | "More about this", described by the item's heading | `aria-expanded`, `aria-controls`
 * @a11y-role Filters | combobox (native `<select>`) and searchbox | Their visible labels | —
 * @a11y-role Count | status (polite) | — | "Showing 3 of 10 updates"
 */
export class CpImpactPanel extends CpDataElement<ImpactInput, ImpactData> {
  static override styles = [baseStyles, fieldStyles, impactStyles];
  static override properties = {
    ...CpDataElement.properties,
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    filterTheme: { attribute: 'filter-theme' },
    filterStatus: { attribute: 'filter-status' },
    search: {},
    sort: {},
  };
  static override readonly strings = impactPanelStrings;

  /** `cards` (the default), `list`, or `compact` (leaves out theme, people, place and dates). */
  declare layout: 'cards' | 'list' | 'compact';
  /** The heading level of the title (default 2). Each item's heading is one level below. */
  declare headingLevel: number;
  /** Shows only items with this theme ('' for all). */
  declare filterTheme: string;
  /** Shows only items with this status ('' for all). */
  declare filterStatus: string;
  /** Shows only items containing these words. */
  declare search: string;
  /** `newest` (the default: most recently updated first) or `status` (done first). */
  declare sort: ImpactSort;

  override readonly loader: DataController<ImpactData> = new DataController(this, {
    schema: schema as Schema,
    partial: 'items',
  });
  private open = new Set<number>();
  private rows: Row[] = [];
  /** The rows that match the filters, in order. */
  private matched: Row[] = [];
  private value?: ImpactData;
  private raw?: ImpactData;
  private ctx?: ItemContext;
  private ctxKey: unknown[] = [];
  private printing = false;
  // Closed items render their quotes, timeline and links only when opened, or to print. The
  // update is synchronous: a page's "Print" button calls print() before any microtask runs.
  private onPrint = (e: Event): void => {
    this.printing = e.type === 'beforeprint';
    this.requestUpdate();
    this.performUpdate();
  };

  constructor() {
    super();
    this.layout = 'cards';
    this.headingLevel = 2;
    this.filterTheme = this.filterStatus = this.search = '';
    this.sort = 'newest';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  private onInput = (e: Event): void => {
    const { name, value } = e.target as HTMLInputElement;
    this[name as Filter] = value as ImpactSort;
  };

  private onClick = (e: Event): void => {
    const i = +((e.target as Element).closest<HTMLButtonElement>('.toggle')?.value ?? NaN);
    if (i >= 0) {
      if (!this.open.delete(i)) this.open.add(i);
      this.requestUpdate();
    }
  };

  protected override render() {
    return html`${languageSwitch(this.languages)}${this.loader.state === 'empty' ? this.empty() : this.loader.render((value) => this.ready(value))}`;
  }

  /**
   * Puts the matching items in the list, in order. Each item's `<li>` is made the first time it
   * is shown and then kept, so filtering, searching and sorting only move elements in and out of
   * the list; an item is made again only when its words or heading level change, and opening it
   * (or printing) only fills or empties its disclosure.
   */
  protected override updated(): void {
    const ul = this.renderRoot.querySelector('.items');
    if (!ul) return;
    const { ctx, printing } = this;
    for (const row of this.matched) {
      const open = this.open.has(row.i);
      if (row.ctx !== ctx) renderItem(ctx!, row, open, printing);
      else if (row.open !== open || row.printing !== printing) showMore(ctx!, row, open, printing);
      row.ctx = ctx;
      row.open = open;
      row.printing = printing;
    }
    const els = this.matched.map((row) => row.el!);
    const kids = ul.children;
    if (els.length !== kids.length || els.some((el, n) => kids[n] !== el)) {
      // Refilling the list while it is out of the page is quicker than moving items in place.
      const place = ul.nextSibling;
      const parent = ul.parentNode!;
      ul.remove();
      ul.replaceChildren(...els);
      parent.insertBefore(ul, place);
    }
  }

  private empty() {
    return html`<p class="state">${this.tl('impactPanelEmpty')}</p>`;
  }

  private ready(value: ImpactData) {
    const { lang, config } = this.env;
    const { items } = value;
    if (value !== this.value) {
      // Once per data: the date to sort by (and, at the first search, the words to search).
      this.value = value;
      // New data closes every item; the same data in another language keeps them as they were.
      if (this.loader.raw !== this.raw) this.open.clear();
      this.raw = this.loader.raw;
      this.rows = items.map((item, i) => ({ item, i, date: updatedOf(item) ?? saidOf(item) ?? '' }));
    }
    const level = headingLevel(this.headingLevel, 5);
    const key = [lang, stringsVersion, this.strings, config.strings, level];
    if (key.some((k, n) => k !== this.ctxKey[n])) {
      // A new context when the words, the language or the heading level change, so every item
      // renders again; otherwise items keep what they have. The same words and dates appear in
      // many items: each is worked out once per context.
      this.ctxKey = key;
      const memo: Record<string, string> = {};
      // A sentence with words from the data in it (a theme, a place, a date) is looked up once,
      // with a hole where the words go.
      const holes: Record<string, string[]> = {};
      // A day (YYYY-MM-DD) as it is; a moment (the collector's raisedAt, updatedAt) in local time.
      const dates = new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
      const moments = new Intl.DateTimeFormat(formatLocale(lang), { dateStyle: 'long' });
      this.ctx = {
        t: (k, vars) => (memo[k + JSON.stringify(vars)] ??= this.t(k, vars)),
        put: (k, name, value) => (holes[k] ??= this.t(k, { [name]: HOLE }).split(HOLE)).join(value),
        date: (iso) => (memo[iso] ??= isNaN(Date.parse(iso)) ? iso : (iso[10] ? moments : dates).format(new Date(iso))),
        say: (words) => this.say(words),
        level: level + 1,
      };
    }
    const c = this.ctx!;
    const count = (s: string) => items.filter((item) => item.status === s).length;
    const statuses = STATUSES.filter(count);
    const themes = [...new Set(items.map((item) => item.theme!).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, lang),
    );
    // A filter for a theme or status no longer in the data is ignored, as its list shows.
    const filterTheme = themes.includes(this.filterTheme) ? this.filterTheme : '';
    const filterStatus = statuses.includes(this.filterStatus as ImpactStatus) ? this.filterStatus : '';
    const { sort } = this;
    const words = fold(this.search.trim());
    const byStatus = sort === 'status';
    this.matched = this.rows
      .filter(
        (row) =>
          (!filterTheme || row.item.theme === filterTheme) &&
          (!filterStatus || row.item.status === filterStatus) &&
          (!words || (row.text ??= searchText(row.item)).includes(words)),
      )
      .sort(
        (a, b) =>
          (byStatus ? STATUSES.indexOf(a.item.status) - STATUSES.indexOf(b.item.status) : 0) ||
          (a.date < b.date ? 1 : a.date > b.date ? -1 : 0),
      );
    const shown = this.matched.length;

    const select = (name: Filter, label: StringKey, options: (string | undefined)[][]) =>
      html`<div>
        <label class="label" for=${name}>${c.t(label)}</label>
        <select class="input" id=${name} name=${name}>
          ${options.map(([v, text, l]) => html`<option value=${v} ?selected=${v === this[name]} lang=${l ?? nothing}>${text}</option>`)}
        </select>
      </div>`;

    return html`<div class="title" part="title" role="heading" aria-level=${level}>
        ${value.title ? this.say(value.title) : c.t('impactPanelTitle')}
      </div>
      ${value.updated ? html`<p class="muted">${c.t('impactPanelUpdated', { date: c.date(value.updated) })}</p>` : nothing}
      ${
        items.length
          ? html`<p class="summary" part="summary">
              ${new Intl.ListFormat(formatLocale(lang), { type: 'unit' }).format(statuses.map((s) => c.t(statusKey(s, 'Count'), { count: count(s) })))}
            </p>
            <div class="controls" part="controls" @input=${this.onInput}>
              ${select('filterTheme', 'impactPanelTheme', [['', c.t('impactPanelAllThemes')], ...themes.map((t) => [t, t, this.langFor(t)])])}
              ${select('filterStatus', 'impactPanelStatus', [['', c.t('impactPanelAllStatuses')], ...statuses.map((s) => [s, c.t(statusKey(s))])])}
              <div>
                <label class="label" for="search">${c.t('impactPanelSearch')}</label>
                <input class="input" id="search" name="search" type="search" .value=${this.search}>
              </div>
              ${select('sort', 'impactPanelSort', [
                ['newest', c.t('impactPanelNewest')],
                ['status', c.t('impactPanelByStatus')],
              ])}
            </div>
            <p class="count" part="count" role="status">${c.t('impactPanelShown', { count: items.length, shown })}</p>
            ${shown ? nothing : html`<p class="state none">${c.t('impactPanelNoMatch')}</p>`}
            <ul class="items ${items.length > 100 ? 'many' : ''}" part="items" @click=${this.onClick}></ul>`
          : this.empty()
      }`;
  }
}
