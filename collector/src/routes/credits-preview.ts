import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { buildCredits } from '../store/credits.js';
import { redactCredits } from '../../../src/contract/redact.js';
import type { CreditsData } from '../../../src/contract/credits.js';
import { keyParam } from './common.js';

/**
 * POST /v1/admin/projects/:projectId/credits/preview: the credits exactly as GET /v1/credits/:projectId
 * would serve them if these staff entries were published with PUT /v1/admin/credits/:projectId
 * (the same redaction PUT stores them with, then the same build). Nothing is stored.
 */
export const creditsPreviewRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    admin.post<{ Params: { projectId: string }; Body: CreditsData }>(
      '/projects/:projectId/credits/preview',
      {
        config: writeLimited(ctx),
        bodyLimit: ctx.config.adminBodyLimit,
        schema: { params: keyParam('projectId'), body: ctx.schemas.creditsBody },
      },
      async (request) => buildCredits(ctx.store, request.params.projectId, redactCredits(request.body)),
    );
  },
  { name: 'credits-preview-routes' },
);
