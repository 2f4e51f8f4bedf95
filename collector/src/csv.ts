/**
 * CSV for spreadsheets, safe to open: a cell that starts with `=`, `+`, `-` or `@` (or a tab or
 * carriage return) could run as a formula in Excel, LibreOffice or Google Sheets, so it gets a
 * leading `'` and is shown as the text it is. Cells are quoted as RFC 4180 says; lines end in CRLF;
 * a byte order mark tells Excel the file is UTF-8.
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
