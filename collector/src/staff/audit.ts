import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Sql } from '../storage/types.js';
import { changesState } from './roles.js';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  target: string;
}

/** Plain names for the actions staff take; any other change is written as "METHOD /address". */
const ACTIONS: Record<string, string> = {
  'POST /session': 'signed in',
  'DELETE /session': 'signed out',
  'PUT /impact/:panelId': 'published a "you said, we did" panel',
  'PUT /credits/:projectId': 'published credits',
  'DELETE /consent/:recordId': 'erased a consent record',
  'DELETE /feedback/:feedbackId': 'erased a feedback response',
  'PUT /projects/:projectId': 'saved a project',
  'PUT /consent/:recordId/roles': 'changed credit roles',
  'POST /consent/:recordId/withdrawals': 'recorded a withdrawal',
  'POST /consent/:recordId/credit': 'recorded a change of credit',
  'POST /impact/:panelId/items/:itemId/links': 'linked feedback to an item',
  'DELETE /impact/:panelId/items/:itemId/links': 'unlinked feedback from an item',
  'POST /impact/:panelId/items/:itemId/links/from-theme': 'linked a theme to an item',
  'PUT /forms/:formId': 'saved a form',
  'PUT /consent-definitions/:consentId': 'saved a consent definition',
  'POST /projects/:projectId/themes': 'added a theme',
  'PUT /projects/:projectId/themes/:themeId': 'renamed a theme',
  'DELETE /projects/:projectId/themes/:themeId': 'deleted a theme',
  'POST /projects/:projectId/themes/:themeId/tags': 'tagged an answer',
  'DELETE /projects/:projectId/themes/:themeId/tags': 'removed a tag',
  'POST /staff': 'added a staff member',
  'PUT /staff/:id': 'changed a staff member',
  'GET /feedback': 'exported feedback',
  'GET /consent': 'exported consent records',
};

/** Ids that may be written down as the target, from the address, the query or the body. Never text. */
const ID_FIELDS = [
  'formId',
  'version',
  'consentId',
  'projectId',
  'themeId',
  'feedbackId',
  'questionId',
  'recordId',
  'panelId',
  'itemId',
];

/** Exports: reading feedback or consent as a download (`format=`, or an attachment). */
function isExport(request: FastifyRequest, reply: FastifyReply, path: string): boolean {
  if (request.method !== 'GET' || (path !== '/feedback' && path !== '/consent')) return false;
  const format = (request.query as Record<string, unknown> | undefined)?.format;
  return typeof format === 'string' || /attachment/i.test(String(reply.getHeader('content-disposition') ?? ''));
}

/** What to write for this answered request, or nothing when it is not audited. */
export function auditEntryFor(
  request: FastifyRequest,
  reply: FastifyReply,
): { action: string; target: string } | undefined {
  const url = request.routeOptions.url;
  if (!url || reply.statusCode >= 400) return undefined;
  const path = url.replace(/^\/v1\/admin/, '');
  if (!changesState(request.method, url) && !isExport(request, reply, path)) return undefined;
  const action = ACTIONS[`${request.method} ${path}`] ?? `${request.method} ${path}`;
  const target: string[] = [];
  const seen = new Set<string>();
  const add = (source: unknown) => {
    if (!source || typeof source !== 'object') return;
    for (const [k, v] of Object.entries(source as Record<string, unknown>)) {
      const id = k === 'id' ? 'staffId' : k;
      if ((k === 'id' || ID_FIELDS.includes(k)) && (typeof v === 'string' || typeof v === 'number') && !seen.has(id)) {
        seen.add(id);
        target.push(`${id}=${String(v).slice(0, 200)}`);
      }
    }
  };
  add(request.params);
  add(request.query);
  if (request.body && typeof request.body === 'object' && !Array.isArray(request.body)) {
    const body = request.body as Record<string, unknown>;
    add(Object.fromEntries(ID_FIELDS.filter((k) => k in body).map((k) => [k, body[k]])));
  }
  if (request.auditTarget) target.push(request.auditTarget);
  return { action, target: target.join(' ') };
}

export async function writeAudit(sql: Sql, entry: { actor: string; action: string; target: string }): Promise<void> {
  await sql.query('insert into audit_log (actor, action, target) values ($1, $2, $3)', [
    entry.actor,
    entry.action,
    entry.target,
  ]);
}

/** The newest entries first. */
export async function listAudit(sql: Sql, limit: number): Promise<AuditEntry[]> {
  const rows = await sql.query<{ at: Date; actor: string; action: string; target: string }>(
    'select at, actor, action, target from audit_log order by at desc, id desc limit $1',
    [limit],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), actor: r.actor, action: r.action, target: r.target }));
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by a handler to add what the address does not show (such as a new staff member's id). */
    auditTarget?: string;
  }
}
