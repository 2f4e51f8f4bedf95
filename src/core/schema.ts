/**
 * The part of JSON Schema (draft 2020-12) that the kit's published schemas use, checked in a
 * few hundred bytes instead of a general engine many times the size of the kit:
 * `type`, `properties`, `required`, `additionalProperties` (false), `items`, `enum`, `const`,
 * `minimum`, `maximum`, `minLength`, `maxLength`, `minItems`, `minProperties`, `pattern`,
 * `propertyNames`, `allOf`, `if`/`then` and `$ref` to the schema's own `$defs`. Anything else in
 * a schema is ignored, so keep the published schemas to this.
 */
export interface Schema {
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null' | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  /** `false`, or the schema every property not in `properties` must meet. */
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  minProperties?: number;
  /** Only `#/$defs/<name>` of the same schema. */
  $ref?: string;
  $defs?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  allOf?: Schema[];
  if?: Schema;
  then?: Schema;
  [keyword: string]: unknown;
}

/** One problem, with the path of the bad field, such as `items[3].status`. */
export interface SchemaError {
  path: string;
  message: string;
}

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/**
 * Checks a value against a schema and returns every problem found (an empty list means valid).
 * The parts of a value add their problems to their whole's list (`errors`): 1,000 items are
 * some 15,000 values to check before a first render, and one list each would be 15,000 more.
 */
export function check(
  schema: Schema,
  value: unknown,
  path = '',
  root = schema,
  errors: SchemaError[] = [],
): SchemaError[] {
  if (schema.$ref) return check(resolve(schema, root), value, path, root, errors);
  const fail = (message: string, at = path) => errors.push({ path: at || '(root)', message });
  const type = typeOf(value);

  if (schema.type) {
    const types = ([] as string[]).concat(schema.type);
    if (!types.some((t) => t === type || (t === 'number' && type === 'integer'))) {
      fail(`must be ${types.join(' or ')}, not ${type}`);
      return errors;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) fail(`must be one of: ${schema.enum.join(', ')}`);
  if ('const' in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);

  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      fail(schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      fail(`must be at most ${schema.maxLength} characters`);
    if (schema.pattern && !compiled(schema.pattern).test(value)) fail(`must match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    if (schema.items) value.forEach((item, i) => check(schema.items!, item, join(path, i), root, errors));
  }
  if (type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (obj[key] === undefined) fail('is required', join(path, key));
    }
    const keys = Object.keys(obj);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) fail('must not be empty');
    for (const key of keys) {
      const at = join(path, key);
      const sub = schema.properties?.[key] ?? schema.additionalProperties;
      if (schema.propertyNames) check(schema.propertyNames, key, at, root, errors);
      if (sub === false) fail('is not a known field', at);
      else if (sub && sub !== true) check(sub, obj[key], at, root, errors);
    }
  }
  for (const sub of schema.allOf ?? []) check(sub, value, path, root, errors);
  if (schema.if && schema.then && !check(schema.if, value, path, root).length) {
    check(schema.then, value, path, root, errors);
  }
  return errors;
}

/**
 * Words in a definition: a string, or the same words by language (`$defs.text` of every
 * definition schema, which the build leaves out of the widgets' copies to share this one;
 * tests/schema.test.ts keeps them the same).
 */
export const textSchema: Schema = {
  type: ['string', 'object'],
  minLength: 1,
  minProperties: 1,
  propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  additionalProperties: { type: 'string', minLength: 1 },
};

/**
 * The schema a `$ref` points to: `#/$defs/<name>` of the same schema, where `#/$defs/text` is
 * always `textSchema` (so `localise` knows words by this one object).
 */
export const resolve = (schema: Schema, root: Schema): Schema =>
  schema.$ref ? (schema.$ref === '#/$defs/text' ? textSchema : (root.$defs?.[schema.$ref.slice(8)] ?? {})) : schema;

// One RegExp per pattern, not per value: 1,000 items with dates would otherwise build 1,000.
const patterns = new Map<string, RegExp>();
const compiled = (pattern: string): RegExp => {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
};
