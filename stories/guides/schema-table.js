// Data-format tables for the guides, made from the widgets' JSON Schemas when Storybook is built,
// so a field's type, whether it is required and what it means can never drift from the schema the
// kit checks data against. Plain JavaScript with no imports: the guides (MDX) and the node test
// (tests/node/guides.test.mjs) both use it.

/** The schema a `$ref` to the same schema's `$defs` points to, or undefined. */
const resolve = (root, ref) => {
  const m = /^#\/\$defs\/(.+)$/.exec(ref ?? '');
  return m ? root.$defs?.[m[1]] : undefined;
};

const code = (v) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** Words for "how many": "at least 1", "1 to 11". */
function range(s, unit = '') {
  const min = s.minimum ?? s.minItems;
  const max = s.maximum ?? s.maxItems;
  if (min !== undefined && max !== undefined) return `${min} to ${max}${unit}`;
  if (min !== undefined && min > 0) return `at least ${min}${unit}`;
  if (max !== undefined) return `at most ${max}${unit}`;
  return '';
}

/** A field's type in words, such as "text", "integer, at least 1" or "one of `a`, `b`". */
export function typeOf(root, s) {
  if (!s) return 'any';
  if (s.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(s.$ref)?.[1];
    // `text` is shared by every schema: it has its own note under each table.
    if (name === 'text') return 'text';
    return typeOf(root, resolve(root, s.$ref));
  }
  if (s.const !== undefined) return code(s.const);
  if (s.enum) return `one of ${s.enum.map(code).join(', ')}`;
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const words = types.map((t) => {
    if (t === 'array') {
      const item = s.items?.$ref ? (resolve(root, s.items.$ref) ?? s.items) : s.items;
      const of = item?.type === 'object' || item?.properties ? 'objects' : typeOf(root, s.items);
      const n = range(s);
      return `list of ${of}${n ? ` (${n})` : ''}`;
    }
    if (t === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object')
      return `object: any keys, each ${typeOf(root, s.additionalProperties)}`;
    if (t === 'integer' || t === 'number') {
      const n = range(s);
      return n ? `${t}, ${n}` : t;
    }
    if (t === 'string' && s.pattern === '^\\d{4}-\\d\\d-\\d\\d$') return 'string, a date (YYYY-MM-DD)';
    return t;
  });
  return words.join(' or ') || 'any';
}

/** Required fields that depend on other fields (`if`/`then`), as words for the description. */
function conditions(root, s) {
  const out = {};
  const rules = [...(s.allOf ?? []), ...(s.if ? [{ if: s.if, then: s.then }] : [])];
  for (const r of rules) {
    const when = Object.entries(r.if?.properties ?? {})
      .map(([k, v]) =>
        v.const !== undefined ? `${k} is ${code(v.const)}` : v.enum ? `${k} is ${v.enum.map(code).join(', ')}` : k,
      )
      .join(' and ');
    for (const field of r.then?.required ?? []) (out[field] ??= []).push(when);
  }
  return out;
}

const described = (root, s) =>
  s?.description ?? (s?.$ref && !/text$/.test(s.$ref) ? resolve(root, s.$ref)?.description : undefined);

/**
 * One row per field, top-level fields first in schema order, each followed by the fields inside it
 * (`withdrawal.until`, `questions[].noneOption`).
 * @returns {{ field: string, type: string, required: string, description: string }[]}
 */
export function schemaRows(root, s = root, prefix = '') {
  const rows = [];
  const required = new Set(s.required ?? []);
  const when = conditions(root, s);
  for (const [name, raw] of Object.entries(s.properties ?? {})) {
    const field = s.properties[name];
    const target = field.$ref && !/text$/.test(field.$ref) ? resolve(root, field.$ref) : field;
    let description = described(root, field) ?? '';
    if (field.default !== undefined) description += `${description ? ' ' : ''}Default: ${code(field.default)}.`;
    rows.push({
      field: `${prefix}${name}`,
      type: typeOf(root, raw),
      required: required.has(name) ? 'yes' : when[name] ? `when ${when[name].join(', or ')}` : 'no',
      description,
    });
    const items = target?.items?.$ref ? resolve(root, target.items.$ref) : target?.items;
    const map = target?.additionalProperties?.$ref ? resolve(root, target.additionalProperties.$ref) : undefined;
    if (target?.properties) rows.push(...schemaRows(root, target, `${prefix}${name}.`));
    else if (items?.properties) rows.push(...schemaRows(root, items, `${prefix}${name}[].`));
    else if (map?.properties) rows.push(...schemaRows(root, map, `${prefix}${name}.<id>.`));
  }
  return rows;
}

/**
 * Text for one table cell: pipes escaped, on one line, and `<` outside code written `&lt;`, so
 * words such as "sha256:<hex>" or "<cp-credits>" are shown, not read as HTML tags.
 */
export const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
    .join('');

/** The rows as a markdown table (for Storybook's `<Markdown>` block), with a note on `text` if used. */
export function schemaTable(schema) {
  const rows = schemaRows(schema);
  const lines = [
    '| Field | Type | Required | What it is |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${cell(code(r.field))} | ${cell(r.type)} | ${cell(r.required)} | ${cell(r.description)} |`),
  ];
  if (rows.some((r) => r.type === 'text') && schema.$defs?.text?.description)
    lines.push('', `**text**: ${schema.$defs.text.description}`);
  return lines.join('\n');
}

/** Top-level fields of the schema that have no row in a table made by schemaTable. */
export function missingFields(schema, table) {
  const listed = new Set([...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]));
  return Object.keys(schema.properties ?? {}).filter((name) => !listed.has(name));
}
