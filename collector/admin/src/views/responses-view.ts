// Each response to one form (/admin/responses/:formId?filter), following the same filter as the
// results: when it came, each answer with its question's label (free text inert, any direction),
// the flags raised, and its themes. Editors select responses to tag them or link them to an item,
// and remove a tag with its own button.
import { css, html, nothing } from 'lit';
import { ApiError, can } from '../api.js';
import { FormView } from './results/form-view.js';
import { href } from '../router.js';
import { viewStyles } from '../styles.js';
import { pageHeader } from '../parts/page-header.js';
import { loading, notice } from '../parts/notice.js';
import { announce } from '../parts/announce.js';
import { apiQuery, viewHref } from './results/filter.js';
import { loadImpactItems, type ImpactItem } from './results/context.js';
import { answerText, questionLabel, type FormDefinition } from './results/answers.js';
import { exportLinks } from './results/export-links.js';
import './results/filter-form.js';
import './results/selection-bar.js';
import { textOf } from '../../../../src/contract/text.js';

interface Submission {
  id: string;
  formId: string;
  formVersion: number | string;
  submittedAt: string;
  locale?: string;
  answers: Record<string, unknown>;
  flags?: { question: string; reason?: string; text?: string }[];
}
interface Item {
  receivedAt: string;
  submission: Submission;
  tags?: { themeId: string; name?: string; questionId?: string }[];
}

const LIMIT = 500;
const REASONS: Record<string, string> = {
  confusing: 'confusing',
  upsetting: 'upsetting',
  'not-relevant': 'does not apply to them',
  other: 'another reason',
};
const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
};

export class CpaResponsesView extends FormView {
  static override properties = {
    items: { state: true },
    count: { state: true },
    impactItems: { state: true },
    defs: { state: true },
  };

  declare items?: Item[];
  declare count: number;
  declare impactItems: ImpactItem[];
  declare defs: Map<string, FormDefinition | null>;

  static override styles = [
    viewStyles,
    css`
      .response h3 {
        margin-block-start: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-2) var(--cp-space-3);
        align-items: center;
      }
      .response h3 label {
        display: flex;
        gap: var(--cp-space-2);
        align-items: center;
        margin: 0;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cp-space-2);
        list-style: none;
        margin: 0 0 var(--cp-space-3);
        padding: 0;
      }
      .tags li {
        display: flex;
        align-items: center;
        gap: var(--cp-space-1);
      }
    `,
  ];

  constructor() {
    super();
    this.count = 0;
    this.impactItems = [];
    this.defs = new Map();
  }

  get canEdit(): boolean {
    return can(this.staff, 'editor') && !!this.project;
  }

  protected override async load(filterChanged: boolean, current: () => boolean): Promise<void> {
    const [body] = await Promise.all([
      this.api.get<{ count?: number; items?: Item[] }>('/feedback', {
        ...apiQuery(this.formId, this.filter, this.project?.projectId),
        limit: LIMIT,
      }),
      this.loadThemes(),
      this.impactItems.length || !this.project?.impactPanelId || !can(this.staff, 'editor')
        ? undefined
        : loadImpactItems(this.project.impactPanelId).then((i) => (this.impactItems = i)),
    ]);
    if (!current()) return;
    const items = Array.isArray(body?.items) ? body.items : [];
    // Newest first: people usually come to read what just arrived.
    items.sort((a, b) => (b.receivedAt ?? '').localeCompare(a.receivedAt ?? ''));
    await this.loadDefinitions(items);
    this.items = items;
    this.count = body?.count ?? items.length;
    const title = textOf([...this.defs.values()].find((d) => d?.title)?.title) || this.formId;
    this.dispatchEvent(
      new CustomEvent('cpa-title', { detail: { title: `Responses: ${title}` }, bubbles: true, composed: true }),
    );
    if (filterChanged) announce(this, `Showing ${this.count === 1 ? '1 response' : `${this.count} responses`}.`);
  }

  /** Each version's definition, from the public address, for question and option labels. */
  private async loadDefinitions(items: Item[]): Promise<void> {
    const versions = new Set(items.map((i) => String(i.submission?.formVersion ?? '')));
    const defs = new Map(this.defs);
    await Promise.all(
      [...versions]
        .filter((v) => v && !defs.has(v))
        .map(async (v) => {
          try {
            const res = await fetch(`/v1/forms/${encodeURIComponent(this.formId)}/versions/${encodeURIComponent(v)}`, {
              headers: { Accept: 'application/json' },
            });
            defs.set(v, res.ok ? ((await res.json()) as FormDefinition) : null);
          } catch {
            defs.set(v, null);
          }
        }),
    );
    this.defs = defs;
  }

  private async untag(item: Item, tag: { themeId: string; name?: string; questionId?: string }): Promise<void> {
    if (!this.project) return;
    const q = new URLSearchParams({
      feedbackId: item.submission.id,
      ...(tag.questionId ? { questionId: tag.questionId } : {}),
    });
    try {
      await this.api.send(
        'DELETE',
        `/projects/${encodeURIComponent(this.project.projectId)}/themes/${encodeURIComponent(tag.themeId)}/tags?${q}`,
      );
      item.tags = (item.tags ?? []).filter((t) => t !== tag);
      this.items = [...(this.items ?? [])];
      announce(this, `Removed the theme “${this.themeName(tag)}”.`);
      void this.loadThemes();
    } catch (err) {
      announce(this, err instanceof ApiError ? err.message : 'The theme could not be removed. Try again.');
    }
  }

  private themeName(tag: { themeId: string; name?: string }): string {
    return tag.name ?? this.themes.find((t) => t.id === tag.themeId)?.name ?? tag.themeId;
  }

  private toggle(item: Item, on: boolean): void {
    const next = new Map(this.selected);
    if (on) next.set(item.submission.id, { feedbackId: item.submission.id });
    else next.delete(item.submission.id);
    this.selected = next;
  }

  private response(item: Item) {
    const s = item.submission;
    const def = this.defs.get(String(s.formVersion)) ?? undefined;
    const answers = s.answers ?? {};
    const ids = [
      ...(def?.questions.map((q) => q.id) ?? []),
      ...Object.keys(answers).filter((k) => !def?.questions.some((q) => q.id === k)),
    ];
    const heading = `Sent ${when(s.submittedAt ?? item.receivedAt)}`;
    const boxId = `select-${s.id}`;
    return html`<article class="response card" id=${`response-${s.id}`} aria-labelledby=${`h-${s.id}`}>
      <h3 id=${`h-${s.id}`}>
        ${
          this.canEdit
            ? html`<input
                type="checkbox"
                id=${boxId}
                .checked=${this.selected.has(s.id)}
                @change=${(e: Event) => this.toggle(item, (e.target as HTMLInputElement).checked)}
              /><label for=${boxId}>${heading}<span class="vh">: select</span></label>`
            : heading
        }
      </h3>
      <p class="muted">Version ${s.formVersion}${s.locale ? `, language ${s.locale}` : ''}.</p>
      ${
        item.tags?.length
          ? html`<ul class="tags" aria-label="Themes">
            ${item.tags.map((t) => {
              const q = t.questionId ? def?.questions.find((x) => x.id === t.questionId) : undefined;
              const name = `${this.themeName(t)}${t.questionId ? ` (on “${questionLabel(q, t.questionId)}”)` : ''}`;
              return html`<li>
                <span class="tag" dir="auto">${name}</span>
                ${
                  this.canEdit
                    ? html`<button type="button" class="link" @click=${() => this.untag(item, t)}>Remove<span class="vh"> the theme ${name}</span></button>`
                    : nothing
                }
              </li>`;
            })}
          </ul>`
          : nothing
      }
      <dl class="summary">
        ${ids.map((id) => {
          const q = def?.questions.find((x) => x.id === id);
          const has = Object.prototype.hasOwnProperty.call(answers, id);
          const a = has ? answerText(q, answers[id]) : undefined;
          return html`<dt>${questionLabel(q, id)}</dt>
            <dd class=${a?.free ? 'free-text' : ''} dir=${a?.free ? 'auto' : nothing}>${a ? a.text : html`<span class="muted">Skipped</span>`}</dd>`;
        })}
      </dl>
      ${
        s.flags?.length
          ? html`<h4>Flagged questions</h4>
            <ul>
              ${s.flags.map((f) => {
                const q = def?.questions.find((x) => x.id === f.question);
                return html`<li>
                  “${questionLabel(q, f.question)}”${f.reason ? `: ${REASONS[f.reason] ?? f.reason}` : ''}${
                    f.text ? html` – <span class="free-text" dir="auto">${f.text}</span>` : nothing
                  }
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </article>`;
  }

  protected override render() {
    const filter = this.filter;
    if (!this.formId) {
      return html`${pageHeader({ title: 'Responses' })}
        <p>Choose a form on the <a href=${href('')}>overview</a> to read its responses.</p>`;
    }
    const title = textOf([...this.defs.values()].find((d) => d?.title)?.title) || this.formId;
    const versions = [...new Set([...this.defs.keys()])].sort((a, b) => Number(a) - Number(b));
    return html`${pageHeader({ title: `Responses: ${title}`, caption: this.project?.name })}
      <ul class="sub-nav">
        <li><a href=${viewHref('results', this.formId, filter)} id="to-results">Summary</a></li>
        <li><a href=${viewHref('responses', this.formId, filter)} aria-current="page">Each response</a></li>
      </ul>
      <cpa-results-filters
        .formId=${this.formId}
        .view=${'responses'}
        .filter=${filter}
        .versions=${versions}
        .themes=${this.themes}
      ></cpa-results-filters>
      ${
        this.problem
          ? notice('error', this.problem, { title: 'The responses could not be loaded', id: 'responses-problem' })
          : !this.items
            ? loading('Loading the responses…')
            : html`<p>
                <strong id="response-count">${this.count === 1 ? '1 response' : `${this.count} responses`}</strong>${
                  Object.keys(filter).length ? ' in this filter' : ''
                }${this.count > this.items.length ? html`. The newest ${this.items.length} are shown here; the export has them all` : nothing}.
              </p>
              ${exportLinks(this.api, this.formId, filter, this.project?.projectId)}
              ${
                this.canEdit
                  ? html`<cpa-selection-bar
                    .what=${'response'}
                    .api=${this.api}
                    .projectId=${this.project?.projectId}
                    .panelId=${this.project?.impactPanelId}
                    .themes=${this.themes}
                    .items=${this.impactItems}
                    .selected=${[...this.selected.values()]}
                    @cpa-selection-clear=${() => (this.selected = new Map())}
                    @cpa-themes-changed=${() => this.reload(false)}
                  ></cpa-selection-bar>`
                  : nothing
              }
              <section aria-labelledby="list-heading">
                <h2 id="list-heading">Responses, newest first</h2>
                ${this.items.length ? this.items.map((item) => this.response(item)) : html`<p>No responses in this filter.</p>`}
              </section>`
      }`;
  }
}

if (!customElements.get('cpa-responses-view')) customElements.define('cpa-responses-view', CpaResponsesView);
