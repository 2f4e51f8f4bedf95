import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { normaliseReference } from '../../../src/contract/reference.js';
import { writeLimited } from '../context.js';
import { isRealDate } from '../dates.js';
import { KeyLimits, tooManyAttempts } from '../key-limits.js';
import { bodyHash } from '../store.js';
import { addStaffEvent, keyMatches, manageAnswer, recordByReference } from '../store/consent-keys.js';
import { isUuid, storableBody as preValidation, text, uuidParam, written } from './common.js';

const dateTime = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';
const ids = { type: 'array', maxItems: 500, items: text(200) };

/**
 * `POST /v1/consent/manage` `{ reference, key }` (public, CORS like /v1/consent): the person's
 * consent as it stands, for `<cp-consent-withdraw>`: 200 `{ record, definition?, withdrawals }`,
 * 403 when the key does not match, 404 when no record has the reference (or it was erased),
 * 429 after too many failed attempts (key-limits.ts).
 */
export const manageRoutes = fp(
  async (app) => {
    const { ctx } = app;
    app.post<{ Body: { reference: string; key: string } }>(
      '/v1/consent/manage',
      {
        config: writeLimited(ctx),
        preValidation,
        schema: {
          body: {
            type: 'object',
            required: ['reference', 'key'],
            additionalProperties: false,
            properties: { reference: text(50), key: text(200) },
          },
        },
      },
      async (request, reply) => {
        const limits = new KeyLimits(ctx);
        let wait = await limits.blocked(request.ip);
        if (wait) return tooManyAttempts(reply, wait);
        const rec = await recordByReference(ctx.storage, normaliseReference(request.body.reference));
        if (!rec) {
          await limits.failed(request.ip);
          return reply
            .code(404)
            .send({ error: 'There is no consent with this reference. Check it on your copy.', field: 'reference' });
        }
        wait = await limits.blocked(request.ip, rec.id);
        if (wait) return tooManyAttempts(reply, wait);
        if (!(await keyMatches(request.body.key, rec.keyHash))) {
          await limits.failed(request.ip, rec.id);
          return reply.code(403).send({ error: 'The reference and key do not match.', field: 'key' });
        }
        return reply.code(200).send(await manageAnswer(ctx.storage, rec));
      },
    );
  },
  { name: 'manage-routes' },
);

type StaffBody = Record<string, unknown> & { recordedBy: string; at?: string };

/**
 * Staff recording a change received by phone or letter (admin scope, bearer token):
 * `POST /v1/admin/consent/:recordId/withdrawals` `{ all, statements, reason?, options?, recordedBy, at? }`
 * and `POST /v1/admin/consent/:recordId/credit` `{ credit, recordedBy, at? }`. Stored as the same
 * events the person's own would be, with `recordedBy` and `method: 'staff'`, under the same row
 * lock as erasure. An `Idempotency-Key` (a UUID) becomes the event's id, so a retry is a 200.
 */
export const staffConsentRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const { schemas } = ctx;
    const creditSchema = (schemas.ajv.getSchema('https://coproduce-kit.dev/schemas/consent-credit-change.schema.json')
      ?.schema ?? {}) as {
      properties?: { credit?: unknown };
    };

    const record =
      (type: 'withdrawn' | 'credit-changed', fields: (body: StaffBody) => Record<string, unknown>) =>
      async (request: FastifyRequest<{ Params: { recordId: string }; Body: StaffBody }>, reply: FastifyReply) => {
        const { body } = request;
        if (body.at !== undefined && !isRealDate(body.at))
          return reply.code(400).send({ error: 'at: is not a real date and time', field: 'at' });
        const key = request.headers['idempotency-key'];
        if (key !== undefined && !isUuid(key)) {
          return reply
            .code(400)
            .send({ error: 'The Idempotency-Key header must be a UUID.', field: 'Idempotency-Key' });
        }
        const id = (key as string | undefined) ?? randomUUID();
        const { recordId } = request.params;
        const hash = bodyHash({ type, recordId, ...body });
        const result = await addStaffEvent(ctx.storage, recordId, hash, (consentId) => ({
          id,
          recordId,
          consentId,
          type,
          at: body.at ?? new Date().toISOString(),
          ...fields(body),
          recordedBy: body.recordedBy,
          method: 'staff',
        }));
        switch (result) {
          case 'no-record':
            return reply.code(404).send({ error: 'There is no consent record with this id.' });
          case 'erased':
            return reply
              .code(410)
              .send({ error: 'This consent record was erased, so nothing more is recorded against it.' });
          default:
            return written(reply, id, result);
        }
      };

    // Both routes take `recordedBy` and `at?` besides their own fields, and store through `record`.
    const route = (
      path: string,
      type: 'withdrawn' | 'credit-changed',
      required: string[],
      properties: Record<string, unknown>,
      fields: (body: StaffBody) => Record<string, unknown>,
    ) =>
      admin.post<{ Params: { recordId: string }; Body: StaffBody }>(
        path,
        {
          config: writeLimited(ctx),
          preValidation,
          schema: {
            params: uuidParam('recordId'),
            body: {
              type: 'object',
              required: [...required, 'recordedBy'],
              additionalProperties: false,
              properties: { ...properties, recordedBy: text(200), at: { type: 'string', pattern: dateTime } },
            },
          },
        },
        record(type, fields),
      );

    route(
      '/consent/:recordId/withdrawals',
      'withdrawn',
      ['all', 'statements'],
      { all: { type: 'boolean' }, statements: ids, reason: { type: 'string', maxLength: 5000 }, options: ids },
      ({ all, statements, reason, options }) => ({ all, statements, reason, options }),
    );
    route(
      '/consent/:recordId/credit',
      'credit-changed',
      ['credit'],
      { credit: creditSchema.properties?.credit ?? { type: 'object' } },
      ({ credit }) => ({
        credit,
      }),
    );
  },
  { name: 'staff-consent-routes' },
);
