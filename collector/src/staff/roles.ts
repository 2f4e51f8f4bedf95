// Who may do what in /v1/admin. This file is the one place that says it: the auth hook
// (staff/auth.ts) checks every admin request against `requiredRole`, and the audit log
// (staff/audit.ts) uses `changesState` to know what to write down.

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
export const atLeast = (role: Role, needed: Role) => rank[role] >= rank[needed];

/** `METHOD /v1/admin/route/:pattern` as Fastify names the route. */
const key = (method: string, url: string) => `${method} ${url}`;

/**
 * Admin only: erasure (and the search that finds what to erase), staff accounts and the audit
 * log. Everything else that changes something needs an editor; reading needs a viewer.
 */
export const ADMIN_ONLY = new Set([
  key('DELETE', '/v1/admin/consent/:recordId'),
  key('DELETE', '/v1/admin/feedback/:feedbackId'),
  key('GET', '/v1/admin/search'),
  key('GET', '/v1/admin/staff'),
  key('POST', '/v1/admin/staff'),
  key('PUT', '/v1/admin/staff/:id'),
  key('GET', '/v1/admin/audit'),
]);

/** POSTs that change nothing (a preview): a viewer may send them, and they are not audited. */
export const READ_ONLY_POSTS = new Set([key('POST', '/v1/admin/projects/:projectId/credits/preview')]);

/** Reached without being signed in: signing in itself. */
export const OPEN = new Set([key('POST', '/v1/admin/session')]);

/** Any signed-in role: your own session (read it, sign out). */
export const ANY_ROLE = new Set([key('GET', '/v1/admin/session'), key('DELETE', '/v1/admin/session')]);

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request may change something (so it needs CSRF checks and is audited). */
export function changesState(method: string, url: string): boolean {
  return !reads.has(method) && !READ_ONLY_POSTS.has(key(method, url));
}

/** The least role that may make this request. */
export function requiredRole(method: string, url: string): Role {
  const k = key(method === 'HEAD' ? 'GET' : method, url);
  if (ANY_ROLE.has(k)) return 'viewer';
  if (ADMIN_ONLY.has(k)) return 'admin';
  return changesState(method, url) ? 'editor' : 'viewer';
}

export const isOpen = (method: string, url: string) => OPEN.has(key(method, url));
