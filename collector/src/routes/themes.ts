import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { createTheme, deleteTheme, linkTheme, listTags, listThemes, renameTheme, tagFeedback, untagFeedback } from '../store/themes.js';
import { keyParam } from './published.js';
import { unstorableString } from './submissions.js';

const uuid = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' } as const;
const themeId = { type: 'string', minLength: 1, maxLength: 200 } as const;
const questionId = { type: 'string', minLength: 1, maxLength: 200 } as const;
const projectParams = keyParam('projectId');
const themeParams = { type: 'object', required: ['projectId', 'themeId'], properties: { ...projectParams.properties, themeId } };
const nameBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } },
} as const;
const tagBody = { type: 'object', required: ['feedbackId'], additionalProperties: false, properties: { feedbackId: uuid, questionId } } as const;

interface ThemeParams {
  projectId: string;
  themeId: string;
}

/** Before the schema, as for other bodies: a string the database cannot hold is named. */
const preValidation = async (request: FastifyRequest, reply: FastifyReply) => {
  const field = unstorableString(request.body);
  if (field) return reply.code(400).send({ error: `${field}: holds a NUL character or a lone surrogate, which cannot be stored`, field });
};

const noTheme = { error: 'This project has no theme with this id.', field: 'themeId' };
const nameTaken = (name: string) => ({ error: `There is already a theme called "${name}" in this project.`, field: 'name' });

/**
 * /v1/admin/projects/:projectId/themes…: the themes staff tag feedback with, and
 * /v1/admin/impact/:panelId/items/:itemId/links/from-theme, which links every tagged answer of a
 * theme to a "you said" item.
 */
export const themeRoutes = fp(async (admin) => {
  const { ctx } = admin;
  const db = ctx.storage;
  const limited = writeLimited(ctx);

  admin.get<{ Params: { projectId: string } }>(
    '/projects/:projectId/themes',
    { config: limited, schema: { params: projectParams } },
    async (request) => ({ themes: await listThemes(db, request.params.projectId) }),
  );

  admin.post<{ Params: { projectId: string }; Body: { name: string } }>(
    '/projects/:projectId/themes',
    { config: limited, preValidation, schema: { params: projectParams, body: nameBody } },
    async (request, reply) => {
      const name = request.body.name.trim();
      const result = await createTheme(db, request.params.projectId, name);
      if (result === 'no-project') return reply.code(404).send({ error: 'There is no project with this id.', field: 'projectId' });
      if (result === 'taken') return reply.code(409).send(nameTaken(name));
      return reply.code(201).send(result);
    },
  );

  admin.put<{ Params: ThemeParams; Body: { name: string } }>(
    '/projects/:projectId/themes/:themeId',
    { config: limited, preValidation, schema: { params: themeParams, body: nameBody } },
    async (request, reply) => {
      const name = request.body.name.trim();
      const result = await renameTheme(db, request.params.projectId, request.params.themeId, name);
      if (result === 'no-theme') return reply.code(404).send(noTheme);
      if (result === 'taken') return reply.code(409).send(nameTaken(name));
      return result;
    },
  );

  admin.delete<{ Params: ThemeParams }>(
    '/projects/:projectId/themes/:themeId',
    { config: limited, schema: { params: themeParams } },
    async (request, reply) => {
      if (!(await deleteTheme(db, request.params.projectId, request.params.themeId))) return reply.code(404).send(noTheme);
      return reply.code(204).send();
    },
  );

  admin.get<{ Params: ThemeParams }>(
    '/projects/:projectId/themes/:themeId/tags',
    { config: limited, schema: { params: themeParams } },
    async (request, reply) => {
      const tags = await listTags(db, request.params.projectId, request.params.themeId);
      if (!tags) return reply.code(404).send(noTheme);
      return { tags };
    },
  );

  admin.post<{ Params: ThemeParams; Body: { feedbackId: string; questionId?: string } }>(
    '/projects/:projectId/themes/:themeId/tags',
    { config: limited, preValidation, schema: { params: themeParams, body: tagBody } },
    async (request, reply) => {
      const { projectId, themeId: theme } = request.params;
      const { feedbackId, questionId: question } = request.body;
      const result = await tagFeedback(db, projectId, theme, feedbackId, question);
      switch (result) {
        case 'no-theme':
          return reply.code(404).send(noTheme);
        case 'no-feedback':
          return reply.code(404).send({ error: 'There is no feedback submission with this id.', field: 'feedbackId' });
        case 'no-answer':
          return reply.code(400).send({ error: 'questionId: this submission has no answer to this question.', field: 'questionId' });
      }
      return reply.code(result === 'created' ? 201 : 200).send({ themeId: theme, feedbackId, ...(question ? { questionId: question } : {}) });
    },
  );

  admin.delete<{ Params: ThemeParams; Querystring: { feedbackId: string; questionId?: string } }>(
    '/projects/:projectId/themes/:themeId/tags',
    {
      config: limited,
      schema: { params: themeParams, querystring: { ...tagBody, properties: { feedbackId: uuid, questionId } } },
    },
    async (request, reply) => {
      const { projectId, themeId: theme } = request.params;
      const gone = await untagFeedback(db, projectId, theme, request.query.feedbackId, request.query.questionId);
      if (!gone) return reply.code(404).send({ error: 'This feedback is not tagged with this theme.' });
      return reply.code(204).send();
    },
  );

  admin.post<{ Params: { panelId: string; itemId: string }; Body: { projectId: string; themeId: string } }>(
    '/impact/:panelId/items/:itemId/links/from-theme',
    {
      config: limited,
      schema: {
        params: {
          type: 'object',
          required: ['panelId', 'itemId'],
          properties: { ...keyParam('panelId').properties, itemId: { type: 'string', minLength: 1, maxLength: 200 } },
        },
        body: {
          type: 'object',
          required: ['projectId', 'themeId'],
          additionalProperties: false,
          properties: { projectId: projectParams.properties.projectId, themeId },
        },
      },
    },
    async (request, reply) => {
      const { panelId, itemId } = request.params;
      const result = await linkTheme(db, panelId, itemId, request.body.projectId, request.body.themeId);
      switch (result) {
        case 'no-theme':
          return reply.code(404).send(noTheme);
        case 'no-panel':
          return reply.code(404).send({ error: 'No impact panel has been published with this id.', field: 'panelId' });
        case 'no-item':
          return reply.code(404).send({ error: 'The panel has no item with this id.', field: 'itemId' });
      }
      return result;
    },
  );
}, { name: 'theme-routes' });
