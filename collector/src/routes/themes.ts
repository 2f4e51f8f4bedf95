import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import {
  createTheme,
  deleteTheme,
  linkTheme,
  listTags,
  listThemes,
  renameTheme,
  tagFeedback,
  untagFeedback,
} from '../store/themes.js';
import {
  feedbackRef,
  isMissing,
  itemParams,
  keyParam,
  missing,
  storableBody as preValidation,
  text,
} from './common.js';

const themeId = text(200);
const projectParams = keyParam('projectId');
const themeParams = {
  type: 'object',
  required: ['projectId', 'themeId'],
  properties: { ...projectParams.properties, themeId },
};
const nameBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } },
} as const;

interface ThemeParams {
  projectId: string;
  themeId: string;
}

const nameTaken = (name: string) => ({
  error: `There is already a theme called "${name}" in this project.`,
  field: 'name',
});

/**
 * /v1/admin/projects/:projectId/themes…: the themes staff tag feedback with, and
 * /v1/admin/impact/:panelId/items/:itemId/links/from-theme, which links every tagged answer of a
 * theme to a "you said" item.
 */
export const themeRoutes = fp(
  async (admin) => {
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
        if (result === 'no-project')
          return reply.code(404).send({ error: 'There is no project with this id.', field: 'projectId' });
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
        if (result === 'no-theme') return missing(reply, result);
        if (result === 'taken') return reply.code(409).send(nameTaken(name));
        return result;
      },
    );

    admin.delete<{ Params: ThemeParams }>(
      '/projects/:projectId/themes/:themeId',
      { config: limited, schema: { params: themeParams } },
      async (request, reply) => {
        if (!(await deleteTheme(db, request.params.projectId, request.params.themeId)))
          return missing(reply, 'no-theme');
        return reply.code(204).send();
      },
    );

    admin.get<{ Params: ThemeParams }>(
      '/projects/:projectId/themes/:themeId/tags',
      { config: limited, schema: { params: themeParams } },
      async (request, reply) => {
        const tags = await listTags(db, request.params.projectId, request.params.themeId);
        if (!tags) return missing(reply, 'no-theme');
        return { tags };
      },
    );

    admin.post<{ Params: ThemeParams; Body: { feedbackId: string; questionId?: string } }>(
      '/projects/:projectId/themes/:themeId/tags',
      { config: limited, preValidation, schema: { params: themeParams, body: feedbackRef } },
      async (request, reply) => {
        const { projectId, themeId: theme } = request.params;
        const { feedbackId, questionId: question } = request.body;
        const result = await tagFeedback(db, projectId, theme, feedbackId, question);
        if (isMissing(result)) return missing(reply, result);
        return reply
          .code(result === 'created' ? 201 : 200)
          .send({ themeId: theme, feedbackId, ...(question ? { questionId: question } : {}) });
      },
    );

    admin.delete<{ Params: ThemeParams; Querystring: { feedbackId: string; questionId?: string } }>(
      '/projects/:projectId/themes/:themeId/tags',
      { config: limited, schema: { params: themeParams, querystring: feedbackRef } },
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
          params: itemParams,
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
        if (isMissing(result)) return missing(reply, result);
        return result;
      },
    );
  },
  { name: 'theme-routes' },
);
