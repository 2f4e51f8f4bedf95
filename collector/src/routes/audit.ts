import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { listAudit } from '../staff/audit.js';

/** `GET /v1/admin/audit?limit=` (admin only): who did what and when, newest first. */
export const auditRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    admin.get<{ Querystring: { limit?: number } }>(
      '/audit',
      {
        config: writeLimited(ctx),
        schema: {
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { limit: { type: 'integer', minimum: 1, maximum: 10_000 } },
          },
        },
      },
      async (request) => {
        const entries = await listAudit(ctx.storage, request.query.limit ?? 500);
        return { count: entries.length, entries };
      },
    );
  },
  { name: 'audit-routes' },
);
