// The Storybook guides (stories/guides/*.mdx): every component in custom-elements.json has a
// guide page with examples and an API table from the manifest, every JSON Schema has a
// data-format table in a guide, and the table generator lists every field of a schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { missingFields, schemaRows, schemaTable } from '../../stories/guides/schema-table.js';
import { docsPages, forStorybook, pageId, relativeLinks } from '../../stories/guides/docs-page.js';
import {
  allContributorsTypes,
  sharedKeys,
  widgetWords,
  widgetWordsTable,
  wordKeys,
} from '../../stories/guides/words-table.js';
import { spawnSync } from 'node:child_process';

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
  else if (!stories.includes(`component: '${tag}'`))
    problems.push(`${file}: stories/${storiesPath}.stories.ts is not the stories of ${tag}`);
  if (!mdx.includes('<Meta of={Stories} />'))
    problems.push(`${file} is not attached to its stories (<Meta of={Stories} />)`);
  if (!/<ArgTypes of=\{Stories\}/.test(mdx)) problems.push(`${file} has no API table (<ArgTypes of={Stories} />)`);
  if (!mdx.includes('<Description of={Stories} />'))
    problems.push(`${file} leaves out the accessibility section (<Description of={Stories} />)`);
  const canvases = [...mdx.matchAll(/<Canvas of=\{Stories\.(\w+)\} \/>/g)].map((m) => m[1]);
  if (canvases.length === 0) problems.push(`${file} shows no example (<Canvas of={Stories.…} />)`);
  for (const story of canvases)
    if (stories && !new RegExp(`^export const ${story}\\b`, 'm').test(stories))
      problems.push(`${file}: Stories.${story} is not a story`);
  for (const heading of ['## When to use it', '## Examples', '## API'])
    if (!mdx.includes(`\n${heading}\n`)) problems.push(`${file} has no "${heading.slice(3)}" section`);
  return problems;
}

test('the manifest lists the widgets and primitives', () => {
  assert.ok(tags.length >= 15, `custom-elements.json lists ${tags.length} components`);
  for (const tag of ['cp-feedback-form', 'cp-consent-withdraw', 'cp-button', 'cp-provider'])
    assert.ok(tags.includes(tag), tag);
});

for (const tag of tags) {
  test(`${tag} has a guide with examples and an API table from the manifest`, () => {
    assert.deepEqual(guideProblems(tag), []);
  });
}

test('catches a missing guide, a guide without an API table and an example that is not a story', () => {
  assert.deepEqual(guideProblems('cp-nowhere'), ['cp-nowhere has no guide: stories/guides/nowhere.mdx is missing']);
  const broken = (file) =>
    file === `${GUIDES}/button.mdx`
      ? read(file)
          .replace(/<ArgTypes[^\n]*\n/, '')
          .replace('Stories.Secondary', 'Stories.Tertiary')
      : read(file);
  const problems = guideProblems('cp-button', broken);
  assert.ok(
    problems.some((p) => p.includes('no API table')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.includes('Stories.Tertiary is not a story')),
    problems.join('\n'),
  );
  // A guide attached to another component's stories.
  const swapped = (file) =>
    file === `${GUIDES}/rating.mdx` ? read(file).replace('../rating.stories', '../button.stories') : read(file);
  assert.ok(guideProblems('cp-rating', swapped).some((p) => p.includes('is not the stories of cp-rating')));
});

test('every JSON Schema has a data-format table in a guide', () => {
  const guides = readdirSync(GUIDES)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => read(`${GUIDES}/${f}`))
    .join('\n');
  for (const file of schemaFiles) {
    const imported = new RegExp(
      `import (\\w+) from '\\.\\./\\.\\./src/contract/schemas/${file.replace(/\./g, '\\.')}';`,
    ).exec(guides);
    assert.ok(imported, `no guide imports ${file}`);
    assert.ok(
      guides.includes(`<Markdown>{schemaTable(${imported[1]})}</Markdown>`),
      `the guide importing ${file} shows no table of it`,
    );
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
  const withoutQuestions = table
    .split('\n')
    .filter((line) => !line.startsWith('| `questions` |'))
    .join('\n');
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
  assert.match(
    schemaTable(schemas['feedback-definition.schema.json']),
    /\*\*text\*\*: Words shown to people: a string/,
  );
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

// ---- docs/*.md are rendered by Storybook pages, so Storybook is the whole documentation site ----

const DOCS = 'docs';
const docFiles = readdirSync(DOCS).filter((f) => f.endsWith('.md'));
const mdxFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${dir}/${f}`);

/** The `<Meta title>` of an MDX page, or undefined. */
const titleOf = (mdx) => /<Meta title="([^"]+)"/.exec(mdx)?.[1];

/**
 * What is wrong with how Storybook shows the docs files, as sentences. `pages` is each MDX page's
 * path and text. A docs file must be imported as raw text by a page under "Guides/", shown through
 * `forStorybook`, and that page must be the one `docsPages` says links go to.
 */
function docsProblems(files, pages) {
  const problems = [];
  for (const file of files) {
    const importer = pages.find(([, mdx]) =>
      new RegExp(`import (\\w+) from '(\\.\\./)+docs/${file.replace(/\./g, '\\.')}\\?raw';`).test(mdx),
    );
    if (!importer) {
      problems.push(`docs/${file} has no Storybook page (no page imports '../../docs/${file}?raw')`);
      continue;
    }
    const [path, mdx] = importer;
    const name = new RegExp(`import (\\w+) from '(\\.\\./)+docs/${file.replace(/\./g, '\\.')}\\?raw';`).exec(mdx)[1];
    if (!new RegExp(`<Markdown>\\{forStorybook\\(${name}\\b`).test(mdx))
      problems.push(`${path} imports docs/${file} but does not show it with <Markdown>{forStorybook(${name}…)}`);
    const title = titleOf(mdx);
    if (!title?.startsWith('Guides/'))
      problems.push(`${path} shows docs/${file} but is not under "Guides/" (title ${title})`);
    else if (docsPages[file] !== pageId(title))
      problems.push(
        `docs/${file} is shown on ${pageId(title)}, but links to it go to ${docsPages[file]} (docsPages in stories/guides/docs-page.js)`,
      );
  }
  return problems;
}

const allPages = () => [...mdxFiles('stories')].map((f) => [f, read(f)]);

test('every docs/*.md file has a Storybook page under Guides/ that renders it', () => {
  assert.ok(docFiles.length >= 8, `docs/ has ${docFiles.length} files`);
  assert.deepEqual(docsProblems(docFiles, allPages()), []);
});

test('catches a docs file with no page, a page that does not render it, and a page links do not reach', () => {
  const pages = allPages();
  assert.deepEqual(docsProblems(['nowhere.md'], pages), [
    "docs/nowhere.md has no Storybook page (no page imports '../../docs/nowhere.md?raw')",
  ]);
  const notShown = pages.map(([f, mdx]) => [
    f,
    f.endsWith('guides/theming.mdx') ? mdx.replace(/<Markdown>[^\n]*\n/, '') : mdx,
  ]);
  assert.match(docsProblems(['theming.md'], notShown).join('\n'), /does not show it/);
  const moved = pages.map(([f, mdx]) => [
    f,
    f.endsWith('guides/theming.mdx') ? mdx.replace('Guides/Theming', 'Guides/Colours') : mdx,
  ]);
  assert.match(
    docsProblems(['theming.md'], moved).join('\n'),
    /shown on guides-colours--docs, but links to it go to guides-theming--docs/,
  );
});

/** Lines of a page that renders a docs file which are its own prose (not imports, blocks, comments or headings). */
const ownProse = (mdx) =>
  mdx.split('\n').filter((l) => l.trim() && !/^(import |<Meta |<Markdown>|\{\/\*|## )/.test(l.trim()));

test('the pages that render a docs file write none of its text twice', () => {
  // languages.mdx adds the generated tables of languages and shared words around its two files.
  for (const [path, mdx] of allPages()) {
    if (!/from '(\.\.\/)+docs\/[\w-]+\.md\?raw'/.test(mdx) || path.endsWith('languages.mdx')) continue;
    assert.deepEqual(ownProse(mdx), [], `${path} has text of its own: put it in the docs file`);
  }
  assert.deepEqual(ownProse(`${read(`${GUIDES}/theming.mdx`)}\nSet your brand colour.\n`), ['Set your brand colour.']);
});

test('forStorybook: links to docs become page links, other files become words, pictures use their URL or go', () => {
  const md = [
    '<!-- sizes: written by a script -->',
    'See [performance.md](performance.md) and [Languages](languages.md#a-language-switch).',
    'Routes: [collector/README.md](../collector/README.md#staff-accounts) and [the example](../examples/cdn.html).',
    '![The back office](back-office.png)',
    '![Not imported](missing.png)',
    'Keep [GitHub](https://github.com) and [a heading](#what-a-page-loads).',
  ].join('\n');
  const out = forStorybook(md, { images: { 'back-office.png': '/assets/back-office-123.png' } });
  assert.match(out, /\[performance\.md\]\(\?path=\/docs\/guides-size-and-speed--docs\)/);
  assert.match(out, /\[Languages\]\(\?path=\/docs\/guides-languages--docs#a-language-switch\)/);
  assert.match(out, /`collector\/README\.md` \(in the repository\)/);
  assert.match(out, /the example \(`examples\/cdn\.html` in the repository\)/);
  assert.match(out, /!\[The back office\]\(\/assets\/back-office-123\.png\)/);
  assert.doesNotMatch(out, /missing\.png|<!--/);
  assert.match(out, /\[GitHub\]\(https:\/\/github\.com\) and \[a heading\]\(#what-a-page-loads\)/);
  assert.deepEqual(relativeLinks(out), []);
  assert.deepEqual(relativeLinks(md), [
    'performance.md',
    'languages.md#a-language-switch',
    '../collector/README.md#staff-accounts',
    '../examples/cdn.html',
    'back-office.png',
    'missing.png',
  ]);
});

test('every picture a docs file shows is given to forStorybook by its page, and no relative link is left', () => {
  for (const file of docFiles) {
    const text = read(`${DOCS}/${file}`);
    const pictures = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((src) => !/^[a-z]+:/i.test(src));
    const [path, mdx] = allPages().find(([, m]) => m.includes(`docs/${file}?raw'`));
    const images = {};
    for (const src of pictures) {
      assert.ok(existsSync(`${DOCS}/${src}`), `docs/${file} shows ${src}, which does not exist`);
      assert.match(
        mdx,
        new RegExp(`import (\\w+) from '\\.\\./\\.\\./docs/${src.replace(/\./g, '\\.')}';`),
        `${path} does not import ${src}, so Storybook would leave the picture out`,
      );
      assert.match(
        mdx,
        new RegExp(`'${src.replace(/\./g, '\\.')}': \\w+`),
        `${path} does not pass ${src} to forStorybook`,
      );
      images[src] = '/x.png';
    }
    assert.deepEqual(relativeLinks(forStorybook(text, { images })), [], `docs/${file}`);
  }
});

// ---- Words, roles and All Contributors types: tables made from the code ----

const en = JSON.parse(readFileSync('src/locales/en.json', 'utf8')).strings;

/** Whether a widget's guide shows its words table. */
const showsWords = (tag, mdx) =>
  mdx.includes(`<Markdown>{widgetWordsTable(en.strings, '${tag}')}</Markdown>`) &&
  mdx.includes("import en from '../../src/locales/en.json';");

test("every widget's guide lists its words from en.json, and the Languages page lists the shared ones", () => {
  for (const tag of Object.keys(widgetWords))
    assert.ok(showsWords(tag, read(`${GUIDES}/${tag.replace(/^cp-/, '')}.mdx`)), `${tag}'s guide has no words table`);
  assert.ok(
    read('stories/languages.mdx').includes('<Markdown>{wordsTable(en.strings, sharedKeys(en.strings))}</Markdown>'),
  );
  // Every key is in exactly one table: a widget's, the shared one, or (credits' roles) the roles table.
  const shown = [
    ...Object.values(widgetWords).flatMap((w) => wordKeys(en, w.prefixes, w.except)),
    ...sharedKeys(en),
    ...wordKeys(en, ['creditsRole']),
  ];
  assert.equal(new Set(shown).size, shown.length, 'a key is in two tables');
  assert.deepEqual(
    Object.keys(en).filter((k) => !shown.includes(k)),
    [],
  );
  assert.ok(wordKeys(en, ['pageFeedback']).length >= 10);
  assert.match(widgetWordsTable(en, 'cp-page-feedback'), /\| `pageFeedbackYes` \| `Yes\[ this page is useful\]` \|/);
});

test('the words tables are checked: a guide without its table, and key prefixes that are not whole words, are caught', () => {
  const mdx = read(`${GUIDES}/credits.mdx`).replace(/<Markdown>\{widgetWordsTable[^\n]*\n/, '');
  assert.equal(showsWords('cp-credits', mdx), false);
  // A prefix is a whole word: `credit` must not take `credits…` keys.
  assert.ok(wordKeys(en, ['credit']).every((k) => !k.startsWith('credits')));
  assert.deepEqual(wordKeys({ creditTitle: 'a', creditsTitle: 'b', credit: 'c' }, ['credit']), [
    'creditTitle',
    'credit',
  ]);
  assert.throws(() => widgetWordsTable(en, 'cp-nowhere'), /no words are listed for cp-nowhere/);
});

/** The kit's roles, and what its converter makes of each All Contributors type, read with tsx. */
function fromCode(types) {
  const script = `
    import { creditRoles } from './src/components/credits/roles.ts';
    import { fromAllContributors } from './src/components/credits/all-contributors.ts';
    import { convertType, rolesTable, allContributorsTable } from './stories/guides/words-table.js';
    const types = ${JSON.stringify(types)};
    console.log(JSON.stringify({
      roles: creditRoles,
      rolesTable: rolesTable(creditRoles),
      acTable: allContributorsTable(fromAllContributors, creditRoles, types),
      converted: Object.fromEntries([...types, 'madeUpType'].map((t) => [t, convertType(fromAllContributors, creditRoles, t)])),
    }));`;
  const result = spawnSync('npx', ['tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

test("the credits guide's role table and All Contributors table come from the code", () => {
  const mdx = read(`${GUIDES}/credits.mdx`);
  assert.ok(mdx.includes('<Markdown>{rolesTable(creditRoles)}</Markdown>'));
  assert.ok(mdx.includes('<Markdown>{allContributorsTable(fromAllContributors, creditRoles)}</Markdown>'));
  const code = fromCode(allContributorsTypes);
  for (const [id, role] of Object.entries(code.roles))
    assert.match(code.rolesTable, new RegExp(`\\| \`${id}\` \\| ${role.label}`));
  assert.ok(Object.keys(code.roles).length >= 16);
  // Each role maps to an All Contributors type on the one list of them.
  for (const [id, role] of Object.entries(code.roles))
    assert.ok(
      allContributorsTypes.includes(role.allContributors),
      `${id}: All Contributors type ${role.allContributors}`,
    );
  for (const type of allContributorsTypes) assert.match(code.acTable, new RegExp(`^\\| \`${type}\` \\|`, 'm'));
  assert.match(code.acTable, /any other type/);
  // Each listed type is one the converter knows: it makes words of its own, not the type's name
  // as it does for a type it does not know.
  const unknown = (t) =>
    code.converted[t].label === code.converted.madeUpType.label.replace('madeUpType', t) && !code.converted[t].builtIn;
  assert.equal(unknown('madeUpType'), true, 'the check catches a type the converter does not know');
  assert.deepEqual(allContributorsTypes.filter(unknown), []);
  // And the list has every type the converter knows (the keys of its two tables in all-contributors.ts).
  const source = read('src/components/credits/all-contributors.ts');
  const known = [...source.matchAll(/^ {2}'?(\w+)'?: '[^']*',$/gm)].map((m) => m[1]);
  assert.ok(known.length >= 30, `read ${known.length} types from all-contributors.ts`);
  assert.deepEqual(
    known.filter((t) => !allContributorsTypes.includes(t)),
    [],
    'add these types to allContributorsTypes in stories/guides/words-table.js',
  );
});

/**
 * README's component table: each row's guide link must open that component's guide, whose id
 * Storybook makes from the stories file's title. Gives what is wrong, as sentences.
 */
function readmeGuideProblems(readme, storiesFiles) {
  const titleOf = (tag) => {
    for (const text of storiesFiles)
      if (text.includes(`component: '${tag}'`)) return /^\s*title: '([^']+)'/m.exec(text)?.[1];
  };
  const rows = [
    ...readme.matchAll(
      /^\| `<(cp-[a-z-]+)>` \| \[guide\]\(http:\/\/localhost:6006\/\?path=\/docs\/([a-z0-9-]+)\) \|/gm,
    ),
  ];
  const problems = [];
  for (const [, tag, id] of rows) {
    const title = titleOf(tag);
    if (!title) problems.push(`README links ${tag} to a guide, but no stories file is for ${tag}`);
    else if (pageId(title) !== id) problems.push(`README links ${tag} to ${id}, but its guide is ${pageId(title)}`);
  }
  for (const tag of tags)
    if (!rows.some((r) => r[1] === tag)) problems.push(`README's component table has no guide link for ${tag}`);
  return problems;
}

const storiesTexts = readdirSync('stories')
  .filter((f) => f.endsWith('.stories.ts'))
  .map((f) => readFileSync(`stories/${f}`, 'utf8'));

test("README's component table links every component to its own guide", () => {
  assert.deepEqual(readmeGuideProblems(readFileSync('README.md', 'utf8'), storiesTexts), []);
});

test('catches a README guide link to a page that does not exist, and a component left out', () => {
  const readme = readFileSync('README.md', 'utf8')
    .replace('/docs/widgets-credits--docs', '/docs/credits--docs')
    .replace(/^\| `<cp-rating>`.*\n/m, '');
  const problems = readmeGuideProblems(readme, storiesTexts).join('\n');
  assert.match(problems, /README links cp-credits to credits--docs, but its guide is widgets-credits--docs/);
  assert.match(problems, /no guide link for cp-rating/);
});
