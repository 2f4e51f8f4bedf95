// The one feedback filter: the list (GET /v1/admin/feedback), its exports and the results of a
// form (GET /v1/admin/forms/:formId/results) all read submissions through `filteredFeedback`,
// with the same query parameters, so what staff see, count and export always agree.
import { isRealDate } from '../dates.js';
import { answerMatches, answersOf, textMatches } from '../results/answers.js';
import type { FeedbackRow } from '../store.js';
import { iso } from '../storage/columns.js';
import type { Sql } from '../storage/types.js';
import { formLookup } from './definitions.js';

type Json = Record<string, unknown>;

export interface FeedbackFilter {
  formId?: string;
  /** The form version, as text ("3"). */
  version?: string;
  /** YYYY-MM-DD, inclusive, on the day (UTC) the submission was sent. */
  from?: string;
  to?: string;
  /** A date or date and time: received at or after it (the older parameter, kept). */
  since?: string;
  /** Only with `theme`: the theme must belong to this project. */
  projectId?: string;
  /** A theme id: submissions tagged with it, whole or in one answer. */
  theme?: string;
  /** With `answer`: submissions whose answer to `question` is, or contains, `answer`. */
  question?: string;
  answer?: string;
  /** Text in any of the person's own words, ignoring case. */
  q?: string;
  limit?: number;
}

const day = '^\\d{4}-\\d{2}-\\d{2}$';
const dateOrTime = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$';
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

/** The filter's query parameters, as JSON Schema properties (each route adds its own, such as `format`). */
export const filterProperties = {
  formId: text(200),
  version: text(50),
  from: { type: 'string', pattern: day },
  to: { type: 'string', pattern: day },
  since: { type: 'string', pattern: dateOrTime },
  projectId: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,200}$' },
  theme: text(200),
  question: text(200),
  answer: text(200),
  q: text(200),
  limit: { type: 'integer', minimum: 1, maximum: 100_000 },
} as const;

/** What is wrong with a filter that its schema cannot say, in plain words with the parameter; undefined when fine. */
export function filterProblem(f: FeedbackFilter): { error: string; field: string } | undefined {
  for (const k of ['from', 'to', 'since'] as const) {
    const v = f[k];
    if (v && !isRealDate(v)) return { error: `?${k}: is not a real date`, field: `?${k}` };
  }
  if (f.question && !f.answer)
    return { error: '?answer: give the answer to look for with ?question', field: '?answer' };
  if (f.answer && !f.question)
    return { error: '?question: give the question whose answer is ?answer', field: '?question' };
  return undefined;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();

/**
 * The submissions a filter selects, oldest received first (at most `limit`, unless `all`). Dates, form, version and theme are
 * chosen by the database; an answer and text are looked for here, in the parsed bodies (the
 * database never parses a stored body: it may hold what `jsonb` refuses).
 */
export async function filteredFeedback(db: Sql, f: FeedbackFilter, all = false): Promise<FeedbackRow[]> {
  const inCode = !!(f.question || f.q);
  // `all`: every match, for summaries (a list or an export stops at `limit`, 10,000 unless set).
  const limit = all ? Infinity : (f.limit ?? 10_000);
  const rows = await db.query<{ body: unknown; received_at: Date }>(
    `select f.body, f.received_at from feedback f
     where ($1::text is null or f.form_id = $1)
       and ($2::text is null or f.form_version = $2)
       and ($3::timestamptz is null or f.submitted_at >= $3)
       and ($4::timestamptz is null or f.submitted_at < $4)
       and ($5::timestamptz is null or f.received_at >= $5)
       and ($6::text is null or exists (
         select 1 from feedback_tags t join themes th on th.id = t.theme_id
         where t.feedback_id = f.id and th.id = $6 and ($7::text is null or th.project_id = $7)))
     order by f.received_at, f.id
     limit $8`,
    [
      f.formId ?? null,
      f.version ?? null,
      f.from ? `${f.from}T00:00:00.000Z` : null,
      f.to ? nextDay(f.to) : null,
      f.since ?? null,
      f.theme ?? null,
      f.theme ? (f.projectId ?? null) : null,
      inCode || all ? null : limit,
    ],
  );
  let out: FeedbackRow[] = rows.map((r) => ({
    receivedAt: iso(r.received_at),
    submission: (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as Json,
  }));
  if (f.question && f.answer) {
    const { question, answer } = f;
    out = out.filter((r) => answerMatches(answersOf(r.submission)[question], answer));
  }
  if (f.q) {
    const formOf = await formLookup(
      db,
      out.map((r) => r.submission),
    );
    const q = f.q;
    out = out.filter((r) => textMatches(r.submission, q, formOf(r.submission)));
  }
  return inCode ? out.slice(0, limit) : out;
}

export interface TagRef {
  themeId: string;
  name: string;
  /** The answer tagged; absent when the whole submission is. */
  questionId?: string;
}

/** The themes each of these submissions (or their answers) is tagged with, by feedback id. */
export async function tagsOf(db: Sql, feedbackIds: string[]): Promise<Map<string, TagRef[]>> {
  const out = new Map<string, TagRef[]>();
  if (!feedbackIds.length) return out;
  const rows = await db.query<{ feedback_id: string; theme_id: string; name: string; question_id: string }>(
    `select t.feedback_id, t.theme_id, th.name, t.question_id from feedback_tags t join themes th on th.id = t.theme_id
     where t.feedback_id = any($1::uuid[]) order by lower(th.name), th.id, t.question_id`,
    [feedbackIds],
  );
  for (const r of rows) {
    const list = out.get(r.feedback_id) ?? [];
    list.push({ themeId: r.theme_id, name: r.name, ...(r.question_id ? { questionId: r.question_id } : {}) });
    out.set(r.feedback_id, list);
  }
  return out;
}
