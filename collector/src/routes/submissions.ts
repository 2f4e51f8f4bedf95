import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { checkSubmission } from '../check-submission.js';
import { writeLimited } from '../context.js';
import { unrealDate } from '../dates.js';
import type { WriteResult } from '../store.js';
import { storableBody, written } from './common.js';
import { keyedEvent } from './keyed-events.js';

type Body = Record<string, unknown> & { id: string };

/** A date the database would refuse, or an `Idempotency-Key` that is missing or not the body's id. */
function problem(request: FastifyRequest<{ Body: Body }>): { error: string; field: string } | undefined {
  const date = unrealDate(request.body);
  if (date) return { error: `${date}: is not a real date and time`, field: date };
  const key = keyProblem(request);
  return key ? { error: key, field: 'Idempotency-Key' } : undefined;
}

/** `Idempotency-Key` must be sent and equal the body's id; undefined when it does. */
function keyProblem(request: FastifyRequest<{ Body: Body }>): string | undefined {
  const key = request.headers['idempotency-key'];
  if (!key) return "The Idempotency-Key header is missing: send the body's id in it.";
  if (key !== request.body.id) return "The Idempotency-Key header must equal the body's id.";
  return undefined;
}

function answer(reply: FastifyReply, id: string, result: WriteResult | 'mismatch' | 'reference-taken') {
  switch (result) {
    case 'mismatch':
      return reply
        .code(409)
        .send({ error: 'The consent record with this recordId is for another consentId.', field: 'consentId' });
    case 'reference-taken':
      return reply.code(409).send({
        error: 'Another consent record has this reference: make a new reference and key, and send again.',
        field: 'reference',
      });
    default:
      return written(reply, id, result);
  }
}

/**
 * POST /v1/feedback and POST /v1/consent. The answer is sent only after the database has
 * committed the row: 201 the first time, 200 for a repeat with the same body, 409 for the same
 * id with another body.
 */
export const submissionRoutes = fp(
  async (app) => {
    const { ctx } = app;
    const { schemas } = ctx;
    const config = writeLimited(ctx);
    // What both routes check once the body fits its schema, before anything is stored.
    const checked = (kind: 'feedback' | 'consent') => ({
      schema: { body: kind === 'feedback' ? schemas.feedbackBody : schemas.consentBody },
      config,
      preValidation: storableBody,
      preHandler: async (request: FastifyRequest<{ Body: Body }>, reply: FastifyReply) => {
        const bad = problem(request);
        if (bad) return reply.code(400).send(bad);
        // Checked against the definition version it names, when the collector holds that version (422).
        const mismatch = await checkSubmission(ctx.storage, kind, request.body);
        if (mismatch) return reply.code(422).send(mismatch);
      },
    });

    app.post<{ Body: Body }>('/v1/feedback', checked('feedback'), async (request, reply) =>
      answer(reply, request.body.id, await ctx.store.addFeedback(request.body)),
    );

    app.post<{ Body: Body }>('/v1/consent', checked('consent'), async (request, reply) => {
      const body = request.body;
      // Withdrawals and credit changes only with the person's key (keyed-events.ts).
      const result =
        body.type === 'declined'
          ? await ctx.store.addDecline(body)
          : body.type === 'withdrawn' || body.type === 'credit-changed'
            ? await keyedEvent(ctx, request, reply)
            : await ctx.store.addConsentRecord(body);
      return result ? answer(reply, body.id, result) : reply;
    });
  },
  { name: 'submission-routes' },
);
