// <cpa-bar-chart>: CSS bars (aria-hidden: a picture of the numbers) beside the data table, which
// is the truth for everyone. A bar's count can be a link (for example "filter by this answer").
import { css, html, LitElement, nothing } from 'lit';
import { adminStyles } from '../styles.js';
import type { Column } from './data-table.js';
import './data-table.js';

export interface Bar {
  label: string;
  count: number;
  /** 0–100; worked out from the total when not given. */
  percent?: number;
  /** Makes the count a link, such as to the results filtered by this answer. */
  href?: string;
  /** The link's full words for screen readers, such as "12 responses answered Most weeks: show them". */
  linkLabel?: string;
  /** A label from the public (free text): shown with dir="auto". */
  freeText?: boolean;
}

const pct = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

export class CpaBarChart extends LitElement {
  static override properties = {
    caption: {},
    bars: { attribute: false },
    labelHeading: { attribute: 'label-heading' },
    countHeading: { attribute: 'count-heading' },
    showPercent: { type: Boolean, attribute: 'show-percent' },
    sortable: { type: Boolean },
  };

  /** What the chart shows; the data table's caption. */
  declare caption: string;
  declare bars: Bar[];
  declare labelHeading: string;
  declare countHeading: string;
  /** Adds a "Percent" column (on by default). */
  declare showPercent: boolean;
  /** Lets people sort the data table (off by default: the order of answers usually matters). */
  declare sortable: boolean;

  static override styles = [
    adminStyles,
    css`
      .chart {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        gap: var(--cp-space-4);
        align-items: start;
      }
      .chart > * {
        min-inline-size: 0;
      }
      .bars {
        margin: 0;
        padding: 0;
        list-style: none;
        padding-block-start: calc(var(--cp-font-size-heading-s) * 1.5 + var(--cp-space-2));
      }
      .bars li {
        margin-block-end: var(--cp-space-2);
      }
      .bar-label {
        display: block;
        font-size: 0.875em;
        overflow-wrap: anywhere;
      }
      .track {
        display: block;
        block-size: 1.25rem;
        background: var(--cp-color-surface-muted);
        border: 1px solid var(--cp-color-border);
      }
      .fill {
        display: block;
        block-size: 100%;
        background: var(--cp-brand-fill, var(--cp-color-brand-default));
        inline-size: 0;
      }
      @media (forced-colors: active) {
        .fill {
          background: CanvasText;
          forced-color-adjust: none;
        }
        .track {
          border-color: CanvasText;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.caption = '';
    this.bars = [];
    this.labelHeading = 'Answer';
    this.countHeading = 'Count';
    this.showPercent = true;
    this.sortable = false;
  }

  private percentOf(bar: Bar, total: number): number {
    if (typeof bar.percent === 'number') return bar.percent;
    return total ? Math.round((bar.count / total) * 1000) / 10 : 0;
  }

  // Bar widths are set through CSSOM after render: CSP (style-src 'self') blocks style="" attributes.
  protected override updated(): void {
    const max = Math.max(1, ...this.bars.map((b) => b.count));
    this.renderRoot.querySelectorAll<HTMLElement>('.fill').forEach((el, i) => {
      const bar = this.bars[i];
      if (bar) el.style.inlineSize = `${(bar.count / max) * 100}%`;
    });
  }

  protected override render() {
    const total = this.bars.reduce((s, b) => s + b.count, 0);
    const rows = this.bars.map((b) => ({ ...b, percent: this.percentOf(b, total) }));
    const columns: Column<Bar & { percent: number }>[] = [
      { key: 'label', label: this.labelHeading, freeText: this.bars.some((b) => b.freeText), sortable: this.sortable },
      {
        key: 'count',
        label: this.countHeading,
        numeric: true,
        sortable: this.sortable,
        render: (r) => (r.href ? html`<a href=${r.href} aria-label=${r.linkLabel ?? nothing}>${r.count}</a>` : r.count),
      },
      ...(this.showPercent
        ? [
            {
              key: 'percent',
              label: 'Percent',
              numeric: true,
              sortable: this.sortable,
              render: (r: { percent: number }) => pct(r.percent),
            },
          ]
        : []),
    ];
    return html`<div class="chart">
      <cpa-data-table .caption=${this.caption} .columns=${columns} .rows=${rows} empty="No answers yet."></cpa-data-table>
      ${
        this.bars.length
          ? html`<ul class="bars" aria-hidden="true">
            ${rows.map(
              (b) => html`<li>
                <span class="bar-label" dir=${b.freeText ? 'auto' : nothing}>${b.label}: ${b.count}${this.showPercent ? ` (${pct(b.percent)})` : ''}</span>
                <span class="track"><span class="fill"></span></span>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }
}

if (!customElements.get('cpa-bar-chart')) customElements.define('cpa-bar-chart', CpaBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'cpa-bar-chart': CpaBarChart;
  }
}
