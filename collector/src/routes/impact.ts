import fp from 'fastify-plugin';
import { builtPanel } from '../store/impact.js';
import { publishedRead } from './published.js';

/**
 * GET /v1/impact/:panelId: what `<cp-impact-panel src>` reads. Built at each request from the
 * panel staff published and the feedback linked to its items (`raisedBy`, `raisedAt`,
 * `updatedAt`; see store/impact.ts), with an ETag of the built body (If-None-Match → 304) and the
 * same cache headers and read limit as the other published reads.
 */
export const impactRoutes = fp(
  async (app) => {
    publishedRead(app, '/v1/impact/:panelId', 'panelId', (panelId) => builtPanel(app.ctx.storage, panelId));
  },
  { name: 'impact-routes' },
);
