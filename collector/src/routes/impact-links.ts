import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { linkFeedback, listLinks, unlinkFeedback } from '../store/impact.js';
import { feedbackRef, isMissing, itemParams, keyParam, missing } from './common.js';

interface LinkParams {
  panelId: string;
  itemId: string;
}

/**
 * /v1/admin/impact/:panelId/…: staff link feedback submissions, or single answers, to the items
 * of a published impact panel. The public panel then shows how many people raised each item.
 */
export const impactLinkRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const limited = writeLimited(ctx);

    admin.post<{ Params: LinkParams; Body: { feedbackId: string; questionId?: string } }>(
      '/impact/:panelId/items/:itemId/links',
      { config: limited, schema: { params: itemParams, body: feedbackRef } },
      async (request, reply) => {
        const { panelId, itemId } = request.params;
        const { feedbackId: id, questionId: question } = request.body;
        const result = await linkFeedback(ctx.storage, panelId, itemId, id, question);
        if (isMissing(result)) return missing(reply, result);
        return reply
          .code(result === 'created' ? 201 : 200)
          .send({ panelId, itemId, feedbackId: id, ...(question ? { questionId: question } : {}) });
      },
    );

    admin.delete<{ Params: LinkParams; Querystring: { feedbackId: string; questionId?: string } }>(
      '/impact/:panelId/items/:itemId/links',
      { config: limited, schema: { params: itemParams, querystring: feedbackRef } },
      async (request, reply) => {
        const { panelId, itemId } = request.params;
        const gone = await unlinkFeedback(
          ctx.storage,
          panelId,
          itemId,
          request.query.feedbackId,
          request.query.questionId,
        );
        if (!gone) return reply.code(404).send({ error: 'This feedback is not linked to this item.' });
        return reply.code(204).send();
      },
    );

    admin.get<{ Params: { panelId: string } }>(
      '/impact/:panelId/links',
      { config: limited, schema: { params: keyParam('panelId') } },
      async (request, reply) => {
        const links = await listLinks(ctx.storage, request.params.panelId);
        if (!links) return missing(reply, 'no-panel');
        return { panelId: request.params.panelId, count: links.length, links };
      },
    );
  },
  { name: 'impact-link-routes' },
);
