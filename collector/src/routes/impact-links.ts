import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { linkFeedback, listLinks, unlinkFeedback } from '../store/impact.js';
import { keyParam } from './published.js';

const uuid = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
/** Item ids are whatever the panel uses (any text), so only their length is checked here. */
const itemParams = {
  type: 'object',
  required: ['panelId', 'itemId'],
  properties: { ...keyParam('panelId').properties, itemId: { type: 'string', minLength: 1, maxLength: 200 } },
};
const feedbackId = { type: 'string', pattern: uuid };
const questionId = { type: 'string', minLength: 1, maxLength: 200 };

interface LinkParams {
  panelId: string;
  itemId: string;
}

/**
 * /v1/admin/impact/:panelId/…: staff link feedback submissions, or single answers, to the items
 * of a published impact panel. The public panel then shows how many people raised each item.
 */
export const impactLinkRoutes = fp(async (admin) => {
  const { ctx } = admin;
  const limited = writeLimited(ctx);

  admin.post<{ Params: LinkParams; Body: { feedbackId: string; questionId?: string } }>(
    '/impact/:panelId/items/:itemId/links',
    {
      config: limited,
      schema: {
        params: itemParams,
        body: { type: 'object', required: ['feedbackId'], additionalProperties: false, properties: { feedbackId, questionId } },
      },
    },
    async (request, reply) => {
      const { panelId, itemId } = request.params;
      const { feedbackId: id, questionId: question } = request.body;
      const result = await linkFeedback(ctx.storage, panelId, itemId, id, question);
      switch (result) {
        case 'no-panel':
          return reply.code(404).send({ error: 'No impact panel has been published with this id.', field: 'panelId' });
        case 'no-item':
          return reply.code(404).send({ error: 'The panel has no item with this id.', field: 'itemId' });
        case 'no-feedback':
          return reply.code(404).send({ error: 'There is no feedback submission with this id.', field: 'feedbackId' });
        case 'no-answer':
          return reply.code(400).send({ error: 'questionId: this submission has no answer to this question.', field: 'questionId' });
      }
      return reply
        .code(result === 'created' ? 201 : 200)
        .send({ panelId, itemId, feedbackId: id, ...(question ? { questionId: question } : {}) });
    },
  );

  admin.delete<{ Params: LinkParams; Querystring: { feedbackId: string; questionId?: string } }>(
    '/impact/:panelId/items/:itemId/links',
    {
      config: limited,
      schema: {
        params: itemParams,
        querystring: { type: 'object', required: ['feedbackId'], additionalProperties: false, properties: { feedbackId, questionId } },
      },
    },
    async (request, reply) => {
      const { panelId, itemId } = request.params;
      const gone = await unlinkFeedback(ctx.storage, panelId, itemId, request.query.feedbackId, request.query.questionId);
      if (!gone) return reply.code(404).send({ error: 'This feedback is not linked to this item.' });
      return reply.code(204).send();
    },
  );

  admin.get<{ Params: { panelId: string } }>(
    '/impact/:panelId/links',
    { config: limited, schema: { params: keyParam('panelId') } },
    async (request, reply) => {
      const links = await listLinks(ctx.storage, request.params.panelId);
      if (!links) return reply.code(404).send({ error: 'No impact panel has been published with this id.', field: 'panelId' });
      return { panelId: request.params.panelId, count: links.length, links };
    },
  );
}, { name: 'impact-link-routes' });
