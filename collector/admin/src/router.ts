// History routing under /admin/: /admin/<view>/<params…>?<query>. No library: the shell listens
// for `cpa-navigate` and popstate, and intercepts clicks on same-origin /admin/ links.

export const BASE = '/admin/';

export interface Route {
  /** '' for the overview, else the first path segment ('results', 'consent', …). */
  view: string;
  params: string[];
  query: URLSearchParams;
}

export function parseRoute(loc: { pathname: string; search: string } = location): Route {
  const rest = loc.pathname.startsWith(BASE) ? loc.pathname.slice(BASE.length) : '';
  const [view = '', ...params] = rest
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  return { view, params, query: new URLSearchParams(loc.search) };
}

/** The address of a view: `href('results', ['food-survey'], { theme: 'transport' })`. */
export function href(
  view: string,
  params: string[] = [],
  query?: Record<string, string | undefined> | URLSearchParams,
): string {
  const path =
    BASE +
    [view, ...params]
      .filter((s) => s !== '')
      .map(encodeURIComponent)
      .join('/');
  const q = new URLSearchParams();
  if (query instanceof URLSearchParams) query.forEach((v, k) => v && q.append(k, v));
  else if (query) for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Goes to `url` (an /admin/ address). `replace` changes the current entry (filters as they change). */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new CustomEvent('cpa-navigate', { detail: { url, replace: !!options.replace } }));
}
