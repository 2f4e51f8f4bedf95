// The one way the back office talks to the collector: same origin, the session cookie, and the
// CSRF token on every write. Errors come back as ApiError with the server's plain words.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The field the server named, when it named one (such as "email" or "items/0/status"). */
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface Staff {
  email: string;
  role: 'admin' | 'editor' | 'viewer';
  csrf: string;
  expiresAt?: string;
}

type Query = Record<string, string | number | undefined | null> | URLSearchParams;

const ROLES = ['viewer', 'editor', 'admin'] as const;
/** True when `staff` has at least `role` (viewer < editor < admin). */
export const can = (staff: Staff | undefined, role: Staff['role']) =>
  !!staff && ROLES.indexOf(staff.role) >= ROLES.indexOf(role);

export class Api {
  /** Set after sign-in; sent as X-CSRF-Token on every write. */
  csrf = '';
  /** Called on 401 (the session ended): the shell sends the person to sign in. */
  onSignedOut?: () => void;

  constructor(readonly base = '/v1/admin') {}

  /** The address of `path` with `query`, for links (exports) as well as requests. */
  url(path: string, query?: Query): string {
    const q = new URLSearchParams();
    if (query instanceof URLSearchParams) query.forEach((v, k) => v !== '' && q.append(k, v));
    else if (query)
      for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
    const s = q.toString();
    return `${this.base}${path}${s ? `?${s}` : ''}`;
  }

  get<T = any>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', this.url(path, query));
  }

  send<T = any>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, this.url(path), body);
  }

  private async request<T>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && this.csrf) headers['X-CSRF-Token'] = this.csrf;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, 'The back office cannot reach the collector. Check your connection and try again.');
    }
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      if (res.status === 401 && !url.endsWith('/session')) this.onSignedOut?.();
      throw new ApiError(res.status, json?.error ?? `Something went wrong (${res.status}). Try again.`, json?.field);
    }
    return json as T;
  }
}
