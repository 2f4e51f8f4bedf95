import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type AnySchema } from 'ajv/dist/2020.js';

import { schemaFiles, type SchemaName } from '../../src/contract/schemas.js';

/**
 * The widgets' published JSON Schemas are the contract: the collector validates with the very
 * same files. In this repository they are read from `src/contract/schemas/`; the published
 * package carries copies in `dist/schemas/` (made by build.mjs).
 */
export type { SchemaName };
export type JsonSchema = Record<string, unknown>;

export function schemaPath(name: SchemaName): URL {
  const file = schemaFiles[name];
  const candidates = [
    new URL(`./schemas/${file}`, import.meta.url),
    new URL(`../../src/contract/schemas/${file}`, import.meta.url),
  ];
  const found = candidates.find((u) => existsSync(u));
  if (!found)
    throw new Error(`The collector needs ${file}, and it is not at ${candidates.map((u) => u.pathname).join(' or ')}`);
  return found;
}

export function loadSchema(name: SchemaName): JsonSchema {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as JsonSchema;
}

/** One answer in a submission: text, a number, option ids, or an object ({"declined": true}, contact details…). */
const answer = {
  anyOf: [
    { type: 'string', maxLength: 20_000 },
    { type: 'number' },
    { type: 'array', maxItems: 500, items: { type: 'string', maxLength: 500 } },
    {
      type: 'object',
      maxProperties: 50,
      additionalProperties: { type: ['string', 'number', 'boolean'], maxLength: 20_000 },
    },
  ],
};

export interface Schemas {
  /** Draft 2020-12 validator for Fastify's `validatorCompiler`: no type coercion, nothing removed. */
  ajv: Ajv2020;
  /** POST /v1/feedback: the shared submission schema, plus what each answer may be. */
  feedbackBody: JsonSchema;
  /** POST /v1/consent: a decline when `type` is "declined", a withdrawal when "withdrawn", a credit change when "credit-changed", otherwise a consent record. */
  consentBody: JsonSchema;
  impactBody: JsonSchema;
  creditsBody: JsonSchema;
  /** PUT /v1/admin/forms/:formId: what `<cp-feedback-form>` reads. */
  feedbackDefinition: JsonSchema;
  /** PUT /v1/admin/consent-definitions/:consentId: what `<cp-consent-flow>` reads. */
  consentDefinition: JsonSchema;
}

/** Statement id → true or false: a consent's decisions, and a young person's assent. */
const decisions = { propertyNames: { minLength: 1, maxLength: 200 }, additionalProperties: { type: 'boolean' } };

export function loadSchemas(): Schemas {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
  });
  const feedback = loadSchema('feedbackSubmission');
  const record = loadSchema('consentRecord');
  const withdrawal = loadSchema('consentWithdrawal');
  const creditChange = loadSchema('consentCreditChange');
  const decline = loadSchema('consentDecline');
  const idOf = (s: JsonSchema, name: string) => (typeof s.$id === 'string' ? s.$id : name);
  ajv.addSchema(feedback as AnySchema, idOf(feedback, 'feedback-submission'));
  ajv.addSchema(record as AnySchema, idOf(record, 'consent-record'));
  ajv.addSchema(withdrawal as AnySchema, idOf(withdrawal, 'consent-withdrawal'));
  ajv.addSchema(creditChange as AnySchema, idOf(creditChange, 'consent-credit-change'));
  ajv.addSchema(decline as AnySchema, idOf(decline, 'consent-decline'));
  return {
    ajv,
    feedbackBody: {
      allOf: [
        { $ref: idOf(feedback, 'feedback-submission') },
        { properties: { answers: { propertyNames: { minLength: 1, maxLength: 200 }, additionalProperties: answer } } },
      ],
    },
    consentBody: {
      type: 'object',
      if: { properties: { type: { const: 'declined' } }, required: ['type'] },
      then: { $ref: idOf(decline, 'consent-decline') },
      else: {
        if: { properties: { type: { const: 'withdrawn' } }, required: ['type'] },
        then: { $ref: idOf(withdrawal, 'consent-withdrawal') },
        else: {
          if: { properties: { type: { const: 'credit-changed' } }, required: ['type'] },
          then: { $ref: idOf(creditChange, 'consent-credit-change') },
          else: {
            allOf: [
              { $ref: idOf(record, 'consent-record') },
              { properties: { decisions, assent: { properties: { decisions } } } },
            ],
          },
        },
      },
    },
    impactBody: loadSchema('impact'),
    creditsBody: loadSchema('credits'),
    feedbackDefinition: loadSchema('feedbackDefinition'),
    consentDefinition: loadSchema('consentDefinition'),
  };
}

const plain: Record<string, (e: ErrorObject) => string> = {
  required: () => 'is required',
  additionalProperties: () => 'is not a known field',
  enum: (e) => `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`,
  const: (e) => `must be ${JSON.stringify(e.params.allowedValue)}`,
  type: (e) => `must be ${[e.params.type].flat().join(' or ')}`,
  pattern: (e) => `is not in the right form (must match ${e.params.pattern})`,
  minLength: (e) => (e.params.limit === 1 ? 'must not be empty' : `must be at least ${e.params.limit} characters`),
  maxLength: (e) => `must be at most ${e.params.limit} characters`,
  minimum: (e) => `must be at least ${e.params.limit}`,
  maximum: (e) => `must be at most ${e.params.limit}`,
  minItems: (e) => `must have at least ${e.params.limit} item${e.params.limit === 1 ? '' : 's'}`,
  maxItems: (e) => `must have at most ${e.params.limit} items`,
  maxProperties: (e) => `must have at most ${e.params.limit} fields`,
  anyOf: () => 'must be text, a number, a list of option ids, or an object',
  propertyNames: () =>
    'has a field name that is not allowed (empty, too long, or not a language code such as "en" or "cy")',
};

/** A validation error as `{ field, message }`, the field written as the browser's checker does: `flags[0].reason`. */
export function describe(errors: ErrorObject[]): { field: string; message: string } {
  // A failed if/then reports the inner problem first and then "must match then": keep the inner one.
  // An answer that fits none of the kinds reports each kind's complaint first: keep the summary.
  const e =
    errors.find((x) => !x.schemaPath.includes('/anyOf/') && x.keyword !== 'if' && x.keyword !== 'allOf') ?? errors[0]!;
  let field = '';
  for (const part of e.instancePath.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    field = /^\d+$/.test(key) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
  }
  const extra =
    (e.params as Record<string, unknown>).missingProperty ?? (e.params as Record<string, unknown>).additionalProperty;
  if (typeof extra === 'string') field = field ? `${field}.${extra}` : extra;
  const message = plain[e.keyword]?.(e) ?? e.message ?? 'is not valid';
  return { field: field || '(root)', message };
}
