// The results filter lives in the address (so a colleague can open the same view): the same
// query parameters as the server's feedback filter (see /work/notes/api-b.md), minus formId,
// which is the path. Summaries, the response list and the exports all follow it.
import { href } from '../../router.js';

export const FILTER_KEYS = ['version', 'from', 'to', 'theme', 'question', 'answer', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filter = Partial<Record<FilterKey, string>>;

/** The filter in `query`, ignoring anything else. */
export function readFilter(query: URLSearchParams): Filter {
  const f: Filter = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k)?.trim();
    if (v) f[k] = v;
  }
  // An answer needs its question, and the other way round.
  if (!f.question || !f.answer) {
    delete f.question;
    delete f.answer;
  }
  return f;
}

/** `filter` with `changes` applied (undefined or '' removes a key). */
export function withFilter(filter: Filter, changes: Filter): Filter {
  const next: Filter = { ...filter };
  for (const [k, v] of Object.entries(changes) as [FilterKey, string | undefined][]) {
    if (v) next[k] = v;
    else delete next[k];
  }
  return next;
}

/** The server's query for `filter`: adds the form, and the project when filtering by theme. */
export function apiQuery(formId: string, filter: Filter, projectId?: string): Record<string, string | undefined> {
  return { formId, ...filter, projectId: filter.theme ? projectId : undefined };
}

/** The address of `view` ('results' or 'responses') for `formId` with `filter`. */
export function viewHref(view: 'results' | 'responses', formId: string, filter: Filter): string {
  return href(view, [formId], filter as Record<string, string>);
}

export const isFiltered = (f: Filter) => Object.keys(f).some((k) => k !== 'version');

/** Special answer values for "Prefer not to say", "Skipped" and "None of these". */
export const DECLINED = ':declined';
export const SKIPPED = ':skipped';
export const NONE = ':none';
