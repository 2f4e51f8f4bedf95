import type { FeedbackDefinition, Question } from '../../src/contract/feedback.js';
import type { ConsentDefinition } from '../../src/contract/consent.js';
import { textOf } from '../../src/contract/text.js';
import { declinedLabel, flagReasons, optionsOf, questionLabel } from './results/labels.js';
import type { ConsentHistory } from './store.js';
import { accessNeedsOf, currentCredit, paymentMethod, withdrawnFromAll } from './store/consent-state.js';

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
 * its question (from the form version the submission names), option ids become their labels
 * (the built-in words of yes/no, feeling and contact questions too) and `[]` the "None of these"
 * label; without it, ids stay as sent.
 */
export function answerText(a: unknown, q?: Question): string {
  if (a === undefined) return '';
  const word = (v: unknown) => (q ? optionsOf(q).find((o) => o.id === v)?.label : undefined) ?? String(v);
  if (Array.isArray(a)) return a.length === 0 && q?.noneOption ? textOf(q.noneOption) : a.map(word).join('; ');
  if (a && typeof a === 'object') {
    if ((a as Json).declined === true) return `(${declinedLabel.toLowerCase()})`;
    return Object.entries(a as Json)
      .map(([k, v]) => `${k}: ${k === 'method' ? word(v) : String(v)}`)
      .join('; ');
  }
  return typeof a === 'string' ? word(a) : String(a);
}

/** The fixed columns of the feedback export, in plain words. Question columns go after `Version`. */
const FEEDBACK_FIRST = ['Received', 'Form', 'Version'];
const FEEDBACK_LAST = ['Questions flagged', 'Themes', 'Sent', 'Language', 'Page', 'Seconds taken', 'Response id'];

/**
 * Feedback as a table whose first row reads well in a spreadsheet: when it was received, the
 * form and version, one column per question headed with its label (in the order first seen; the
 * id is added when two columns would share a label), the questions flagged, the themes, then the
 * rest. `formOf` gives the form definition of a submission's version when the collector holds it;
 * without it, columns are headed by question ids and answers stay as sent. `themesOf` gives the
 * theme names a submission (or one of its answers) is tagged with.
 */
export function feedbackCsv(
  rows: { receivedAt: string; submission: Json }[],
  formOf: (s: Json) => FeedbackDefinition | undefined = () => undefined,
  themesOf: (s: Json) => string[] = () => [],
): string {
  const questions: string[] = [];
  const labels = new Map<string, string>();
  for (const { submission } of rows) {
    const def = formOf(submission);
    for (const q of Object.keys((submission.answers as Json) ?? {})) {
      if (!questions.includes(q)) questions.push(q);
      const found = labels.has(q) ? undefined : def?.questions.find((x) => x.id === q);
      if (found) labels.set(q, questionLabel(found));
    }
  }
  const fixed = [...FEEDBACK_FIRST, ...FEEDBACK_LAST];
  const heads = questions.map((q) => labels.get(q) ?? q);
  // A label shared by two columns, or equal to a fixed column's name, is told apart by its id.
  const shared = (h: string, i: number) => heads.indexOf(h) !== i || heads.lastIndexOf(h) !== i || fixed.includes(h);
  const header = heads.map((h, i) => (labels.has(questions[i]!) && shared(h, i) ? `${h} (${questions[i]})` : h));
  return toCsv(
    [...FEEDBACK_FIRST, ...header, ...FEEDBACK_LAST],
    rows.map(({ receivedAt, submission: s }) => {
      const def = formOf(s);
      const question = (id: string) => def?.questions.find((x) => x.id === id);
      const meta = (s.meta as Json) ?? {};
      const answers = (s.answers as Json) ?? {};
      const flags = ((s.flags as Json[]) ?? [])
        .map((f) => {
          const q = question(String(f.question));
          const reason = typeof f.reason === 'string' ? (flagReasons[f.reason] ?? f.reason) : undefined;
          return [q ? questionLabel(q) : f.question, reason, f.text]
            .filter((x) => x !== undefined && x !== '')
            .join(': ');
        })
        .join('; ');
      const seconds = typeof meta.elapsedMs === 'number' ? Math.round(meta.elapsedMs / 1000) : '';
      return [
        receivedAt,
        s.formId,
        s.formVersion,
        ...questions.map((q) => answerText(answers[q], question(q))),
        flags,
        themesOf(s).join('; '),
        s.submittedAt,
        s.locale,
        meta.page,
        seconds,
        s.id,
      ];
    }),
  );
}

const creditWords: Record<string, string> = {
  full: 'Full name',
  'first-name': 'First name',
  initials: 'Initials',
  pseudonym: 'Pseudonym',
  group: 'Group',
  anonymous: 'Not named, counted only',
  hidden: 'Not shown at all',
};
const paymentWords: Record<string, string> = {
  cash: 'Cash',
  bank: 'Bank transfer',
  voucher: 'Voucher',
  none: 'Does not want paying',
};
const methodWords: Record<string, string> = {
  online: 'Online',
  verbal: 'Spoken (recorded by staff)',
  paper: 'On paper',
  assisted: 'With a supporter',
};

/** "Pseudonym: Riverside Rae (with lived experience)". */
function creditText(c: Json | undefined): string {
  if (!c || typeof c.credit !== 'string') return '';
  const shown = [c.name, c.pseudonym, c.group].find((x) => typeof x === 'string');
  return `${creditWords[c.credit] ?? c.credit}${shown ? `: ${shown}` : ''}${c.livedExperience === true ? ' (with lived experience)' : ''}`;
}

/**
 * Consent records as a table: one row per record, with the current decision on each statement
 * (headed with the statement's words from the stored consent definition, else its id), access
 * needs, the payment and credit choices, and whether the person withdrew from everything or was
 * erased. `definitionOf` gives the consent definition of a record's version (or the latest).
 */
export function consentCsv(
  records: ConsentHistory[],
  definitionOf: (h: ConsentHistory) => ConsentDefinition | undefined = () => undefined,
): string {
  const statements: string[] = [];
  const labels = new Map<string, string>();
  for (const h of records) {
    const def = definitionOf(h);
    for (const st of def?.statements ?? []) {
      if (!statements.includes(st.id)) statements.push(st.id);
      if (!labels.has(st.id)) labels.set(st.id, textOf(st.short ?? st.text));
    }
    for (const id of Object.keys(h.current ?? {})) if (!statements.includes(id)) statements.push(id);
  }
  const fixed = ['Reference', 'Consent', 'Version', 'Received', 'How consent was taken'];
  const after = ['Access needs', 'Payment', 'Credit', 'Contact', 'Withdrawn from everything', 'Erased', 'Record id'];
  const heads = statements.map((id) => labels.get(id) ?? id);
  const shared = (h: string, i: number) =>
    heads.indexOf(h) !== i || heads.lastIndexOf(h) !== i || fixed.includes(h) || after.includes(h);
  const header = heads.map((h, i) => (shared(h, i) ? `${h} (${statements[i]})` : h));
  return toCsv(
    [...fixed, ...header, ...after],
    records.map((h) => {
      const r = h.record ?? {};
      const withdrawn = (id: string) =>
        h.events.some(
          (e) =>
            e.type === 'withdrawn' && (e.all === true || (Array.isArray(e.statements) && e.statements.includes(id))),
        );
      const decision = (id: string) => {
        if (!h.current || !(id in h.current)) return '';
        if (h.current[id]) return 'Yes';
        return withdrawn(id) ? 'No (withdrawn)' : 'No';
      };
      const method = typeof r.method === 'string' ? r.method : h.record ? 'online' : '';
      const payment = paymentMethod(h);
      return [
        r.reference,
        h.consentId,
        h.version,
        h.receivedAt,
        methodWords[method] ?? method,
        ...statements.map(decision),
        accessNeedsOf(h) ?? '',
        payment ? (paymentWords[payment] ?? payment) : '',
        creditText(currentCredit(h)),
        (r.contact as Json | undefined)?.method,
        withdrawnFromAll(h) ? 'Yes' : 'No',
        h.erasedAt ? 'Yes' : 'No',
        h.recordId,
      ];
    }),
  );
}
