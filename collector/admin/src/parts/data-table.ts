// <cpa-data-table>: a table with a caption, column headers (th scope="col"), an optional row
// header column (th scope="row"), and columns sorted by a <button> inside the <th>, whose
// aria-sort says the order. Each sort is announced in the shell's live region.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { adminStyles } from '../styles.js';
import { announce } from './announce.js';
import { focusRing } from '../../../../src/core/styles.js';

export interface Column<R = any> {
  /** The key of the value in each row (also the default sort value). */
  key: string;
  /** The header's words. */
  label: string;
  /** Numbers: aligned to the end, sorted as numbers. */
  numeric?: boolean;
  /** Whether people can sort by this column (default true). */
  sortable?: boolean;
  /** The value to sort by, when not row[key]. */
  value?: (row: R) => string | number | undefined | null;
  /** What the cell shows, when not the value as text. Free text must stay Lit text (inert). */
  render?: (row: R) => unknown;
  /** Public free text: the cell gets dir="auto" and wraps anywhere. */
  freeText?: boolean;
}

type Direction = 'ascending' | 'descending';

export class CpaDataTable<R = any> extends LitElement {
  static override properties = {
    caption: {},
    columns: { attribute: false },
    rows: { attribute: false },
    rowHeader: { attribute: 'row-header' },
    sortKey: { attribute: 'sort-key' },
    sortDirection: { attribute: 'sort-direction' },
    empty: {},
    captionHidden: { type: Boolean, attribute: 'caption-hidden' },
  };

  /** The table's caption: what it shows. Required for a named table. */
  declare caption: string;
  declare columns: Column<R>[];
  declare rows: R[];
  /** The key of the column whose cells are row headers (th scope="row"). Defaults to the first column. */
  declare rowHeader?: string;
  declare sortKey?: string;
  declare sortDirection: Direction;
  /** Shown instead of the table when there are no rows. */
  declare empty: string;
  /** Keeps the caption for screen readers only (when a heading above already says it). */
  declare captionHidden: boolean;

  static override styles = [
    adminStyles,
    css`
      :host {
        min-inline-size: 0;
      }
      /* Wide tables scroll inside this box (data tables are exempt from reflow), never the page. */
      .scroll {
        position: relative;
        max-inline-size: 100%;
        overflow-x: auto;
        margin-block-end: var(--cp-space-4);
      }
      .scroll:focus-visible {
        ${focusRing}
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      caption {
        text-align: start;
        font-weight: var(--cp-font-weight-bold);
        font-size: var(--cp-font-size-heading-s);
        padding-block-end: var(--cp-space-2);
        overflow-wrap: anywhere;
      }
      th,
      td {
        padding: var(--cp-space-2) var(--cp-space-3) var(--cp-space-2) 0;
        border-block-end: 1px solid var(--cp-color-border);
        text-align: start;
        vertical-align: top;
        overflow-wrap: break-word;
      }
      [dir='auto'] {
        overflow-wrap: anywhere;
      }
      th {
        font-weight: var(--cp-font-weight-bold);
      }
      thead th {
        border-block-end: 2px solid var(--cp-color-text);
        vertical-align: bottom;
      }
      /* A link alone in a cell (a count, a name) is a 44 px target, as the kit's targets are. */
      td a,
      th a {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--cp-target-min);
        min-inline-size: var(--cp-target-min);
      }
      .num a {
        justify-content: flex-end;
      }
      .num {
        white-space: nowrap;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .sort {
        display: inline-flex;
        align-items: center;
        gap: var(--cp-space-1);
        min-block-size: var(--cp-target-min);
        padding: 0;
        border: 0;
        background: none;
        color: var(--cp-color-link);
        font: inherit;
        font-weight: var(--cp-font-weight-bold);
        text-align: inherit;
        text-decoration: underline;
        text-underline-offset: 0.15em;
        cursor: pointer;
      }
      .sort:focus-visible {
        color: var(--cp-color-focus-text);
        background: var(--cp-color-focus);
        text-decoration: none;
      }
      .arrow {
        display: inline-block;
        min-inline-size: 1ch;
      }
    `,
  ];

  constructor() {
    super();
    this.caption = '';
    this.columns = [];
    this.rows = [];
    this.sortDirection = 'ascending';
    this.empty = 'Nothing to show yet.';
    this.captionHidden = false;
  }

  private cellValue(row: R, col: Column<R>) {
    return col.value ? col.value(row) : (row as any)?.[col.key];
  }

  /** The rows in the chosen order (the original order until someone sorts). */
  get sortedRows(): R[] {
    const col = this.columns.find((c) => c.key === this.sortKey);
    if (!col) return this.rows;
    const sign = this.sortDirection === 'descending' ? -1 : 1;
    return [...this.rows].sort((a, b) => {
      const x = this.cellValue(a, col);
      const y = this.cellValue(b, col);
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
      return String(x).localeCompare(String(y), undefined, { numeric: true, sensitivity: 'base' }) * sign;
    });
  }

  private sortBy(col: Column<R>): void {
    const same = this.sortKey === col.key;
    this.sortDirection = same && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = col.key;
    const order =
      this.sortDirection === 'ascending'
        ? col.numeric
          ? 'smallest first'
          : 'A to Z'
        : col.numeric
          ? 'largest first'
          : 'Z to A';
    announce(this, `${this.caption || 'Table'}: sorted by ${col.label}, ${order}.`);
  }

  private header(col: Column<R>): TemplateResult {
    const sorted = this.sortKey === col.key;
    const sortable = col.sortable !== false && this.rows.length > 1;
    return html`<th scope="col" class=${col.numeric ? 'num' : ''} aria-sort=${sorted ? this.sortDirection : nothing}>
      ${
        sortable
          ? html`<button type="button" class="sort" data-sort=${col.key} @click=${() => this.sortBy(col)}>
            ${col.label}<span class="arrow" aria-hidden="true">${sorted ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '↕'}</span>
          </button>`
          : col.label
      }
    </th>`;
  }

  private cell(row: R, col: Column<R>, isHeader: boolean): TemplateResult {
    const content = col.render ? col.render(row) : (this.cellValue(row, col) ?? '');
    const cls = col.numeric ? 'num' : '';
    const dir = col.freeText ? 'auto' : nothing;
    return isHeader
      ? html`<th scope="row" class=${cls} dir=${dir}>${content}</th>`
      : html`<td class=${cls} dir=${dir}>${content}</td>`;
  }

  protected override render() {
    if (!this.rows.length)
      return html`<p class="muted">${this.caption ? html`<strong>${this.caption}:</strong> ` : nothing}${this.empty}</p>`;
    const headerKey = this.rowHeader ?? this.columns[0]?.key;
    // A keyboard can reach and scroll the box when the table is wider than the screen (axe: scrollable-region-focusable).
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${this.caption || 'Table'}>
      <table>
        <caption class=${this.captionHidden ? 'vh' : ''}>${this.caption}</caption>
        <thead>
          <tr>${this.columns.map((c) => this.header(c))}</tr>
        </thead>
        <tbody>
          ${this.sortedRows.map((row) => html`<tr>${this.columns.map((c) => this.cell(row, c, c.key === headerKey))}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }
}

if (!customElements.get('cpa-data-table')) customElements.define('cpa-data-table', CpaDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-data-table': CpaDataTable;
  }
}
