// One question of the results: answer counts and percentages (a bar chart beside its table),
// "Prefer not to say" and "Skipped" apart, rating distribution and average, written answers
// (inert text, any direction; editors can select them to tag or link), and the flags people
// raised on the question, with their reasons. Every count can filter the results to those responses.
import { html, nothing, type TemplateResult } from 'lit';
import type { Bar } from '../../parts/bar-chart.js';
import type { Column } from '../../parts/data-table.js';
import { DECLINED, SKIPPED, viewHref, withFilter, type Filter } from './filter.js';
import '../../parts/bar-chart.js';
import '../../parts/data-table.js';

export interface Count {
  value: string | number;
  label: string;
  count: number;
  percent?: number;
}
export interface TextAnswer {
  feedbackId: string;
  text: string;
}
export interface FlagGroup {
  reason: string;
  label?: string;
  count: number;
  texts?: (TextAnswer | string)[];
}
export interface QuestionResult {
  id: string;
  label?: string;
  type?: string;
  seen?: number;
  answered?: number;
  preferNotToSay?: number;
  skipped?: number;
  preferNotToSayPercent?: number;
  skippedPercent?: number;
  options?: Count[];
  ratings?: Count[];
  average?: number | null;
  texts?: TextAnswer[];
  flagged?: number;
  flags?: FlagGroup[];
}

/** What the view lends each question: the filter, who can edit, and the answer selection. */
export interface QuestionContext {
  formId: string;
  filter: Filter;
  canEdit: boolean;
  isSelected(feedbackId: string, questionId: string): boolean;
  toggle(answer: { feedbackId: string; questionId: string; text: string }, on: boolean): void;
}

const REASONS: Record<string, string> = {
  confusing: 'It is confusing',
  upsetting: 'It is upsetting',
  'not-relevant': 'It does not apply to me',
  other: 'Another reason',
  none: 'No reason given',
};

const pct = (n: number | undefined) => (typeof n === 'number' ? `${Number.isInteger(n) ? n : n.toFixed(1)}%` : '');
const people = (n: number) => (n === 1 ? '1 response' : `${n} responses`);

/** A filter link to the responses that gave `value` to question `q`. */
function answerHref(ctx: QuestionContext, q: QuestionResult, value: string | number): string {
  return viewHref('results', ctx.formId, withFilter(ctx.filter, { question: q.id, answer: String(value) }));
}

export function bars(ctx: QuestionContext, q: QuestionResult, counts: Count[]): Bar[] {
  return counts.map((o) => ({
    label: o.label,
    count: o.count,
    percent: o.percent,
    href: o.count ? answerHref(ctx, q, o.value) : undefined,
    linkLabel: o.count ? `${people(o.count)} answered ${o.label}: show only these` : undefined,
  }));
}

function apart(ctx: QuestionContext, q: QuestionResult): TemplateResult {
  const row = (label: string, n: number | undefined, p: number | undefined, value: string) =>
    html`<dt>${label}</dt>
      <dd>
        ${n ? html`<a href=${answerHref(ctx, q, value)} aria-label=${`${people(n)}: ${label}. Show only these`}>${n}</a>` : (n ?? 0)}
        ${p !== undefined ? html`<span class="muted">(${pct(p)})</span>` : nothing}
      </dd>`;
  return html`<dl class="summary apart">
    <dt>Saw the question</dt>
    <dd>${q.seen ?? '–'}</dd>
    <dt>Answered</dt>
    <dd>${q.answered ?? 0}</dd>
    ${row('Prefer not to say', q.preferNotToSay, q.preferNotToSayPercent, DECLINED)} ${row('Skipped', q.skipped, q.skippedPercent, SKIPPED)}
  </dl>`;
}

function texts(ctx: QuestionContext, q: QuestionResult): TemplateResult | typeof nothing {
  if (!q.texts?.length)
    return q.type === 'text' || q.type === 'longText'
      ? html`<p class="muted">No written answers in this filter.</p>`
      : nothing;
  return html`<h4 id=${`texts-${q.id}`}>Written answers (${q.texts.length})</h4>
    <ul class="texts plain" aria-labelledby=${`texts-${q.id}`}>
      ${q.texts.map((t, i) => {
        const id = `sel-${q.id}-${i}`;
        return html`<li class="answer">
          ${
            ctx.canEdit
              ? html`<input
                  type="checkbox"
                  id=${id}
                  data-feedback=${t.feedbackId}
                  data-question=${q.id}
                  .checked=${ctx.isSelected(t.feedbackId, q.id)}
                  @change=${(e: Event) => ctx.toggle({ feedbackId: t.feedbackId, questionId: q.id, text: t.text }, (e.target as HTMLInputElement).checked)}
                /><label for=${id} class="free-text" dir="auto">${t.text}</label>`
              : html`<p class="free-text" dir="auto">${t.text}</p>`
          }
        </li>`;
      })}
    </ul>`;
}

function flags(q: QuestionResult): TemplateResult | typeof nothing {
  const groups = q.flags ?? [];
  const total = q.flagged ?? groups.reduce((s, g) => s + g.count, 0);
  if (!total) return html`<p class="muted">No one flagged this question.</p>`;
  const columns: Column<FlagGroup>[] = [
    { key: 'reason', label: 'Reason', value: (g) => g.label ?? REASONS[g.reason] ?? g.reason },
    { key: 'count', label: 'People', numeric: true },
  ];
  const said = groups.flatMap((g) =>
    (g.texts ?? []).map((t) => ({
      reason: g.label ?? REASONS[g.reason] ?? g.reason,
      text: typeof t === 'string' ? t : t.text,
    })),
  );
  return html`<div class="flags">
    <h4>Flagged by ${total === 1 ? '1 person' : `${total} people`}</h4>
    <cpa-data-table .caption=${`Why people flagged “${q.label ?? q.id}”`} .columns=${columns} .rows=${groups}></cpa-data-table>
    ${
      said.length
        ? html`<h5>What they said</h5>
          <ul class="texts plain">
            ${said.map((s) => html`<li class="answer"><span class="muted">${s.reason}:</span> <span class="free-text" dir="auto">${s.text}</span></li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

export function questionSection(ctx: QuestionContext, q: QuestionResult, n: number): TemplateResult {
  const label = q.label ?? q.id;
  return html`<section class="question card" id=${`question-${q.id}`} aria-labelledby=${`q-${q.id}`}>
    <h3 id=${`q-${q.id}`}><span class="muted">${n}.</span> ${label}</h3>
    ${apart(ctx, q)}
    ${
      q.options?.length
        ? html`<cpa-bar-chart .caption=${`Answers to “${label}”`} .bars=${bars(ctx, q, q.options)}></cpa-bar-chart>`
        : nothing
    }
    ${
      q.ratings?.length
        ? html`<cpa-bar-chart .caption=${`Ratings for “${label}”`} label-heading="Rating" .bars=${bars(ctx, q, q.ratings)}></cpa-bar-chart>
          ${typeof q.average === 'number' ? html`<p>Average rating: <strong>${q.average}</strong></p>` : nothing}`
        : nothing
    }
    ${texts(ctx, q)} ${flags(q)}
  </section>`;
}
