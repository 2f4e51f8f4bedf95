import type { FeedbackDefinition, Question } from '../../src/contract/feedback.js';
import { definitionToCheck, type Json } from './store/definitions.js';
import type { Sql } from './storage/types.js';

/** Why a submission does not fit the definition version it names: answered with 422. */
export interface Mismatch {
  error: string;
  field: string;
}

/**
 * The option ids a choice question's answer may hold: its own options, or the widget's built-in
 * ones (yesNo, feeling, contact's way to get in touch). Undefined for questions without choices.
 */
export function optionIds(q: Question): Set<string> | undefined {
  if (q.options) return new Set(q.options.map((o) => o.id));
  if (q.type === 'yesNo') return new Set(['yes', 'no']);
  if (q.type === 'feeling') return new Set(['fine', 'mostly-fine', 'uncomfortable', 'upsetting']);
  if (q.type === 'contact') return new Set(['email', 'phone', 'sms']);
  return undefined;
}

const declined = (a: unknown) => !!a && typeof a === 'object' && !Array.isArray(a) && (a as Json).declined === true;

/** The field of the first option id in one answer that is not one of the question's options. */
function badOption(q: Question, answer: unknown, field: string): Mismatch | undefined {
  const ids = optionIds(q);
  if (!ids || declined(answer)) return undefined;
  const not = (value: unknown, at: string): Mismatch => ({
    error: `${at}: ${JSON.stringify(value)} is not one of the options of question "${q.id}"`,
    field: at,
  });
  if (q.type === 'multi') {
    if (!Array.isArray(answer)) return not(answer, field);
    const i = answer.findIndex((v) => typeof v !== 'string' || !ids.has(v));
    return i >= 0 ? not(answer[i], `${field}[${i}]`) : undefined;
  }
  if (q.type === 'contact') {
    // { method?, details }: only the way to get in touch is a choice.
    const method = answer && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Json).method : undefined;
    return method !== undefined && (typeof method !== 'string' || !ids.has(method))
      ? not(method, `${field}.method`)
      : undefined;
  }
  return typeof answer === 'string' && ids.has(answer) ? undefined : not(answer, field);
}

/** A feedback submission against the form version it names. */
export function checkFeedback(def: FeedbackDefinition, s: Json): Mismatch | undefined {
  const questions = new Map(def.questions.map((q) => [q.id, q]));
  for (const [id, answer] of Object.entries((s.answers as Json) ?? {})) {
    const field = `answers.${id}`;
    const q = questions.get(id);
    if (!q) return { error: `${field}: there is no question "${id}" in version ${def.version} of this form`, field };
    const bad = badOption(q, answer, field);
    if (bad) return bad;
  }
  const flags = (s.flags as Json[] | undefined) ?? [];
  for (let i = 0; i < flags.length; i++) {
    const id = String(flags[i]!.question);
    if (!questions.has(id)) {
      const field = `flags[${i}].question`;
      return { error: `${field}: there is no question "${id}" in version ${def.version} of this form`, field };
    }
  }
  return undefined;
}

/** A consent record against the consent version it names: its decisions name only statements. */
export function checkConsentRecord(def: Json, r: Json): Mismatch | undefined {
  const statements = new Set(((def.statements as Json[] | undefined) ?? []).map((s) => String(s.id)));
  const lists: [string, unknown][] = [
    ['decisions', r.decisions],
    ['assent.decisions', (r.assent as Json | undefined)?.decisions],
  ];
  for (const [name, decisions] of lists) {
    for (const key of Object.keys((decisions as Json | undefined) ?? {})) {
      const field = `${name}.${key}`;
      if (!statements.has(key))
        return {
          error: `${field}: there is no statement "${key}" in version ${String(def.version)} of this consent`,
          field,
        };
    }
  }
  return undefined;
}

const consentEvents = new Set(['declined', 'withdrawn', 'credit-changed']);

/**
 * Checks a feedback submission or a consent record against the stored definition version it
 * names. Forms and consents the collector holds no definition for are taken as before
 * (undefined); so are withdrawals, credit changes and declines.
 */
export async function checkSubmission(
  db: Sql,
  kind: 'feedback' | 'consent',
  body: Json,
): Promise<Mismatch | undefined> {
  if (kind === 'consent' && consentEvents.has(body.type as string)) return undefined;
  const [defKind, id, version, versionField] =
    kind === 'feedback'
      ? (['form', String(body.formId), String(body.formVersion), 'formVersion'] as const)
      : (['consent', String(body.consentId), String(body.version), 'version'] as const);
  const def = await definitionToCheck(db, defKind, id, version);
  if (def === 'unknown') return undefined;
  if (def === 'missing') {
    const what = kind === 'feedback' ? 'form' : 'consent';
    return {
      error: `${versionField}: version ${version} of the ${what} "${id}" is not stored here`,
      field: versionField,
    };
  }
  return kind === 'feedback'
    ? checkFeedback(def as unknown as FeedbackDefinition, body)
    : checkConsentRecord(def, body);
}
