import { expect } from '@open-wc/testing';
import { check, textSchema, type Schema, type SchemaError } from '../src/core/schema.js';
import feedbackSchema from '../src/contract/schemas/feedback-definition.schema.json';
import consentSchema from '../src/contract/schemas/consent-definition.schema.json';
import creditsSchema from '../src/contract/schemas/credits.schema.json';
import impactSchema from '../src/contract/schemas/impact-panel.schema.json';

/** The errors as "path: message" lines, easy to compare. */
const lines = (errors: SchemaError[]) => errors.map((e) => `${e.path}: ${e.message}`);
const problems = (schema: Schema, value: unknown) => lines(check(schema, value));

describe('schema check: keywords', () => {
  it('type: each JSON type, and a value of the wrong type', () => {
    const cases: [Schema['type'], unknown, unknown][] = [
      ['object', {}, []],
      ['array', [], {}],
      ['string', 'x', 1],
      ['number', 1.5, '1.5'],
      ['integer', 2, 2.5],
      ['boolean', false, 0],
      ['null', null, undefined],
    ];
    for (const [type, good, bad] of cases) {
      expect(problems({ type }, good), `${JSON.stringify(good)} is ${type}`).to.deep.equal([]);
      expect(check({ type }, bad), `${String(bad)} is not ${type}`).to.have.length(1);
    }
    expect(problems({ type: 'object' }, [])).to.deep.equal(['(root): must be object, not array']);
    expect(problems({ type: 'object' }, null)).to.deep.equal(['(root): must be object, not null']);
    expect(problems({ type: 'integer' }, 2.5)).to.deep.equal(['(root): must be integer, not number']);
    expect(problems({ type: 'string' }, 3)).to.deep.equal(['(root): must be string, not integer']);
  });

  it('type: an integer is a number; a list of types accepts any of them', () => {
    expect(problems({ type: 'number' }, 3)).to.deep.equal([]);
    expect(problems({ type: ['string', 'null'] }, null)).to.deep.equal([]);
    expect(problems({ type: ['string', 'null'] }, 'a')).to.deep.equal([]);
    expect(problems({ type: ['string', 'null'] }, 1)).to.deep.equal(['(root): must be string or null, not integer']);
  });

  it('type: a wrong type stops further checks on that value', () => {
    expect(problems({ type: 'string', minLength: 3, enum: ['abc'] }, 5)).to.deep.equal([
      '(root): must be string, not integer',
    ]);
  });

  it('enum', () => {
    const schema: Schema = { enum: ['planned', 'done', 1, null] };
    for (const ok of ['planned', 'done', 1, null]) expect(problems(schema, ok)).to.deep.equal([]);
    expect(problems(schema, 'Done')).to.deep.equal(['(root): must be one of: planned, done, 1, ']);
    expect(check(schema, '1')).to.have.length(1);
  });

  it('const', () => {
    expect(problems({ const: 'yes' }, 'yes')).to.deep.equal([]);
    expect(problems({ const: 'yes' }, 'no')).to.deep.equal(['(root): must be "yes"']);
    expect(problems({ const: false }, false)).to.deep.equal([]);
    expect(problems({ const: false }, 0)).to.deep.equal(['(root): must be false']);
  });

  it('minimum and maximum (inclusive)', () => {
    const schema: Schema = { type: 'number', minimum: 1, maximum: 5 };
    for (const ok of [1, 3.5, 5]) expect(problems(schema, ok)).to.deep.equal([]);
    expect(problems(schema, 0.5)).to.deep.equal(['(root): must be at least 1']);
    expect(problems(schema, 6)).to.deep.equal(['(root): must be at most 5']);
    expect(problems({ minimum: 0 }, 'text'), 'only numbers are compared').to.deep.equal([]);
  });

  it('minLength and maxLength', () => {
    expect(problems({ minLength: 1 }, '')).to.deep.equal(['(root): must not be empty']);
    expect(problems({ minLength: 3 }, 'ab')).to.deep.equal(['(root): must be at least 3 characters']);
    expect(problems({ minLength: 3 }, 'abc')).to.deep.equal([]);
    expect(problems({ maxLength: 3 }, 'abcd')).to.deep.equal(['(root): must be at most 3 characters']);
    expect(problems({ maxLength: 3 }, 'abc')).to.deep.equal([]);
    expect(problems({ minLength: 5 }, 42), 'only strings are measured').to.deep.equal([]);
  });

  it('pattern, with Unicode', () => {
    const date: Schema = { pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    expect(problems(date, '2024-05-01')).to.deep.equal([]);
    expect(problems(date, '1 May 2024')).to.deep.equal(['(root): must match ^\\d{4}-\\d{2}-\\d{2}$']);
    expect(problems({ pattern: '^\\p{L}+$' }, 'Siân')).to.deep.equal([]);
    expect(check({ pattern: '^\\p{L}+$' }, 'Siân1')).to.have.length(1);
    // Not anchored unless the pattern says so, as in JSON Schema.
    expect(problems({ pattern: 'b' }, 'abc')).to.deep.equal([]);
  });

  it('minItems', () => {
    expect(problems({ minItems: 1 }, [])).to.deep.equal(['(root): must have at least 1 item']);
    expect(problems({ minItems: 2 }, [1])).to.deep.equal(['(root): must have at least 2 items']);
    expect(problems({ minItems: 2 }, [1, 2])).to.deep.equal([]);
  });

  it('items: every entry is checked, with its index in the path', () => {
    const schema: Schema = { type: 'array', items: { type: 'string' } };
    expect(problems(schema, ['a', 'b'])).to.deep.equal([]);
    expect(problems(schema, ['a', 2, 'c', true])).to.deep.equal([
      '[1]: must be string, not integer',
      '[3]: must be string, not boolean',
    ]);
  });

  it('required: a missing field, and only undefined counts as missing', () => {
    const schema: Schema = { type: 'object', required: ['name', 'status'] };
    expect(problems(schema, { name: 'A', status: 'done' })).to.deep.equal([]);
    expect(problems(schema, { name: 'A' })).to.deep.equal(['status: is required']);
    expect(problems(schema, {})).to.deep.equal(['name: is required', 'status: is required']);
    expect(problems(schema, { name: null, status: '' })).to.deep.equal([]);
  });

  it('properties: each known field is checked against its own schema', () => {
    const schema: Schema = { type: 'object', properties: { age: { type: 'integer', minimum: 0 } } };
    expect(problems(schema, { age: 3, other: 'fine' })).to.deep.equal([]);
    expect(problems(schema, { age: -1 })).to.deep.equal(['age: must be at least 0']);
    expect(problems(schema, { age: '3' })).to.deep.equal(['age: must be integer, not string']);
  });

  it('additionalProperties: false rejects unknown fields', () => {
    const schema: Schema = { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false };
    expect(problems(schema, { name: 'A' })).to.deep.equal([]);
    expect(problems(schema, { name: 'A', nmae: 'typo', extra: 1 })).to.deep.equal([
      'nmae: is not a known field',
      'extra: is not a known field',
    ]);
    expect(problems({ ...schema, additionalProperties: true }, { extra: 1 })).to.deep.equal([]);
  });

  it('allOf: every sub-schema must pass', () => {
    const schema: Schema = { allOf: [{ type: 'string' }, { minLength: 2 }, { pattern: '^[a-z]+$' }] };
    expect(problems(schema, 'ab')).to.deep.equal([]);
    expect(problems(schema, 'A')).to.deep.equal([
      '(root): must be at least 2 characters',
      '(root): must match ^[a-z]+$',
    ]);
  });

  it('if/then: a field required only in some cases', () => {
    // "done" items must say when they were done.
    const schema: Schema = {
      type: 'object',
      properties: { status: { enum: ['planned', 'done'] }, doneDate: { type: 'string' } },
      if: { properties: { status: { const: 'done' } }, required: ['status'] },
      then: { required: ['doneDate'] },
    };
    expect(problems(schema, { status: 'planned' })).to.deep.equal([]);
    expect(problems(schema, { status: 'done', doneDate: '2024-05-01' })).to.deep.equal([]);
    expect(problems(schema, { status: 'done' })).to.deep.equal(['doneDate: is required']);
    expect(problems(schema, {}), 'if fails without status, so then does not apply').to.deep.equal([]);
  });

  it('if without then does nothing', () => {
    expect(problems({ if: { const: 1 } }, 1)).to.deep.equal([]);
  });

  it('keywords outside the supported set are ignored', () => {
    expect(problems({ format: 'email', uniqueItems: true, $id: 'x', title: 'T' }, 'not an email')).to.deep.equal([]);
  });

  it('an empty schema accepts anything', () => {
    for (const v of [null, 0, '', [], {}, false]) expect(problems({}, v)).to.deep.equal([]);
  });
});

describe('schema check: paths and whole documents', () => {
  const schema: Schema = {
    type: 'object',
    required: ['title', 'items'],
    additionalProperties: false,
    properties: {
      title: { type: 'string', minLength: 1 },
      updated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      items: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['said', 'status'],
          additionalProperties: false,
          properties: {
            said: { type: 'string', minLength: 1, maxLength: 200 },
            did: { type: 'string' },
            status: { enum: ['planned', 'in-progress', 'done'] },
            votes: { type: 'integer', minimum: 0 },
            tags: { type: 'array', items: { type: 'string', minLength: 1 } },
            owner: {
              type: 'object',
              required: ['name'],
              properties: { name: { type: 'string' }, team: { type: ['string', 'null'] } },
            },
          },
          if: { properties: { status: { const: 'done' } } },
          then: { required: ['did'] },
        },
      },
    },
  };
  const good = {
    title: 'You said, we did',
    updated: '2024-05-01',
    items: [
      { said: 'More seating', status: 'planned' },
      { said: 'Longer hours', did: 'Open till 8pm', status: 'done', votes: 3, tags: ['hours'] },
      { said: 'Step-free access', status: 'in-progress', owner: { name: 'Sam', team: null } },
    ],
  };

  it('a valid document has no problems', () => {
    expect(check(schema, good)).to.deep.equal([]);
  });

  it('names the exact field: items[3].status', () => {
    const data = structuredClone(good) as typeof good & { items: Record<string, unknown>[] };
    data.items.push({ said: 'Quieter music', status: 'finished' });
    expect(problems(schema, data)).to.deep.equal(['items[3].status: must be one of: planned, in-progress, done']);
  });

  it('reports every problem in one pass, at every depth', () => {
    const data = {
      title: '',
      updated: 'May 2024',
      extra: true,
      items: [
        { said: 'More seating', status: 'done' },
        { said: '', status: 'planned', votes: -2, tags: ['ok', ''], colour: 'red' },
        { said: 'x'.repeat(201), status: 'planned', owner: { team: 5 } },
        'not an object',
      ],
    };
    expect(problems(schema, data)).to.deep.equal([
      'title: must not be empty',
      'updated: must match ^\\d{4}-\\d{2}-\\d{2}$',
      'extra: is not a known field',
      'items[0].did: is required',
      'items[1].said: must not be empty',
      'items[1].votes: must be at least 0',
      'items[1].tags[1]: must not be empty',
      'items[1].colour: is not a known field',
      'items[2].said: must be at most 200 characters',
      'items[2].owner.name: is required',
      'items[2].owner.team: must be string or null, not integer',
      'items[3]: must be object, not string',
    ]);
  });

  it('missing and empty top-level fields', () => {
    expect(problems(schema, {})).to.deep.equal(['title: is required', 'items: is required']);
    expect(problems(schema, { title: 'T', items: [] })).to.deep.equal(['items: must have at least 1 item']);
    expect(problems(schema, 'text')).to.deep.equal(['(root): must be object, not string']);
  });

  it('a path passed in is the prefix of every error', () => {
    expect(lines(check({ required: ['a'] }, {}, 'config'))).to.deep.equal(['config.a: is required']);
    expect(lines(check({ type: 'string' }, 1, 'list[2]'))).to.deep.equal(['list[2]: must be string, not integer']);
  });
});

// The widgets' copies of the schemas lose `$defs.text` at build time (strip-schema-docs.mjs) and
// use textSchema instead, so the published definition must say exactly what the checker does.
describe('schema check: words in a definition ($defs.text)', () => {
  const published: [string, Schema][] = [
    ['feedback-definition', feedbackSchema as Schema],
    ['consent-definition', consentSchema as Schema],
    ['credits', creditsSchema as Schema],
    ['impact-panel', impactSchema as Schema],
  ];
  const DOCS = new Set(['description', 'title', '$comment', 'examples']);
  /** The keywords a checker reads, without the words meant for people. */
  const rules = (schema: Schema) => Object.fromEntries(Object.entries(schema).filter(([key]) => !DOCS.has(key)));
  /** Every `$ref` in a schema, anywhere. */
  const refs = (value: unknown): string[] =>
    !value || typeof value !== 'object'
      ? []
      : Object.entries(value).flatMap(([key, sub]) => (key === '$ref' ? [sub as string] : refs(sub)));

  for (const [name, schema] of published) {
    it(`${name}: its $defs.text is the checker's textSchema`, () => {
      expect(schema.$defs?.text, `${name} has $defs.text`).to.be.an('object');
      expect(rules(schema.$defs!.text)).to.deep.equal(textSchema);
    });
    it(`${name}: uses words by language through $defs.text, and every $ref resolves`, () => {
      const all = refs(schema);
      expect(all).to.include('#/$defs/text');
      for (const ref of all) expect(schema.$defs?.[ref.slice(8)], ref).to.be.an('object');
    });
  }

  it('catches a published copy that drifts from textSchema', () => {
    const drifted = { ...textSchema, minLength: 0, description: 'Words' };
    expect(rules(drifted)).not.to.deep.equal(textSchema);
  });

  it('checks words by language through the $ref', () => {
    const schema: Schema = { type: 'object', properties: { title: { $ref: '#/$defs/text' } } };
    expect(problems(schema, { title: { en: 'Hello', cy: 'Helo' } })).to.deep.equal([]);
    expect(problems(schema, { title: {} }).length).to.be.greaterThan(0);
    expect(problems(schema, { title: { English: 'Hello' } }).length).to.be.greaterThan(0);
  });
});
