import type { FeedbackDefinition, Question } from '../../src/contract/feedback.js';

/**
 * CSV for spreadsheets, safe to open: a cell whose first non-space character is `=`, `+`, `-` or
 * `@` (or that starts with a space, tab, CR or LF) could run as a formula in Excel, LibreOffice or
 * Google Sheets, so it gets a leading `'` and is shown as the text it is. Cells holding `,` `;` tab,
 * CR, LF or `"` are quoted (RFC 4180; `;` for locales that split on it); lines end in CRLF;
 * a byte order mark tells Excel the file is UTF-8.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  // A formula character after leading spaces still runs; a leading space, tab, CR or LF is
  // prefixed too, as is any cell whose first non-space character is `= + - @`.
  if (/^[=+\-@ \t\r\n]/.test(text)) text = `'${text}`;
  // Quoted when it holds a separator of any locale (`,` or `;`), a tab, CR, LF or `"`.
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

type Json = Record<string, unknown>;

/**
 * One answer as words in a cell: lists joined with "; ", "Prefer not to say" spelled out. With
 * its question (from the form version the submission names), option ids become their labels and
 * `[]` the "None of these" label; without it, ids stay as sent.
 */
export function answerText(a: unknown, q?: Question): string {
  if (a === undefined) return '';
  const word = (v: unknown) => q?.options?.find((o) => o.id === v)?.label ?? String(v);
  if (Array.isArray(a)) return a.length === 0 && q?.noneOption ? q.noneOption : a.map(word).join('; ');
  if (a && typeof a === 'object') {
    if ((a as Json).declined === true) return '(prefer not to say)';
    return Object.entries(a as Json)
      .map(([k, v]) => `${k}: ${k === 'method' ? word(v) : String(v)}`)
      .join('; ');
  }
  return typeof a === 'string' ? word(a) : String(a);
}

/**
 * Feedback as a table: fixed columns, then one column per question id in the order first seen.
 * `formOf` gives the form definition of a submission's version when the collector holds it: the
 * column is then headed with the question's label (with the id after it when two columns would
 * share a label) and options are shown by their labels.
 */
export function feedbackCsv(
  rows: { receivedAt: string; submission: Json }[],
  formOf: (s: Json) => FeedbackDefinition | undefined = () => undefined,
): string {
  const questions: string[] = [];
  const labels = new Map<string, string>();
  for (const { submission } of rows) {
    const def = formOf(submission);
    for (const q of Object.keys((submission.answers as Json) ?? {})) {
      if (!questions.includes(q)) questions.push(q);
      const label = labels.has(q) ? undefined : def?.questions.find((x) => x.id === q)?.label;
      if (label) labels.set(q, label);
    }
  }
  const fixed = ['id', 'formId', 'formVersion', 'submittedAt', 'receivedAt', 'locale', 'page', 'elapsedMs', 'flags'];
  const heads = questions.map((q) => labels.get(q) ?? q);
  // A label shared by two columns, or equal to a fixed column's name, is told apart by its id.
  const shared = (h: string, i: number) => heads.indexOf(h) !== i || heads.lastIndexOf(h) !== i || fixed.includes(h);
  const header = heads.map((h, i) => (labels.has(questions[i]!) && shared(h, i) ? `${h} (${questions[i]})` : h));
  return toCsv(
    [...fixed, ...header],
    rows.map(({ receivedAt, submission: s }) => {
      const def = formOf(s);
      const question = (id: string) => def?.questions.find((x) => x.id === id);
      const meta = (s.meta as Json) ?? {};
      const answers = (s.answers as Json) ?? {};
      const flags = ((s.flags as Json[]) ?? [])
        .map((f) => [f.question, f.reason, f.text].filter((x) => x !== undefined && x !== '').join(': '))
        .join('; ');
      return [s.id, s.formId, s.formVersion, s.submittedAt, receivedAt, s.locale, meta.page, meta.elapsedMs, flags, ...questions.map((q) => answerText(answers[q], question(q)))];
    }),
  );
}
