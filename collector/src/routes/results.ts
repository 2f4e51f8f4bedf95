import fp from 'fastify-plugin';
import type { FeedbackDefinition } from '../../../src/contract/feedback.js';
import { textOf } from '../../../src/contract/text.js';
import { writeLimited } from '../context.js';
import { summarise } from '../results/summary.js';
import { definitionOf, formLookup, listDefinitions } from '../store/definitions.js';
import { filteredFeedback, filterProblem, filterProperties, type FeedbackFilter } from '../store/feedback-filter.js';
import { keyParam } from './common.js';

const { limit: _limit, formId: _formId, ...resultFilter } = filterProperties;

/**
 * GET /v1/admin/forms/:formId/results: the numbers of a form's results page, for the responses in
 * the filter (the same filter as the feedback list and its exports). Labels come from the stored
 * definition of the version asked for, else the current one (results/summary.ts).
 */
export const resultRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const db = ctx.storage;

    admin.get<{ Params: { formId: string }; Querystring: Omit<FeedbackFilter, 'formId' | 'limit'> }>(
      '/forms/:formId/results',
      {
        config: writeLimited(ctx),
        schema: {
          params: keyParam('formId'),
          querystring: { type: 'object', additionalProperties: false, properties: resultFilter },
        },
      },
      async (request, reply) => {
        const { formId } = request.params;
        const filter: FeedbackFilter = { ...request.query, formId };
        const problem = filterProblem(filter);
        if (problem) return reply.code(400).send(problem);
        const stored = (await listDefinitions(db, 'form')).find((d) => d.id === formId);
        const sent = await db.query<{ form_version: string }>(
          'select distinct form_version from feedback where form_id = $1 order by form_version',
          [formId],
        );
        if (!stored && !sent.length)
          return reply.code(404).send({ error: 'There is no form with this id, and no feedback for it.' });
        const versions = [...(stored?.versions.map((v) => v.version) ?? [])];
        for (const { form_version: v } of sent) if (!versions.includes(v)) versions.push(v);
        const version = filter.version ?? stored?.current ?? null;
        const def = version
          ? ((await definitionOf(db, 'form', formId, version)) as FeedbackDefinition | undefined)
          : undefined;
        const rows = await filteredFeedback(db, filter, true);
        const defOf = await formLookup(
          db,
          rows.map((r) => r.submission),
        );
        return {
          formId,
          title: def?.title ? textOf(def.title) : formId,
          version,
          versions,
          ...summarise(rows, def, defOf),
        };
      },
    );
  },
  { name: 'result-routes' },
);
