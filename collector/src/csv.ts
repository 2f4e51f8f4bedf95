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

/** One answer as words in a cell: lists joined with "; ", "Prefer not to say" spelled out. */
export function answerText(a: unknown): string {
  if (a === undefined) return '';
  if (Array.isArray(a)) return a.map(String).join('; ');
  if (a && typeof a === 'object') {
    if ((a as Json).declined === true) return '(prefer not to say)';
    return Object.entries(a as Json)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join('; ');
  }
  return String(a);
}

/** Feedback as a table: fixed columns, then one column per question in the order first seen. */
export function feedbackCsv(rows: { receivedAt: string; submission: Json }[]): string {
  const questions: string[] = [];
  for (const { submission } of rows) {
    for (const q of Object.keys((submission.answers as Json) ?? {})) if (!questions.includes(q)) questions.push(q);
  }
  const fixed = ['id', 'formId', 'formVersion', 'submittedAt', 'receivedAt', 'locale', 'page', 'elapsedMs', 'flags'];
  return toCsv(
    [...fixed, ...questions],
    rows.map(({ receivedAt, submission: s }) => {
      const meta = (s.meta as Json) ?? {};
      const answers = (s.answers as Json) ?? {};
      const flags = ((s.flags as Json[]) ?? [])
        .map((f) => [f.question, f.reason, f.text].filter((x) => x !== undefined && x !== '').join(': '))
        .join('; ');
      return [s.id, s.formId, s.formVersion, s.submittedAt, receivedAt, s.locale, meta.page, meta.elapsedMs, flags, ...questions.map((q) => answerText(answers[q]))];
    }),
  );
}
