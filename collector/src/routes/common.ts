import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WriteResult } from '../store.js';

// What several route plugins share: schema parts, the check for strings the database cannot
// hold, and the answers for a repeated write or a missing thing. One copy, so a route's words
// (which the API tests and integrators read) cannot drift from another's.

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

/** A UUID as a string schema: submission, record and event ids. */
export const uuid = { type: 'string', pattern: UUID } as const;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && new RegExp(UUID).test(value);

/** Any text of 1 to `max` characters. */
export const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

/** Params with one id as in addresses (`:projectId`, `:formId`, `:panelId`). */
export const keyParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,200}$' } },
});

/** Params with one UUID (`:recordId`, `:feedbackId`, `:id`). */
export const uuidParam = (name: string) => ({ type: 'object', required: [name], properties: { [name]: uuid } });

/** `/impact/:panelId/items/:itemId/…`. Item ids are whatever the panel uses (any text), so only their length is checked. */
export const itemParams = {
  type: 'object',
  required: ['panelId', 'itemId'],
  properties: { ...keyParam('panelId').properties, itemId: text(200) },
};

/** A feedback submission, or one answer of it (`questionId`): the body or query of a link or tag. */
export const feedbackRef = {
  type: 'object',
  required: ['feedbackId'],
  additionalProperties: false,
  properties: { feedbackId: uuid, questionId: text(200) },
} as const;

// A NUL character or a lone UTF-16 surrogate: PostgreSQL's jsonb (and text) cannot hold them.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (value or key) anywhere in the body that holds `\u0000` or a lone surrogate. */
export function unstorableString(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '(root)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableString(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const here = path ? `${path}.${k}` : k;
      if (UNSTORABLE.test(k)) return path || '(root)';
      const found = unstorableString(v, here);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `preValidation` for every route with a body: runs before the schema, so the answer names the
 * string at fault whatever else is wrong.
 */
export const storableBody = async (request: FastifyRequest, reply: FastifyReply) => {
  const field = unstorableString(request.body);
  if (field)
    return reply
      .code(400)
      .send({ error: `${field}: holds a NUL character or a lone surrogate, which cannot be stored`, field });
};

/** A write under an `Idempotency-Key`: 201 the first time, 200 for a repeat of the same body, 409 for another body. */
export function written(reply: FastifyReply, id: string, result: WriteResult) {
  switch (result) {
    case 'created':
      return reply.code(201).send({ id });
    case 'duplicate':
      return reply.code(200).send({ id, duplicate: true });
    case 'conflict':
      return reply
        .code(409)
        .send({ error: 'This Idempotency-Key was already used with a different body.', field: 'Idempotency-Key' });
  }
}

/** What a link or tag can name that is not there (store/impact.ts, store/themes.ts). */
export type Missing = 'no-panel' | 'no-item' | 'no-feedback' | 'no-answer' | 'no-theme';

const MISSING: Record<Missing, [number, { error: string; field: string }]> = {
  'no-panel': [404, { error: 'No impact panel has been published with this id.', field: 'panelId' }],
  'no-item': [404, { error: 'The panel has no item with this id.', field: 'itemId' }],
  'no-feedback': [404, { error: 'There is no feedback submission with this id.', field: 'feedbackId' }],
  'no-answer': [400, { error: 'questionId: this submission has no answer to this question.', field: 'questionId' }],
  'no-theme': [404, { error: 'This project has no theme with this id.', field: 'themeId' }],
};

export const isMissing = (result: unknown): result is Missing =>
  typeof result === 'string' && Object.hasOwn(MISSING, result);

/** The refusal for a link or tag that names something missing: the same words from every route. */
export function missing(reply: FastifyReply, result: Missing) {
  const [status, body] = MISSING[result];
  return reply.code(status).send(body);
}
