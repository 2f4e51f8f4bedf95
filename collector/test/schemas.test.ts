// The contract files: the collector (Ajv, draft 2020-12) and the widgets' small checker in the
// browser (src/core/schema.ts) must agree on every body, and the files may use only the keywords
// that checker knows.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { check, type Schema } from '../../src/core/schema.js';
import { loadSchema, type SchemaName } from '../src/schemas.js';
import { consentDecline, consentRecord, creditChange, feedback, pageFeedback, withdrawal } from './helpers/data.js';

const known = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'pattern',
  'allOf',
  'if',
  'then',
  // annotations, which change nothing
  '$schema',
  '$id',
  'title',
  'description',
]);

function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object') return found;
  const s = schema as Record<string, unknown>;
  for (const [k, v] of Object.entries(s)) {
    found.add(k);
    if (k === 'properties') for (const sub of Object.values(v as object)) keywords(sub, found);
    else if (k === 'allOf') for (const sub of v as unknown[]) keywords(sub, found);
    else if (['items', 'if', 'then'].includes(k)) keywords(v, found);
  }
  return found;
}

const own: SchemaName[] = [
  'feedbackSubmission',
  'consentRecord',
  'consentWithdrawal',
  'consentCreditChange',
  'consentDecline',
];

describe('contract schemas', () => {
  for (const name of own) {
    it(`${name} uses only keywords the browser's checker knows, and additionalProperties is false`, () => {
      const schema = loadSchema(name);
      const unknown = [...keywords(schema)].filter((k) => !known.has(k));
      assert.deepEqual(unknown, []);
      assert.equal(schema.additionalProperties, false);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    });
  }

  const rec = consentRecord();
  const storyRecords = (() => {
    const dir = new URL('../../stories/data/consent/', import.meta.url);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('-record.json'))
      .map((f) => [`story ${f}`, JSON.parse(readFileSync(new URL(f, dir), 'utf8'))] as [string, unknown]);
  })();
  const cases: [SchemaName, string, unknown, boolean][] = [
    ['feedbackSubmission', 'a full submission', feedback(), true],
    ['feedbackSubmission', 'page feedback', pageFeedback(), true],
    ['feedbackSubmission', 'page feedback with only "useful"', pageFeedback({ answers: { useful: 'yes' } }), true],
    ['feedbackSubmission', 'no flags at all', (({ flags: _, ...b }) => b)(feedback()), true],
    ['feedbackSubmission', 'a flag without a reason', feedback({ flags: [{ question: 'q1' }] }), true],
    ['feedbackSubmission', 'a string formVersion', feedback({ formVersion: '2026-03' }), true],
    ['feedbackSubmission', 'no meta', (({ meta: _, ...b }) => b)(feedback()), false],
    [
      'feedbackSubmission',
      'a page with a query',
      feedback({ meta: { page: 'https://a.example/?q=1', elapsedMs: 1 } }),
      false,
    ],
    [
      'feedbackSubmission',
      'a negative elapsedMs',
      feedback({ meta: { page: 'https://a.example/', elapsedMs: -1 } }),
      false,
    ],
    ['feedbackSubmission', 'a cookie field', feedback({ cookie: 'x' }), false],
    ['feedbackSubmission', 'an empty formId', feedback({ formId: '' }), false],
    ['consentRecord', 'a full record', rec, true],
    [
      'consentRecord',
      'a record with only what is required',
      (({ credit: _c, accessNeeds: _a, contact: _t, ...r }) => r)(consentRecord()),
      true,
    ],
    ...storyRecords.map(
      ([what, body]) => ['consentRecord', what, body, true] as [SchemaName, string, unknown, boolean],
    ),
    ['consentRecord', 'an upper-case hash', consentRecord({ textHash: `sha256:${'AB12'.repeat(16)}` }), false],
    ['consentRecord', 'no events', consentRecord({ events: [] }), false],
    ['consentRecord', 'a credit choice that does not exist', consentRecord({ credit: { credit: 'famous' } }), false],
    ['consentRecord', 'a format that does not exist', consentRecord({ format: 'large-print' }), false],
    ['consentRecord', 'each payment choice', consentRecord({ payment: { method: 'voucher' } }), true],
    ['consentRecord', 'a payment choice that does not exist', consentRecord({ payment: { method: 'cheque' } }), false],
    ['consentRecord', 'no reference', (({ reference: _, ...r }) => r)(consentRecord()), false],
    [
      'consentRecord',
      'a reference with letters that look like digits',
      consentRecord({ reference: 'PR-7K4O-M2XL' }),
      false,
    ],
    ['consentRecord', 'no keyHash', (({ keyHash: _, ...r }) => r)(consentRecord()), false],
    ['consentRecord', 'the key itself', consentRecord({ key: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS' }), false],
    ['consentRecord', 'a withdrawal', withdrawal(rec), false],
    ['consentRecord', 'consent taken online', consentRecord({ method: 'online' }), true],
    [
      'consentRecord',
      'consent taken by phone, with who recorded it',
      consentRecord({ method: 'verbal', recordedBy: 'Sam, peer research lead' }),
      true,
    ],
    ['consentRecord', 'consent on paper without who recorded it', consentRecord({ method: 'paper' }), false],
    ['consentRecord', 'a method that does not exist', consentRecord({ method: 'email', recordedBy: 'Sam' }), false],
    ['consentRecord', 'an empty recordedBy', consentRecord({ method: 'assisted', recordedBy: '' }), false],
    [
      'consentRecord',
      'a young person with a parent',
      consentRecord({
        ageGroup: 'under',
        consentBy: 'parent-or-carer',
        assent: { decisions: { read: true, audio: false, quotes: true } },
      }),
      true,
    ],
    ['consentRecord', 'over the age, alone', consentRecord({ ageGroup: 'over', consentBy: 'self' }), true],
    ['consentRecord', 'age not said', consentRecord({ ageGroup: 'not-said', consentBy: 'self' }), true],
    [
      'consentRecord',
      'under the age without assent',
      consentRecord({ ageGroup: 'under', consentBy: 'parent-or-carer' }),
      false,
    ],
    [
      'consentRecord',
      'under the age, consenting alone',
      consentRecord({ ageGroup: 'under', consentBy: 'self', assent: { decisions: { read: true } } }),
      false,
    ],
    ['consentRecord', 'an age group that is a date of birth', consentRecord({ ageGroup: '2011-05-01' }), false],
    [
      'consentRecord',
      'assent with other fields',
      consentRecord({ ageGroup: 'under', consentBy: 'parent-or-carer', assent: { decisions: {}, age: 12 } }),
      false,
    ],
    ['consentWithdrawal', 'a withdrawal', withdrawal(rec), true],
    ['consentWithdrawal', 'a withdrawal without a reason', (({ reason: _, ...w }) => w)(withdrawal(rec)), true],
    ['consentWithdrawal', 'a withdrawal from everything', withdrawal(rec, { all: true, statements: [] }), true],
    ['consentWithdrawal', 'a type other than withdrawn', withdrawal(rec, { type: 'given' }), false],
    ['consentWithdrawal', 'all as text', withdrawal(rec, { all: 'yes' }), false],
    ['consentWithdrawal', 'a record', rec, false],
    [
      'consentWithdrawal',
      'a withdrawal with reference, key and chosen options',
      withdrawal(rec, { reference: 'SH-7K4Q-M2XD', key: 'k3y', options: ['delete-photos'] }),
      true,
    ],
    ['consentWithdrawal', 'an empty option id', withdrawal(rec, { options: [''] }), false],
    ['consentWithdrawal', 'a credit change', creditChange(rec), false],
    ['consentCreditChange', 'a credit change', creditChange(rec), true],
    [
      'consentCreditChange',
      'a credit change without reference or key',
      (({ reference: _r, key: _k, ...c }) => c)(creditChange(rec)),
      true,
    ],
    ['consentCreditChange', 'not named at all', creditChange(rec, { credit: { credit: 'hidden' } }), true],
    [
      'consentCreditChange',
      'a credit choice that does not exist',
      creditChange(rec, { credit: { credit: 'famous' } }),
      false,
    ],
    ['consentCreditChange', 'no credit', (({ credit: _c, ...c }) => c)(creditChange(rec)), false],
    ['consentCreditChange', 'a withdrawal', withdrawal(rec), false],
    ['consentDecline', 'a decline', consentDecline(), true],
    ['consentDecline', 'a decline without statements', (({ statements: _s, ...d }) => d)(consentDecline()), true],
    [
      'consentDecline',
      'a decline with something personal in it',
      consentDecline({ credit: { credit: 'full', name: 'Rae' } }),
      false,
    ],
    ['consentDecline', 'a decline with a name', consentDecline({ name: 'Rae' }), false],
    ['consentDecline', 'a decline without a version', (({ version: _v, ...d }) => d)(consentDecline()), false],
    ['consentDecline', 'a record', rec, false],
    ['consentRecord', 'a decline', consentDecline(), false],
  ];
  const ajv = new Ajv2020({ strict: false });
  const compiled = new Map(own.map((n) => [n, ajv.compile(loadSchema(n))]));
  for (const [name, what, body, valid] of cases) {
    it(`${name}: ${what} is ${valid ? 'valid' : 'refused'} in the collector and in the browser alike`, () => {
      const server = compiled.get(name)!(body);
      const browser = check(loadSchema(name) as Schema, body);
      assert.equal(server, valid, JSON.stringify(compiled.get(name)!.errors));
      assert.equal(browser.length === 0, valid, JSON.stringify(browser));
    });
  }
});
