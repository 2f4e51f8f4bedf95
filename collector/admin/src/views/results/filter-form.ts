// <cpa-results-filters>: the filter form of the results and responses views. Nothing changes
// until "Apply filters"; then the address changes (a new history entry) and the view follows it.
// Above the form, each active filter is listed with a link that removes it.
import { css, html, LitElement, nothing } from 'lit';
import { navigate } from '../../router.js';
import { viewStyles } from '../../styles.js';
import { DECLINED, NONE, SKIPPED, isFiltered, viewHref, withFilter, type Filter } from './filter.js';
import type { Theme } from './context.js';
import '../../../../../src/components/button/index.js';

export interface QuestionLabel {
  id: string;
  label?: string;
  options?: { value: string | number; label: string }[];
  ratings?: { value: string | number; label: string }[];
}

/** The words for an answer value of a question ("Prefer not to say", an option's label…). */
export function answerLabel(q: QuestionLabel | undefined, value: string): string {
  if (value === DECLINED) return 'Prefer not to say';
  if (value === SKIPPED) return 'Skipped';
  const found = [...(q?.options ?? []), ...(q?.ratings ?? [])].find((o) => String(o.value) === value);
  if (found) return found.label;
  return value === NONE ? 'None of these' : value;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CpaResultsFilters extends LitElement {
  static override properties = {
    formId: { attribute: false },
    view: { attribute: false },
    filter: { attribute: false },
    versions: { attribute: false },
    themes: { attribute: false },
    questions: { attribute: false },
    dateError: { state: true },
  };

  declare formId: string;
  declare view: 'results' | 'responses';
  declare filter: Filter;
  declare versions: string[];
  declare themes: Theme[];
  declare questions: QuestionLabel[];
  declare dateError: string;

  static override styles = [
    viewStyles,
    css`
      form {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
        gap: 0 var(--cp-space-4);
        align-items: end;
        padding: var(--cp-space-4);
        background: var(--cp-color-surface-muted);
        margin-block-end: var(--cp-space-4);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: contents;
      }
      input,
      select {
        inline-size: 100%;
      }
      .wide {
        grid-column: 1 / -1;
      }
      .active li {
        margin-block-end: var(--cp-space-1);
      }
    `,
  ];

  constructor() {
    super();
    this.view = 'results';
    this.filter = {};
    this.versions = [];
    this.themes = [];
    this.questions = [];
    this.dateError = '';
  }

  private value(name: string): string {
    return (
      this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? ''
    ).trim();
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    const from = this.value('from');
    const to = this.value('to');
    this.dateError =
      (from && !DATE.test(from)) || (to && !DATE.test(to))
        ? 'Enter dates as year, month and day, like 2026-03-14'
        : from && to && from > to
          ? 'The "from" date must be the same as or before the "to" date'
          : '';
    if (this.dateError) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#filter-from')?.focus());
      return;
    }
    const next = withFilter(this.filter, {
      version: this.value('version'),
      theme: this.value('theme'),
      from,
      to,
      q: this.value('q'),
    });
    navigate(viewHref(this.view, this.formId, next));
  }

  private active() {
    const f = this.filter;
    const items: { text: string; free?: boolean; remove: Filter }[] = [];
    if (f.question && f.answer) {
      const q = this.questions.find((x) => x.id === f.question);
      items.push({
        text: `“${q?.label ?? f.question}”: ${answerLabel(q, f.answer)}`,
        remove: { question: '', answer: '' },
      });
    }
    if (f.theme)
      items.push({
        text: `Theme: ${this.themes.find((t) => t.id === f.theme)?.name ?? f.theme}`,
        remove: { theme: '' },
      });
    if (f.from) items.push({ text: `From ${f.from}`, remove: { from: '' } });
    if (f.to) items.push({ text: `To ${f.to}`, remove: { to: '' } });
    if (f.q) items.push({ text: `Text contains “${f.q}”`, free: true, remove: { q: '' } });
    if (f.version) items.push({ text: `Version ${f.version}`, remove: { version: '' } });
    if (!items.length) return nothing;
    return html`<section aria-labelledby="active-heading" class="active" id="active-filters">
      <h2 id="active-heading" class="h3">Filters in use</h2>
      <ul>
        ${items.map(
          (i) => html`<li>
            <span dir=${i.free ? 'auto' : nothing}>${i.text}</span> –
            <a href=${viewHref(this.view, this.formId, withFilter(f, i.remove))}>Remove<span class="vh"> this filter: ${i.text}</span></a>
          </li>`,
        )}
      </ul>
      ${isFiltered(f) ? html`<p><a href=${viewHref(this.view, this.formId, { version: f.version })} id="clear-filters">Clear all filters</a></p>` : nothing}
    </section>`;
  }

  protected override render() {
    const f = this.filter;
    return html`${this.active()}
      <form id="filters" @submit=${this.onSubmit} aria-label="Filter responses">
        <div class="field">
          <label for="filter-version">Form version</label>
          <select id="filter-version" name="version">
            <option value="" ?selected=${!f.version}>All versions</option>
            ${this.versions.map((v) => html`<option value=${v} ?selected=${f.version === v}>Version ${v}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-theme">Theme</label>
          <select id="filter-theme" name="theme">
            <option value="" ?selected=${!f.theme}>Any theme</option>
            ${this.themes.map((t) => html`<option value=${t.id} ?selected=${f.theme === t.id}>${t.name}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend class="vh">Dates</legend>
          <div class="field ${this.dateError ? 'field--invalid' : ''}">
            <label for="filter-from">Sent from</label>
            ${this.dateError ? html`<span class="field-error" id="date-error"><span class="vh">Error:</span> ${this.dateError}</span>` : nothing}
            <input
              id="filter-from"
              name="from"
              type="date"
              .value=${f.from ?? ''}
              aria-describedby=${this.dateError ? 'date-error' : nothing}
              aria-invalid=${this.dateError ? 'true' : nothing}
            />
          </div>
          <div class="field">
            <label for="filter-to">Sent to</label>
            <input id="filter-to" name="to" type="date" .value=${f.to ?? ''} />
          </div>
        </fieldset>
        <div class="field wide">
          <label for="filter-q">Search the written answers</label>
          <input id="filter-q" name="q" type="search" dir="auto" .value=${f.q ?? ''} spellcheck="false" />
        </div>
        <div class="wide">
          <cp-button type="submit" id="apply-filters">Apply filters</cp-button>
        </div>
      </form>`;
  }
}

if (!customElements.get('cpa-results-filters')) customElements.define('cpa-results-filters', CpaResultsFilters);
