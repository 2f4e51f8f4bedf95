import fp from 'fastify-plugin';
import { readLimited } from '../context.js';
import { builtPanel } from '../store/impact.js';
import { etagOf, keyParam, notModified } from './published.js';

/**
 * GET /v1/impact/:panelId: what `<cp-impact-panel src>` reads. Built at each request from the
 * panel staff published and the feedback linked to its items (`raisedBy`, `raisedAt`,
 * `updatedAt`; see store/impact.ts), with an ETag of the built body (If-None-Match → 304) and the
 * same cache headers and read limit as the other published reads.
 */
export const impactRoutes = fp(async (app) => {
  const { ctx } = app;
  app.get<{ Params: { panelId: string } }>(
    '/v1/impact/:panelId',
    { config: readLimited(ctx), schema: { params: keyParam('panelId') } },
    async (request, reply) => {
      const built = await builtPanel(ctx.storage, request.params.panelId);
      if (!built) return reply.code(404).send({ error: 'Nothing has been published at this address yet.' });
      const etag = etagOf(built.body);
      reply
        .header('ETag', etag)
        .header('Last-Modified', built.lastModified.toUTCString())
        .header('Cache-Control', `public, max-age=${ctx.config.cacheSeconds}, must-revalidate`);
      if (notModified(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type('application/json; charset=utf-8').send(built.body);
    },
  );
}, { name: 'impact-routes' });
