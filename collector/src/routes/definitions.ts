import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { readLimited, writeLimited } from '../context.js';
import {
  listDefinitions,
  putDefinition,
  storedDefinition,
  type DefinitionKind,
  type Json,
} from '../store/definitions.js';
import { keyParam, storableBody as preValidation } from './common.js';
import { etagOf, sendPublished } from './published.js';

/** The two kinds of definition, their addresses and words. */
const KINDS = [
  { kind: 'form', path: 'forms', param: 'formId', what: 'form' },
  { kind: 'consent', path: 'consent-definitions', param: 'consentId', what: 'consent definition' },
] as const satisfies readonly { kind: DefinitionKind; path: string; param: string; what: string }[];

const versionParams = (param: string) => ({
  type: 'object',
  required: [param, 'version'],
  properties: { ...keyParam(param).properties, version: { type: 'string', minLength: 1, maxLength: 50 } },
});

/**
 * GET /v1/forms/:formId and GET /v1/consent-definitions/:consentId (the current version, what
 * `<cp-feedback-form src>` and `<cp-consent-flow src>` read), and `…/versions/:version`. The JSON
 * as it was stored, with an ETag (If-None-Match → 304), the cache headers and read limit of
 * published impact and credits.
 */
export const definitionRoutes = fp(
  async (app) => {
    const { ctx } = app;
    const limited = readLimited(ctx);
    for (const { kind, path, param, what } of KINDS) {
      const serve = async (request: FastifyRequest<{ Params: Record<string, string> }>, reply: FastifyReply) => {
        const { version } = request.params;
        const found = await storedDefinition(ctx.storage, kind, request.params[param]!, version);
        if (!found) {
          return reply.code(404).send({
            error: version ? `This ${what} has no version ${version} here.` : `There is no ${what} with this id here.`,
          });
        }
        return sendPublished(request, reply, ctx.config.cacheSeconds, JSON.stringify(found.body), found.createdAt);
      };
      app.get(`/v1/${path}/:${param}`, { config: limited, schema: { params: keyParam(param) } }, serve);
      app.get(
        `/v1/${path}/:${param}/versions/:version`,
        { config: limited, schema: { params: versionParams(param) } },
        serve,
      );
    }
  },
  { name: 'definition-routes' },
);

/**
 * PUT /v1/admin/forms/:formId and PUT /v1/admin/consent-definitions/:consentId: a new version
 * (201), the same version again with the same body (200), or with another body (409: versions
 * are never overwritten). GET /v1/admin/forms and /v1/admin/consent-definitions list them.
 */
export const definitionAdminRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const limited = writeLimited(ctx);
    const bodies = { form: ctx.schemas.feedbackDefinition, consent: ctx.schemas.consentDefinition };
    for (const { kind, path, param, what } of KINDS) {
      admin.put<{ Params: Record<string, string>; Body: Json }>(
        `/${path}/:${param}`,
        {
          config: limited,
          bodyLimit: ctx.config.adminBodyLimit,
          preValidation,
          schema: { params: keyParam(param), body: bodies[kind] },
        },
        async (request, reply) => {
          const id = request.params[param]!;
          const body = request.body;
          if (body.id !== id)
            return reply.code(400).send({ error: `id: must be "${id}", the ${what} id in the address`, field: 'id' });
          const version = String(body.version);
          const result = await putDefinition(ctx.storage, kind, id, version, body);
          if (result === 'conflict') {
            return reply.code(409).send({
              error: `Version ${version} of this ${what} is already stored with other content. Stored versions are never changed: give the new content a new version.`,
              field: 'version',
            });
          }
          // As served: a repeat may have sent the stored body with its keys in another order.
          const stored = await storedDefinition(ctx.storage, kind, id, version);
          const etag = etagOf(JSON.stringify(stored?.body ?? body));
          return reply
            .code(result === 'created' ? 201 : 200)
            .header('ETag', etag)
            .header('Location', `/v1/${path}/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}`)
            .send({ [param]: id, version, etag, ...(result === 'duplicate' && { duplicate: true }) });
        },
      );
      admin.get<{ Reply: unknown }>(`/${path}`, { config: limited }, async () => {
        const items = await listDefinitions(ctx.storage, kind);
        return { count: items.length, items };
      });
    }
  },
  { name: 'definition-admin-routes' },
);
