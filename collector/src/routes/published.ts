import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readLimited } from '../context.js';
import { keyParam } from './common.js';

/** A strong ETag: the first 128 bits of the body's SHA-256. */
export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** True when `If-None-Match` names this ETag (or `*`). Weak and strong forms both match, as RFC 9110 says for GET. */
export function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/**
 * Answers a published read with `body` (JSON text): its ETag, `Last-Modified` when known, and a
 * cache time of `cacheSeconds` after which a cache must ask again; 304 when If-None-Match names
 * the ETag. One place, so every published read caches alike.
 */
export function sendPublished(
  request: FastifyRequest,
  reply: FastifyReply,
  cacheSeconds: number,
  body: string,
  lastModified?: Date,
) {
  const etag = etagOf(body);
  reply.header('ETag', etag);
  if (lastModified) reply.header('Last-Modified', lastModified.toUTCString());
  reply.header('Cache-Control', `public, max-age=${cacheSeconds}, must-revalidate`);
  if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * `GET path` with one id (`param`) that `build` turns into the body to publish, at each request:
 * 404 when there is nothing, else `sendPublished` under the read limit.
 */
export function publishedRead(
  app: FastifyInstance,
  path: string,
  param: string,
  build: (id: string) => Promise<{ body: string; lastModified?: Date } | undefined>,
) {
  const { ctx } = app;
  app.get<{ Params: Record<string, string> }>(
    path,
    { config: readLimited(ctx), schema: { params: keyParam(param) } },
    async (request, reply) => {
      const built = await build(request.params[param]!);
      if (!built) return reply.code(404).send({ error: 'Nothing has been published at this address yet.' });
      return sendPublished(request, reply, ctx.config.cacheSeconds, built.body, built.lastModified);
    },
  );
}

// The published reads that use these: GET /v1/impact/:panelId in routes/impact.ts (built with
// its feedback links), GET /v1/credits/:projectId in routes/credits.ts, and the definitions in
// routes/definitions.ts. All are built or read at each request.
