import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { buildCredits, getProject, listProjects, putProject, setRecordRoles, type Project } from '../store/credits.js';
import { keyParam, storableBody as preValidation, text, uuidParam } from './common.js';
import { publishedRead } from './published.js';

/** Ids as in addresses: the same form as `:projectId`, `:formId`, `:panelId`. */
const id = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,200}$' } as const;

/** PUT /v1/admin/projects/:projectId. */
const projectBody = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: text(200),
    consentId: text(200),
    forms: { type: 'array', maxItems: 100, uniqueItems: true, items: id },
    impactPanelId: id,
    credits: {
      type: 'object',
      additionalProperties: false,
      properties: { title: text(200) },
    },
  },
} as const;

/** PUT /v1/admin/consent/:recordId/roles: role ids, as in the credits' `roles`. */
const rolesBody = {
  type: 'object',
  required: ['roles'],
  additionalProperties: false,
  properties: { roles: { type: 'array', maxItems: 50, uniqueItems: true, items: text(100) } },
} as const;

/**
 * GET /v1/credits/:projectId: built at each request (store/credits.ts), so a withdrawal, a changed
 * credit choice or an erasure shows in the next answer. The ETag is the hash of the built body;
 * a cache may keep it `cacheSeconds`, then must ask again.
 */
export const creditsRoutes = fp(
  async (app) => {
    publishedRead(app, '/v1/credits/:projectId', 'projectId', async (projectId) => {
      const data = await buildCredits(app.ctx.store, projectId);
      return data && { body: JSON.stringify(data) };
    });
  },
  { name: 'credits-routes' },
);

/** /v1/admin/projects and /v1/admin/consent/:recordId/roles (registered inside the admin scope). */
export const creditsAdminRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const limited = writeLimited(ctx);

    admin.put<{ Params: { projectId: string }; Body: Project }>(
      '/projects/:projectId',
      { config: limited, preValidation, schema: { params: keyParam('projectId'), body: projectBody } },
      async (request, reply) => {
        const created = await putProject(ctx.storage, request.params.projectId, request.body);
        return reply.code(created ? 201 : 200).send({ projectId: request.params.projectId, ...request.body });
      },
    );

    admin.get<{ Reply: unknown }>('/projects', { config: limited }, async () => {
      const projects = await listProjects(ctx.storage);
      return {
        count: projects.length,
        projects: projects.map((p) => ({ projectId: p.id, ...p.project, updatedAt: p.updatedAt })),
      };
    });

    admin.get<{ Params: { projectId: string } }>(
      '/projects/:projectId',
      { config: limited, schema: { params: keyParam('projectId') } },
      async (request, reply) => {
        const row = await getProject(ctx.storage, request.params.projectId);
        if (!row) return reply.code(404).send({ error: 'There is no project with this id.' });
        return { projectId: row.id, ...row.project, updatedAt: row.updatedAt };
      },
    );

    admin.put<{ Params: { recordId: string }; Body: { roles: string[] } }>(
      '/consent/:recordId/roles',
      { config: limited, preValidation, schema: { params: uuidParam('recordId'), body: rolesBody } },
      async (request, reply) => {
        const found = await setRecordRoles(ctx.storage, request.params.recordId, request.body.roles);
        if (!found)
          return reply.code(404).send({ error: 'There is no consent record with this id, or it was erased.' });
        return { recordId: request.params.recordId, roles: request.body.roles };
      },
    );
  },
  { name: 'credits-admin-routes' },
);
