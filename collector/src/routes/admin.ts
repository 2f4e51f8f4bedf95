import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { consentCsv, feedbackCsv } from '../csv.js';
import { consentLookup, formLookup } from '../store/definitions.js';
import {
  filteredFeedback,
  filterProblem,
  filterProperties,
  tagsOf,
  type FeedbackFilter,
} from '../store/feedback-filter.js';
// The credits widget's own redaction: the collector publishes exactly what <cp-credits> would show.
import { redactCredits } from '../../../src/contract/redact.js';
import type { CreditsData } from '../../../src/contract/credits.js';
import { keyParam, text, uuidParam } from './common.js';
import { etagOf } from './published.js';

/** Feedback and consent lists, erasure, and publishing impact and credits. */
export const adminRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const { config, store, schemas } = ctx;
    const limited = writeLimited(ctx);

    // GET /feedback: the shared filter (store/feedback-filter.ts), as JSON with each submission's
    // theme tags, or as a spreadsheet (`format=csv`, or `Accept: text/csv`); `format=json` downloads.
    admin.get<{ Querystring: FeedbackFilter & { format?: 'json' | 'csv' } }>(
      '/feedback',
      {
        config: limited,
        schema: {
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { ...filterProperties, format: { enum: ['json', 'csv'] } },
          },
        },
      },
      async (request, reply) => {
        const { format, ...filter } = request.query;
        const problem = filterProblem(filter);
        if (problem) return reply.code(400).send(problem);
        const rows = await filteredFeedback(ctx.storage, filter);
        const tags = await tagsOf(
          ctx.storage,
          rows.map((r) => String(r.submission.id)),
        );
        const tagsFor = (s: Record<string, unknown>) => tags.get(String(s.id).toLowerCase()) ?? [];
        const csv = format === 'csv' || (format === undefined && /\btext\/csv\b/i.test(request.headers.accept ?? ''));
        const name = `feedback${filter.formId ? `-${filter.formId.replace(/[^\w.-]/g, '_')}` : ''}`;
        if (!csv) {
          if (format === 'json') reply.header('Content-Disposition', `attachment; filename="${name}.json"`);
          return { count: rows.length, items: rows.map((r) => ({ ...r, tags: tagsFor(r.submission) })) };
        }
        // A theme on one answer is named with its question: "Transport (area)".
        const themesOf = (s: Record<string, unknown>) =>
          tagsFor(s).map((t) => (t.questionId ? `${t.name} (${t.questionId})` : t.name));
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${name}.csv"`)
          .send(
            feedbackCsv(
              rows,
              await formLookup(
                ctx.storage,
                rows.map((r) => r.submission),
              ),
              themesOf,
            ),
          );
      },
    );

    // `?consentId=…`: the one filter of both consent lists.
    const byConsentId = {
      type: 'object',
      additionalProperties: false,
      properties: { consentId: text(200) },
    } as const;

    // GET /consent: every record with its history and current decisions, as JSON, or as a
    // spreadsheet (`format=csv`) with statements headed by their words; `format=json` downloads.
    admin.get<{ Querystring: { consentId?: string; format?: 'json' | 'csv' } }>(
      '/consent',
      {
        config: limited,
        schema: {
          querystring: { ...byConsentId, properties: { ...byConsentId.properties, format: { enum: ['json', 'csv'] } } },
        },
      },
      async (request, reply) => {
        const { consentId, format } = request.query;
        const records = await store.consentHistory(consentId);
        const name = `consent${consentId ? `-${consentId.replace(/[^\w.-]/g, '_')}` : ''}`;
        if (format !== 'csv') {
          if (format === 'json') reply.header('Content-Disposition', `attachment; filename="${name}.json"`);
          return { count: records.length, records };
        }
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${name}.csv"`)
          .send(consentCsv(records, await consentLookup(ctx.storage, records)));
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
        schema: { params: uuidParam('recordId') },
      },
      async (request, reply) => {
        const found = await store.eraseConsent(request.params.recordId, request.log);
        if (!found) return reply.code(404).send({ error: 'There is no consent record with this id.' });
        return reply.code(204).send();
      },
    );

    const put = (
      kind: 'impact' | 'credits',
      param: string,
      body: Record<string, unknown>,
      toPublic: (data: unknown) => unknown,
    ) =>
      admin.put<{ Params: Record<string, string>; Body: unknown }>(
        `/${kind}/:${param}`,
        { config: limited, bodyLimit: config.adminBodyLimit, schema: { params: keyParam(param), body } },
        async (request, reply) => {
          const text = JSON.stringify(toPublic(request.body));
          const etag = etagOf(text);
          const created = await store.publish(kind, request.params[param]!, text, etag);
          return reply
            .code(created ? 201 : 200)
            .header('ETag', etag)
            .send({ [param]: request.params[param], etag });
        },
      );
    put('impact', 'panelId', schemas.impactBody, (data) => data);
    put('credits', 'projectId', schemas.creditsBody, (data) => redactCredits(data as CreditsData));
  },
  { name: 'admin-routes' },
);
