// The results of a form: pure functions from a form definition and the submissions in a filter
// to the numbers a results page shows. No database, no HTTP: routes/results.ts feeds them.
import type { FeedbackDefinition, Question, QuestionType } from '../../../src/contract/feedback.js';
import { answersOf, FREE_TEXT, isDeclined } from './answers.js';
import { flagReasons, NONE, noneLabel, optionsOf, questionLabel, ratingPoints } from './labels.js';

type Json = Record<string, unknown>;

export interface SummaryRow {
  receivedAt: string;
  submission: Json;
}

export interface CountRow {
  value: string | number;
  label: string;
  count: number;
  /** Of the responses that could see the question, 0–100, one decimal. */
  percent: number;
}

export interface TextRow {
  feedbackId: string;
  text: string;
}

export interface FlagSummary {
  /** confusing, upsetting, not-relevant, other, or none (no reason given). */
  reason: string;
  label: string;
  count: number;
  texts: TextRow[];
}

export interface QuestionSummary {
  id: string;
  label: string;
  type: QuestionType;
  /** Responses in the filter that could see the question: the base of every percent. */
  seen: number;
  answered: number;
  preferNotToSay: number;
  skipped: number;
  preferNotToSayPercent: number;
  skippedPercent: number;
  options?: CountRow[];
  ratings?: CountRow[];
  average?: number | null;
  texts?: TextRow[];
  flagged: number;
  flags: FlagSummary[];
}

export interface Results {
  count: number;
  overTime: { date: string; count: number }[];
  questions: QuestionSummary[];
  feelings: CountRow[];
  feelingSkipped: number;
  feelingPreferNotToSay: number;
}

/** n of `of` as a percentage with one decimal; 0 when there is nothing to divide by. */
export const percentOf = (n: number, of: number): number => (of > 0 ? Math.round((n * 1000) / of) / 10 : 0);

const DAY = 86_400_000;
/** Days with no response between the first and the last are filled in up to this span (a year and a bit). */
const FILL_DAYS = 400;

/** Responses per UTC day of when they were sent, oldest first, with empty days in between. */
export function responsesOverTime(rows: SummaryRow[]): { date: string; count: number }[] {
  const byDay = new Map<string, number>();
  for (const { submission } of rows) {
    const t = Date.parse(String(submission.submittedAt));
    if (Number.isNaN(t)) continue;
    const day = new Date(t).toISOString().slice(0, 10);
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
  }
  const days = [...byDay.keys()].sort();
  if (days.length < 2) return days.map((date) => ({ date, count: byDay.get(date)! }));
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days.at(-1)}T00:00:00Z`);
  if ((last - first) / DAY > FILL_DAYS) return days.map((date) => ({ date, count: byDay.get(date)! }));
  const out: { date: string; count: number }[] = [];
  for (let t = first; t <= last; t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, count: byDay.get(date) ?? 0 });
  }
  return out;
}

/** Without a stored definition: questions as the answers show them, labelled by their ids. */
export function questionsFromAnswers(rows: SummaryRow[]): Question[] {
  const found = new Map<string, Question>();
  const see = (id: string, a: unknown) => {
    const type: QuestionType = Array.isArray(a) ? 'multi' : typeof a === 'number' ? 'rating' : 'text';
    const q = found.get(id);
    if (!q) found.set(id, { id, type, label: id });
    // An undecided question (declined so far) takes the type of the first real answer.
    else if (a !== undefined && !isDeclined(a) && q.type === 'text' && type !== 'text') q.type = type;
  };
  for (const { submission } of rows) {
    for (const [id, a] of Object.entries(answersOf(submission))) see(id, isDeclined(a) ? undefined : a);
    for (const f of (submission.flags as Json[] | undefined) ?? [])
      if (typeof f?.question === 'string') see(f.question, undefined);
  }
  return [...found.values()];
}

/**
 * One question's numbers over the responses that could see it. `sawIt` says whether a response's
 * form version had the question (a response to an unknown version is taken to have seen it).
 */
export function summariseQuestion(
  q: Question,
  rows: SummaryRow[],
  sawIt: (s: Json) => boolean = () => true,
): QuestionSummary {
  const seenRows = rows.filter((r) => sawIt(r.submission));
  const seen = seenRows.length;
  let answered = 0;
  let declined = 0;
  const counts = new Map<string, number>();
  const texts: TextRow[] = [];
  const numbers: number[] = [];
  const flags = new Map<string, FlagSummary>();
  let flagged = 0;
  const bump = (v: string) => counts.set(v, (counts.get(v) ?? 0) + 1);

  for (const { submission } of seenRows) {
    const id = String(submission.id);
    const a = answersOf(submission)[q.id];
    if (a !== undefined) {
      if (isDeclined(a)) declined++;
      else {
        answered++;
        if (Array.isArray(a)) {
          if (a.length === 0) bump(NONE);
          for (const v of new Set(a.map(String))) bump(v);
        } else if (a && typeof a === 'object') {
          // Contact details: only how, never the details themselves.
          if ((a as Json).method !== undefined) bump(String((a as Json).method));
        } else if (typeof a === 'number') {
          numbers.push(a);
          bump(String(a));
        } else if (FREE_TEXT.has(q.type)) texts.push({ feedbackId: id, text: String(a) });
        else bump(String(a));
      }
    }
    for (const f of (submission.flags as Json[] | undefined) ?? []) {
      if (f?.question !== q.id) continue;
      flagged++;
      const reason = typeof f.reason === 'string' && f.reason in flagReasons ? f.reason : 'none';
      let row = flags.get(reason);
      if (!row) flags.set(reason, (row = { reason, label: flagReasons[reason]!, count: 0, texts: [] }));
      row.count++;
      if (typeof f.text === 'string' && f.text) row.texts.push({ feedbackId: id, text: f.text });
    }
  }

  const summary: QuestionSummary = {
    id: q.id,
    label: questionLabel(q),
    type: q.type,
    seen,
    answered,
    preferNotToSay: declined,
    skipped: seen - answered - declined,
    preferNotToSayPercent: percentOf(declined, seen),
    skippedPercent: percentOf(seen - answered - declined, seen),
    flagged,
    // In the order the form offers the reasons, "no reason given" last.
    flags: Object.keys(flagReasons).flatMap((r) => (flags.has(r) ? [flags.get(r)!] : [])),
  };
  const row = (value: string | number, label: string): CountRow => {
    const count = counts.get(String(value)) ?? 0;
    counts.delete(String(value));
    return { value, label, count, percent: percentOf(count, seen) };
  };
  // Values the definition does not know (an older version's options): listed by what was sent.
  const rest = () => [...counts.keys()].map((v) => row(v, v));

  if (q.type === 'rating') {
    summary.ratings = ratingPoints(q).map((p) => row(p.value, p.label));
    summary.ratings.push(...rest().map((r) => ({ ...r, value: Number(r.value) })));
    summary.average = numbers.length
      ? Math.round((numbers.reduce((s, n) => s + n, 0) / numbers.length) * 10) / 10
      : null;
  } else if (FREE_TEXT.has(q.type)) {
    summary.texts = texts;
  } else {
    summary.options = optionsOf(q).map((o) => row(o.id, o.label));
    if (q.type === 'multi' && (q.noneOption || counts.has(NONE))) summary.options.push(row(NONE, noneLabel(q)));
    summary.options.push(...rest());
  }
  return summary;
}

/**
 * The results of the responses in `rows`: `def` gives the questions and their words (the version
 * chosen, or the current one); `defOf` gives the definition of each response's own version, when
 * stored, to tell which questions it could see. Without `def`, questions come from the answers.
 */
export function summarise(
  rows: SummaryRow[],
  def: FeedbackDefinition | undefined,
  defOf: (s: Json) => FeedbackDefinition | undefined = () => undefined,
): Results {
  const questions = def?.questions ?? questionsFromAnswers(rows);
  const sawIt = (q: Question) => (s: Json) => {
    const own = defOf(s);
    return !own || own.questions.some((x) => x.id === q.id);
  };
  const feeling = questions.find((q) => q.type === 'feeling');
  const feelingSummary = feeling && summariseQuestion(feeling, rows, sawIt(feeling));
  return {
    count: rows.length,
    overTime: responsesOverTime(rows),
    questions: questions.filter((q) => q.type !== 'feeling').map((q) => summariseQuestion(q, rows, sawIt(q))),
    feelings: feelingSummary?.options ?? [],
    feelingSkipped: feelingSummary?.skipped ?? 0,
    feelingPreferNotToSay: feelingSummary?.preferNotToSay ?? 0,
  };
}
