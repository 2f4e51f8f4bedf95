import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { eraseFeedback } from '../store/erasure.js';
import { searchContact } from '../store/search.js';
import { text, uuidParam } from './common.js';

/**
 * /v1/admin: erasure of a feedback submission, and the search staff use to find everything of one
 * person's (by a contact value or a name) before erasing it. Consent erasure is
 * `DELETE /v1/admin/consent/:recordId` (admin.ts); both run store/erasure.ts.
 */
export const erasureRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const limited = writeLimited(ctx);

    admin.delete<{ Params: { feedbackId: string } }>(
      '/feedback/:feedbackId',
      { config: limited, schema: { params: uuidParam('feedbackId') } },
      async (request, reply) => {
        const result = await eraseFeedback(ctx.storage, request.params.feedbackId, request.log);
        if (result === 'unknown')
          return reply.code(404).send({ error: 'There is no feedback submission with this id.' });
        // Erased now, or before (a retry): either way it is gone.
        return reply.code(204).send();
      },
    );

    // The value is in the query string, which the logs never hold.
    admin.get<{ Querystring: { contact: string } }>(
      '/search',
      {
        config: limited,
        schema: {
          querystring: {
            type: 'object',
            required: ['contact'],
            additionalProperties: false,
            properties: { contact: text(200) },
          },
        },
      },
      async (request, reply) => {
        const value = request.query.contact.trim();
        if (value.length < 3) {
          return reply.code(400).send({
            error: '?contact: give at least 3 characters, so the search finds one person and not everyone.',
            field: '?contact',
          });
        }
        return searchContact(ctx.storage, value);
      },
    );
  },
  { name: 'erasure-routes' },
);
