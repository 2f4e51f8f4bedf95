// Results of one form (/admin/results/:formId?filter): responses over time, each question's
// answers (counts and percentages, "Prefer not to say" and "Skipped" apart, ratings, written
// answers, flags with reasons), how answering felt, the project's themes, and exports that
// follow the filter. Editors select answers to tag them with a theme or link them to an item.
import { css, html, nothing } from 'lit';
import { can } from '../api.js';
import { FormView } from './results/form-view.js';
import { href } from '../router.js';
import { viewStyles } from '../styles.js';
import { pageHeader, findHeading } from '../parts/page-header.js';
import { loading, notice } from '../parts/notice.js';
import { announce } from '../parts/announce.js';
import { apiQuery, viewHref } from './results/filter.js';
import { exportLinks } from './results/export-links.js';
import { loadImpactItems, type ImpactItem } from './results/context.js';
import { questionSection, type Count, type QuestionContext, type QuestionResult } from './results/question-section.js';
import '../parts/bar-chart.js';
import './results/filter-form.js';
import './results/themes-panel.js';
import './results/selection-bar.js';

export interface Results {
  formId: string;
  title?: string;
  version?: string | null;
  versions?: (string | number)[];
  count: number;
  overTime?: { date: string; count: number }[];
  questions?: QuestionResult[];
  feelings?: Count[];
  feelingSkipped?: number;
  feelingPreferNotToSay?: number;
}

/** Daily counts added up per week, each labelled with its Monday (YYYY-MM-DD, UTC). */
function byWeek(days: { date: string; count: number }[]): { label: string; count: number }[] {
  const weeks = new Map<string, number>();
  for (const d of days) {
    const t = new Date(`${d.date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7));
    const key = t.toISOString().slice(0, 10);
    weeks.set(key, (weeks.get(key) ?? 0) + d.count);
  }
  return [...weeks].map(([label, count]) => ({ label, count }));
}

const responses = (n: number) => (n === 1 ? '1 response' : `${n} responses`);

export class CpaResultsView extends FormView {
  static override properties = {
    data: { state: true },
    items: { state: true },
  };

  declare data?: Results;
  declare items: ImpactItem[];

  static override styles = [
    viewStyles,
    css`
      .total {
        font-size: var(--cp-font-size-heading-m);
        font-weight: var(--cp-font-weight-bold);
      }
      .question h4 {
        margin: var(--cp-space-4) 0 var(--cp-space-2);
      }
      .texts li {
        display: flex;
        gap: var(--cp-space-3);
        align-items: flex-start;
        padding-block: var(--cp-space-2);
        border-block-end: 1px solid var(--cp-color-border);
        min-inline-size: 0;
      }
      .texts label {
        font-weight: var(--cp-font-weight-regular);
        margin: 0;
        min-inline-size: 0;
        flex: 1;
      }
      .texts p {
        margin: 0;
      }
      .texts input {
        flex: none;
        margin-block-start: 0.15rem;
      }
    `,
  ];

  constructor() {
    super();
    this.items = [];
  }

  get canEdit(): boolean {
    return can(this.staff, 'editor');
  }

  protected override async load(filterChanged: boolean, current: () => boolean): Promise<void> {
    const [data] = await Promise.all([
      this.api.get<Results>(`/forms/${encodeURIComponent(this.formId)}/results`, {
        ...apiQuery(this.formId, this.filter, this.project?.projectId),
        formId: undefined,
      }),
      this.loadThemes(),
      this.items.length || !this.project?.impactPanelId || !this.canEdit
        ? undefined
        : loadImpactItems(this.project.impactPanelId).then((items) => (this.items = items)),
    ]);
    if (!current()) return;
    this.data = data;
    this.dispatchEvent(
      new CustomEvent('cpa-title', {
        detail: { title: `Results: ${data?.title ?? this.formId}` },
        bubbles: true,
        composed: true,
      }),
    );
    if (filterChanged) {
      announce(this, `Showing results for ${responses(data?.count ?? 0)}.`);
      await this.updateComplete;
      this.keepFocus();
    }
  }

  /** After a filter link is followed the link may be gone: then focus goes to the h1, not the page's end. */
  private keepFocus(): void {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || !el.isConnected) findHeading(this)?.focus();
  }

  private questionContext(): QuestionContext {
    return {
      formId: this.formId,
      filter: this.filter,
      canEdit: this.canEdit && !!this.project,
      isSelected: (f, q) => this.selected.has(`${f}|${q}`),
      toggle: (a, on) => {
        const next = new Map(this.selected);
        if (on) next.set(`${a.feedbackId}|${a.questionId}`, a);
        else next.delete(`${a.feedbackId}|${a.questionId}`);
        this.selected = next;
      },
    };
  }

  private overTime() {
    const days = this.data?.overTime ?? [];
    if (!days.length) return nothing;
    // More than three weeks of days is too long to read: count by week (weeks start on Monday).
    const weekly = days.length > 21;
    const bars = weekly ? byWeek(days) : days.map((d) => ({ label: d.date, count: d.count }));
    return html`<cpa-bar-chart
      caption=${weekly ? 'Responses per week' : 'Responses per day'}
      label-heading=${weekly ? 'Week starting' : 'Day'}
      count-heading="Responses"
      .showPercent=${false}
      .bars=${bars}
    ></cpa-bar-chart>`;
  }

  private feelings() {
    const f = this.data?.feelings ?? [];
    if (!f.length) return nothing;
    return html`<section aria-labelledby="feelings-heading" id="feelings" class="card">
      <h2 id="feelings-heading">How did answering feel?</h2>
      <cpa-bar-chart caption="How answering the questions felt" label-heading="Feeling" .bars=${f.map((x) => ({ label: x.label, count: x.count, percent: x.percent }))}></cpa-bar-chart>
      ${
        this.data?.feelingPreferNotToSay || this.data?.feelingSkipped
          ? html`<p>Prefer not to say: ${this.data.feelingPreferNotToSay ?? 0}. Skipped: ${this.data.feelingSkipped ?? 0}.</p>`
          : nothing
      }
    </section>`;
  }

  protected override render() {
    const d = this.data;
    const filter = this.filter;
    const title = d?.title ?? this.formId;
    if (!this.formId) {
      return html`${pageHeader({ title: 'Results' })}
        <p>Choose a form on the <a href=${href('')}>overview</a> to see its results.</p>`;
    }
    const ctx = this.questionContext();
    const selected = [...this.selected.values()];
    return html`${pageHeader({ title: `Results: ${title}`, caption: this.project?.name })}
      <ul class="sub-nav">
        <li><a href=${viewHref('results', this.formId, filter)} aria-current="page">Summary</a></li>
        <li><a href=${viewHref('responses', this.formId, filter)} id="to-responses">Each response</a></li>
        ${this.project?.impactPanelId ? html`<li><a href=${href('impact', [this.project.impactPanelId])}>You said, we did</a></li>` : nothing}
      </ul>
      <cpa-results-filters
        .formId=${this.formId}
        .view=${'results'}
        .filter=${filter}
        .versions=${(d?.versions ?? []).map(String)}
        .themes=${this.themes}
        .questions=${d?.questions ?? []}
      ></cpa-results-filters>
      ${
        this.problem
          ? notice('error', this.problem, { title: 'The results could not be loaded', id: 'results-problem' })
          : !d
            ? loading('Loading the results…')
            : html`<section aria-labelledby="summary-heading" id="summary">
                <h2 id="summary-heading">Summary</h2>
                <p><span class="total" id="response-count">${responses(d.count)}</span>${filter.version ? html` to version ${filter.version}` : (d.versions?.length ?? 0) > 1 ? html` to all ${d.versions!.length} versions (questions as in version ${d.version})` : nothing}${Object.keys(filter).length ? ' in this filter' : ''}.</p>
                ${this.overTime()}
              </section>
              ${exportLinks(this.api, this.formId, filter, this.project?.projectId)}
              ${
                this.project
                  ? html`<cpa-themes-panel
                    .api=${this.api}
                    .projectId=${this.project.projectId}
                    .panelId=${this.project.impactPanelId}
                    .formId=${this.formId}
                    .filter=${filter}
                    .themes=${this.themes}
                    .items=${this.items}
                    .canEdit=${this.canEdit}
                    @cpa-themes-changed=${() => this.loadThemes()}
                  ></cpa-themes-panel>`
                  : nothing
              }
              ${this.feelings()}
              <section aria-labelledby="questions-heading" id="questions">
                <h2 id="questions-heading">Answers to each question</h2>
                ${
                  ctx.canEdit
                    ? html`<cpa-selection-bar
                      .api=${this.api}
                      .projectId=${this.project?.projectId}
                      .panelId=${this.project?.impactPanelId}
                      .themes=${this.themes}
                      .items=${this.items}
                      .selected=${selected}
                      @cpa-selection-clear=${() => (this.selected = new Map())}
                      @cpa-themes-changed=${() => this.loadThemes()}
                    ></cpa-selection-bar>`
                    : nothing
                }
                ${
                  (d.questions ?? []).length
                    ? (d.questions ?? []).map((q, i) => questionSection(ctx, q, i + 1))
                    : html`<p>No answers yet.</p>`
                }
              </section>`
      }`;
  }
}

if (!customElements.get('cpa-results-view')) customElements.define('cpa-results-view', CpaResultsView);
