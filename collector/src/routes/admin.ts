import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { bearerMatches } from '../auth.js';
import { writeLimited } from '../context.js';
import { feedbackCsv } from '../csv.js';
import { isRealDate } from '../dates.js';
import { formLookup } from '../store/definitions.js';
// The credits widget's own redaction: the collector publishes exactly what <cp-credits> would show.
import { redactCredits } from '../../../src/contract/redact.js';
import type { CreditsData } from '../../../src/contract/credits.js';
import { etagOf, keyParam } from './published.js';

const uuid = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const dateOrTime = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

/**
 * /v1/admin/*: bearer token from COLLECTOR_ADMIN_TOKEN, compared in constant time. Without a
 * token configured, admin is off and every admin address answers 404. Register admin route
 * plugins inside `adminScope` (encapsulated, so the token check covers them and nothing else).
 */
export function adminAuth(admin: FastifyInstance): void {
  const { config } = admin.ctx;
  // preParsing runs after the rate limit (onRequest), so guessing tokens is rate limited too,
  // and before the body is read, so nobody without the token can make the server read one.
  admin.addHook('preParsing', async (request, reply, payload) => {
    if (!config.adminToken) {
      return reply.code(404).send({ error: 'Admin is off. Set COLLECTOR_ADMIN_TOKEN to turn it on.' });
    }
    if (!bearerMatches(request.headers.authorization, config.adminToken)) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer realm="coproduce-collector"')
        .send({ error: 'Send the admin token: Authorization: Bearer <COLLECTOR_ADMIN_TOKEN>.' });
    }
    return payload;
  });
}

/** Feedback and consent lists, erasure, and publishing impact and credits. */
export const adminRoutes = fp(async (admin) => {
  const { ctx } = admin;
  const { config, store, schemas } = ctx;
  const limited = writeLimited(ctx);

  admin.get<{ Querystring: { formId?: string; since?: string; limit?: number; format?: string } }>(
    '/feedback',
    {
      config: limited,
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            formId: { type: 'string', minLength: 1, maxLength: 200 },
            since: { type: 'string', pattern: dateOrTime },
            limit: { type: 'integer', minimum: 1, maximum: 100_000 },
            format: { enum: ['json', 'csv'] },
          },
        },
      },
    },
    async (request, reply) => {
      const { formId, since, limit = 10_000, format } = request.query;
      if (since && !isRealDate(since)) {
        return reply.code(400).send({ error: '?since: is not a real date', field: '?since' });
      }
      const rows = await store.listFeedback({ formId, since, limit });
      const csv = format === 'csv' || (format === undefined && /\btext\/csv\b/i.test(request.headers.accept ?? ''));
      if (!csv) return { count: rows.length, items: rows };
      const name = `feedback${formId ? `-${formId.replace(/[^\w.-]/g, '_')}` : ''}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${name}"`)
        .send(feedbackCsv(rows, await formLookup(ctx.storage, rows.map((r) => r.submission))));
    },
  );

  // `?consentId=…`: the one filter of both consent lists.
  const byConsentId = {
    type: 'object',
    additionalProperties: false,
    properties: { consentId: { type: 'string', minLength: 1, maxLength: 200 } },
  } as const;

  admin.get<{ Querystring: { consentId?: string } }>(
    '/consent',
    {
      config: limited,
      schema: { querystring: byConsentId },
    },
    async (request) => {
      const records = await store.consentHistory(request.query.consentId);
      return { count: records.length, records };
    },
  );

  // Declines have no record and no person behind them: only how many, for which version, and which statements.
  admin.get<{ Querystring: { consentId?: string } }>(
    '/consent-declines',
    {
      config: limited,
      schema: { querystring: byConsentId },
    },
    async (request) => {
      const declines = await store.listDeclines(request.query.consentId);
      return { count: declines.length, declines };
    },
  );

  admin.delete<{ Params: { recordId: string } }>(
    '/consent/:recordId',
    {
      config: limited,
      schema: { params: { type: 'object', required: ['recordId'], properties: { recordId: { type: 'string', pattern: uuid } } } },
    },
    async (request, reply) => {
      const found = await store.eraseConsent(request.params.recordId, request.log);
      if (!found) return reply.code(404).send({ error: 'There is no consent record with this id.' });
      return reply.code(204).send();
    },
  );

  const put = (kind: 'impact' | 'credits', param: string, body: Record<string, unknown>, toPublic: (data: unknown) => unknown) =>
    admin.put<{ Params: Record<string, string>; Body: unknown }>(
      `/${kind}/:${param}`,
      { config: limited, bodyLimit: config.adminBodyLimit, schema: { params: keyParam(param), body } },
      async (request, reply) => {
        const text = JSON.stringify(toPublic(request.body));
        const etag = etagOf(text);
        const created = await store.publish(kind, request.params[param]!, text, etag);
        return reply.code(created ? 201 : 200).header('ETag', etag).send({ [param]: request.params[param], etag });
      },
    );
  put('impact', 'panelId', schemas.impactBody, (data) => data);
  put('credits', 'projectId', schemas.creditsBody, (data) => redactCredits(data as CreditsData));
}, { name: 'admin-routes' });
