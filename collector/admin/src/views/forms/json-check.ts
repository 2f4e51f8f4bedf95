// Checks pasted or uploaded form JSON in the browser before it is sent: a JSON mistake with its
// line and column, and the few fields the collector needs to file it. The full check against
// feedback-definition.schema.json is the collector's (its errors name the field).

type Json = Record<string, unknown>;

export type Checked = { ok: true; definition: Json } | { ok: false; message: string };

/** Line and column (from 1) of a character position in `text`. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * Where JSON.parse stopped, from its message: browsers say "line 3 column 7" (Firefox, newer
 * Chrome) or "position 45" (older Chrome), or that the text ended too soon.
 */
export function whereParseFailed(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineColumn(text, text.trimEnd().length);
  return undefined;
}

/** The browser's words without the place (given separately, in plain words). */
const reasonOf = (message: string): string =>
  message
    .replace(/^JSON\.parse:\s*/i, '')
    .replace(/\s*(in JSON )?at position \d+.*$/i, '')
    .replace(/\s*at line \d+ column \d+.*$/i, '')
    .replace(/\s*\(line \d+ column \d+\)/i, '')
    .trim();

/** Checks the text as a form definition; `formId`, when given, is the id it must have. */
export function checkDefinition(text: string, formId?: string): Checked {
  if (!text.trim()) return { ok: false, message: 'Paste the form definition, or upload a JSON file' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const at = whereParseFailed(text, raw);
    const why = reasonOf(raw) || 'the JSON is not complete';
    return {
      ok: false,
      message: at
        ? `The JSON has a mistake at line ${at.line}, column ${at.column}: ${why}`
        : `The JSON has a mistake: ${why}`,
    };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'The form definition must be a JSON object, starting with {' };
  }
  const d = value as Json;
  if (typeof d.id !== 'string' || !d.id)
    return { ok: false, message: 'id: is required (the form id, such as "food-survey")' };
  if (!/^[\w.-]+$/.test(d.id))
    return { ok: false, message: 'id: use only letters, numbers, dots, dashes and underscores' };
  if (formId && d.id !== formId)
    return { ok: false, message: `id: must be "${formId}" to be a new version of this form` };
  if (!Number.isInteger(d.version) || (d.version as number) < 1)
    return { ok: false, message: 'version: must be a whole number, 1 or more' };
  if (typeof d.title !== 'string' || !d.title.trim()) return { ok: false, message: 'title: is required' };
  if (!Array.isArray(d.questions) || !d.questions.length)
    return { ok: false, message: 'questions: must have at least 1 question' };
  return { ok: true, definition: d };
}
