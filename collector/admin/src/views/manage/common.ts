// Small helpers the management views (consent, credits, impact, forms, staff, audit) share:
// server errors turned into error-summary entries, dates in words, and new ids.
import { ApiError } from '../../api.js';

/** One line of an error summary: the id of the field it links to, and the message. */
export interface FieldError {
  target: string;
  message: string;
}

/**
 * The server's error as an error-summary entry. `fields` maps the field the server named
 * ("email", "items[0].reason") to the id of the control on this page; a field this page has
 * no control for links to `fallback` (usually the form's first control or its button).
 */
export function serverError(e: unknown, fields: Record<string, string>, fallback: string): FieldError {
  if (e instanceof ApiError) {
    const target = (e.field && fields[e.field]) || fallback;
    return { target, message: e.message };
  }
  return { target: fallback, message: 'Something went wrong. Try again.' };
}

/** The message of any error, in plain words. */
export const messageOf = (e: unknown): string =>
  e instanceof ApiError ? e.message : 'Something went wrong. Try again.';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "3 December 2026", or '' when there is no date. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
}

/** "3 Dec 2026, 14:05", or '' when there is no date. */
export function moment(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : timeFormat.format(d);
}

/** A new random id (for Idempotency-Key headers and new item ids). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  // Not a secure context (an http address that is not localhost): still unique enough for an item id.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** "1 record", "2 records". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** True when `s` is a real date written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Focuses the first element matching `selector` in `root` or in the shadow roots of the tables
 * in it (row buttons live inside <cpa-data-table>). False when there is none.
 */
export function focusDeep(root: ParentNode, selector: string): boolean {
  const found =
    root.querySelector<HTMLElement>(selector) ??
    [...root.querySelectorAll('cpa-data-table')]
      .map((t) => t.shadowRoot?.querySelector<HTMLElement>(selector))
      .find(Boolean);
  found?.focus();
  return !!found;
}

/**
 * A public collector address (/v1/impact/…, /v1/credits/…, /v1/forms/…) as it is now. Those are
 * served with a cache lifetime for the public; staff must never edit from a stale copy, so the
 * browser asks again every time (an unchanged answer costs a 304). Undefined on 404.
 */
export async function getPublic<T>(path: string): Promise<T | undefined> {
  let res: Response;
  try {
    res = await fetch(`/v1${path}`, {
      cache: 'no-cache',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    throw new ApiError(0, 'The back office cannot reach the collector. Check your connection and try again.');
  }
  if (res.status === 404) return undefined;
  const json = await res.json().catch(() => undefined);
  if (!res.ok)
    throw new ApiError(res.status, json?.error ?? `Something went wrong (${res.status}). Try again.`, json?.field);
  return json as T;
}
