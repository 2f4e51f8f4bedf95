import { fileURLToPath } from 'node:url';
// A Vite plugin that drops the words meant for people (`description`, `title`, `$comment`,
// `examples`) from the JSON Schemas the widgets import to check their data. The checker never
// reads them, and they were a kilobyte of the script-tag file. It also drops each schema's copy
// of `$defs.text`: the checker has it once (textSchema in src/core/schema.ts; tests/schema.test.ts keeps the two the same). The published
// schema files (dist/schemas/) keep everything.
const DOCS = new Set(['description', 'title', '$comment', 'examples', '$schema', '$id']);
const NAMED = new Set(['properties', '$defs', 'patternProperties']);

/** A schema without its documentation keywords; property names such as "title" are kept. */
export function stripSchemaDocs(schema) {
  if (Array.isArray(schema)) return schema.map(stripSchemaDocs);
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOCS.has(key) && typeof value !== 'object') continue;
    if (key === 'examples') continue;
    out[key] = NAMED.has(key)
      ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchemaDocs(sub)]))
      : key === 'enum' || key === 'const'
        ? value
        : stripSchemaDocs(value);
  }
  return out;
}

const SCHEMA_TS = fileURLToPath(new URL('../../src/core/schema.ts', import.meta.url));

export function stripSchemaDocsPlugin() {
  return {
    name: 'coproduce-kit:strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.schema\.json$/.test(id)) return null;
      const schema = stripSchemaDocs(JSON.parse(code));
      if (schema.$defs) delete schema.$defs.text;
      // Each reference to the words schema becomes the checker's own object, one name instead of
      // a 22-character reference repeated 46 times across the widgets.
      const json = JSON.stringify(schema);
      const body = json.replaceAll('{"$ref":"#/$defs/text"}', 'text');
      if (body === json) return { code: json, map: null };
      return {
        code: `import { textSchema as text } from ${JSON.stringify(SCHEMA_TS)};\nexport default ${body};\n`,
        moduleType: 'js',
        map: null,
      };
    },
  };
}
