// The Storybook guides (stories/guides/*.mdx): every component in custom-elements.json has a
// guide page with examples and an API table from the manifest, every JSON Schema has a
// data-format table in a guide, and the table generator lists every field of a schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { missingFields, schemaRows, schemaTable } from '../../stories/guides/schema-table.js';

const GUIDES = 'stories/guides';
const SCHEMAS = 'src/contract/schemas';

assert.ok(existsSync('custom-elements.json'), 'custom-elements.json is missing: run `npm run build:manifest` first');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const schemaFiles = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));
const schemas = Object.fromEntries(schemaFiles.map((f) => [f, JSON.parse(readFileSync(`${SCHEMAS}/${f}`, 'utf8'))]));

/**
 * What is wrong with a component's guide, as sentences (none when it is fine). `readFile` reads a
 * path relative to the repository, and gives undefined for a file that does not exist.
 */
function guideProblems(tag, readFile = read) {
  const name = tag.replace(/^cp-/, '');
  const file = `${GUIDES}/${name}.mdx`;
  const mdx = readFile(file);
  if (mdx === undefined) return [`${tag} has no guide: ${file} is missing`];
  const problems = [];
  const storiesPath = /import \* as Stories from '\.\.\/([\w-]+)\.stories'/.exec(mdx)?.[1];
  const stories = storiesPath && readFile(`stories/${storiesPath}.stories.ts`);
  if (!stories) problems.push(`${file} does not import its stories file as Stories`);
  else if (!stories.includes(`component: '${tag}'`)) problems.push(`${file}: stories/${storiesPath}.stories.ts is not the stories of ${tag}`);
  if (!mdx.includes('<Meta of={Stories} />')) problems.push(`${file} is not attached to its stories (<Meta of={Stories} />)`);
  if (!/<ArgTypes of=\{Stories\}/.test(mdx)) problems.push(`${file} has no API table (<ArgTypes of={Stories} />)`);
  if (!mdx.includes('<Description of={Stories} />')) problems.push(`${file} leaves out the accessibility section (<Description of={Stories} />)`);
  const canvases = [...mdx.matchAll(/<Canvas of=\{Stories\.(\w+)\} \/>/g)].map((m) => m[1]);
  if (canvases.length === 0) problems.push(`${file} shows no example (<Canvas of={Stories.…} />)`);
  for (const story of canvases)
    if (stories && !new RegExp(`^export const ${story}\\b`, 'm').test(stories)) problems.push(`${file}: Stories.${story} is not a story`);
  for (const heading of ['## When to use it', '## Examples', '## API'])
    if (!mdx.includes(`\n${heading}\n`)) problems.push(`${file} has no "${heading.slice(3)}" section`);
  return problems;
}

test('the manifest lists the widgets and primitives', () => {
  assert.ok(tags.length >= 15, `custom-elements.json lists ${tags.length} components`);
  for (const tag of ['cp-feedback-form', 'cp-consent-withdraw', 'cp-button', 'cp-provider']) assert.ok(tags.includes(tag), tag);
});

for (const tag of tags) {
  test(`${tag} has a guide with examples and an API table from the manifest`, () => {
    assert.deepEqual(guideProblems(tag), []);
  });
}

test('catches a missing guide, a guide without an API table and an example that is not a story', () => {
  assert.deepEqual(guideProblems('cp-nowhere'), ['cp-nowhere has no guide: stories/guides/nowhere.mdx is missing']);
  const broken = (file) =>
    file === `${GUIDES}/button.mdx` ? read(file).replace(/<ArgTypes[^\n]*\n/, '').replace('Stories.Secondary', 'Stories.Tertiary') : read(file);
  const problems = guideProblems('cp-button', broken);
  assert.ok(problems.some((p) => p.includes('no API table')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('Stories.Tertiary is not a story')), problems.join('\n'));
  // A guide attached to another component's stories.
  const swapped = (file) => (file === `${GUIDES}/rating.mdx` ? read(file).replace('../rating.stories', '../button.stories') : read(file));
  assert.ok(guideProblems('cp-rating', swapped).some((p) => p.includes('is not the stories of cp-rating')));
});

test('every JSON Schema has a data-format table in a guide', () => {
  const guides = readdirSync(GUIDES).filter((f) => f.endsWith('.mdx')).map((f) => read(`${GUIDES}/${f}`)).join('\n');
  for (const file of schemaFiles) {
    const imported = new RegExp(`import (\\w+) from '\\.\\./\\.\\./src/contract/schemas/${file.replace(/\./g, '\\.')}';`).exec(guides);
    assert.ok(imported, `no guide imports ${file}`);
    assert.ok(guides.includes(`<Markdown>{schemaTable(${imported[1]})}</Markdown>`), `the guide importing ${file} shows no table of it`);
  }
});

for (const [file, schema] of Object.entries(schemas)) {
  test(`${file}: the table lists every top-level field with its type`, () => {
    const table = schemaTable(schema);
    assert.deepEqual(missingFields(schema, table), []);
    for (const row of schemaRows(schema)) assert.notEqual(row.type, 'any', `${file}: ${row.field} has no type`);
  });
}

test('the table generator is checked: a field left out of a table is caught', () => {
  const schema = schemas['feedback-definition.schema.json'];
  const table = schemaTable(schema);
  const withoutQuestions = table.split('\n').filter((line) => !line.startsWith('| `questions` |')).join('\n');
  assert.deepEqual(missingFields(schema, withoutQuestions), ['questions']);
  // A field added to a schema without a row.
  const grown = { ...schema, properties: { ...schema.properties, theme: { type: 'string' } } };
  assert.deepEqual(missingFields(grown, table), ['theme']);
  assert.deepEqual(missingFields(grown, schemaTable(grown)), []);
});

test('the fields the issue found undocumented have a type and a description', () => {
  const row = (file, field) => schemaRows(schemas[file]).find((r) => r.field === field);
  const none = row('feedback-definition.schema.json', 'questions[].noneOption');
  assert.equal(none.type, 'text');
  assert.match(none.description, /None of these/);
  const until = row('consent-definition.schema.json', 'withdrawal.until');
  assert.equal(until.type, 'text');
  assert.match(until.description, /YYYY-MM-DD/);
  // The note under each table says what "text" is, from the schema's own $defs.
  assert.match(schemaTable(schemas['feedback-definition.schema.json']), /\*\*text\*\*: Words shown to people: a string/);
});

test('table cells show angle brackets and pipes as words, not HTML or columns', () => {
  const table = schemaTable({
    type: 'object',
    required: ['a'],
    properties: { a: { type: 'string', description: 'sha256:<hex>, a | b' }, b: { enum: ['x', 'y'], default: 'x' } },
  });
  assert.match(table, /\| `a` \| string \| yes \| sha256:&lt;hex>, a \\\| b \|/);
  assert.match(table, /\| `b` \| one of `x`, `y` \| no \| Default: `x`\. \|/);
});
