import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app.js';

export const keyParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,200}$' } },
});

/** A strong ETag: the first 128 bits of the body's SHA-256. */
export const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** True when `If-None-Match` names this ETag (or `*`). Weak and strong forms both match, as RFC 9110 says for GET. */
export function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * GET /v1/impact/:panelId and GET /v1/credits/:projectId: the JSON that `<cp-impact-panel src>`
 * and `<cp-credits src>` read, with an ETag (If-None-Match → 304) and cache headers. Credits were
 * reduced to what each person chose to show when they were published; hidden people are not stored.
 */
export function publishedRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Each route counts its own requests per client, apart from sending (a busy page's readers
  // must not use up the budget its writers need).
  const limited = ctx.readLimit ? { rateLimit: ctx.readLimit } : {};
  for (const [kind, param] of [['impact', 'panelId'], ['credits', 'projectId']] as const) {
    app.get<{ Params: Record<string, string> }>(`/v1/${kind}/:${param}`, { config: limited, schema: { params: keyParam(param) } }, async (request, reply) => {
      const row = await ctx.store.published(kind, request.params[param]!);
      if (!row) return reply.code(404).send({ error: 'Nothing has been published at this address yet.' });
      reply
        .header('ETag', row.etag)
        .header('Last-Modified', row.updatedAt.toUTCString())
        .header('Cache-Control', `public, max-age=${ctx.config.cacheSeconds}, must-revalidate`);
      if (notModified(request.headers['if-none-match'], row.etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(row.body);
    });
  }
}
