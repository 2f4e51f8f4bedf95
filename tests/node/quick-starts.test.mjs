import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyQuickStart, parseQuickStarts } from '../../scripts/lib/quick-starts.mjs';

// How `npm run check:quick-starts` reads README.md's "Quick start: an app with a bundler". The
// check itself needs the npm registry, so it is not part of `npm test`; this part runs offline.
const readme = readFileSync('README.md', 'utf8');

const section = (body) => `# Kit\n\n## Quick start: an app with a bundler\n\n${body}\n\n## Components\n\nMore.\n`;
const fence = (lang, text) => `\`\`\`${lang}\n${text}\n\`\`\``;

test("README's bundler quick starts: four frameworks, their templates and their files", () => {
  const { templates, frameworks } = parseQuickStarts(readme);
  assert.deepEqual(templates, { vanilla: 'vanilla-ts', react: 'react-ts', vue: 'vue-ts', svelte: 'svelte-ts' });
  const files = Object.fromEntries(
    Object.entries(frameworks).map(([fw, list]) => [
      fw,
      list.map((f) => (f.replace ? `${f.file} replace ${f.replace}` : f.file)),
    ]),
  );
  assert.deepEqual(files, {
    vanilla: ['src/main.ts'],
    react: ['src/App.tsx'],
    vue: ['vite.config.ts replace vue()', 'src/App.vue'],
    svelte: ['src/App.svelte'],
  });
  // Each block is the README's code, not the marker or the fence.
  for (const list of Object.values(frameworks)) {
    for (const f of list) {
      assert.doesNotMatch(f.content, /```|quick-start:/);
      assert.ok(readme.includes(f.content), `${f.file}'s block is README text`);
    }
  }
  assert.match(frameworks.react[0].content, /^import 'coproduce-kit';\nimport type \{\} from 'coproduce-kit\/react';/);
  assert.match(frameworks.vue[0].content, /^vue\(\{ template: .*isCustomElement/);
});

test('a marker with no code block after it is an error naming its README line', () => {
  const text = section(
    'Make an app (template `vanilla-ts` or `react-ts`).\n\n' +
      `<!-- quick-start: vanilla src/main.ts -->\n${fence('ts', "import 'coproduce-kit';")}\n\n` +
      '<!-- quick-start: react src/App.tsx -->\nThe code went missing.\n',
  );
  assert.throws(
    () => parseQuickStarts(text),
    /README\.md line 12: the quick-start marker for react src\/App\.tsx is not followed by a code block/,
  );
  // The same README with the block in place is read.
  const fixed = text.replace('The code went missing.', fence('tsx', 'export default function App() { return null; }'));
  assert.deepEqual(Object.keys(parseQuickStarts(fixed).frameworks), ['vanilla', 'react']);
});

test('a code block that is never closed, a framework with no template, and a template with no files are errors', () => {
  const good = `<!-- quick-start: vanilla src/main.ts -->\n${fence('ts', 'x;')}`;
  assert.throws(
    () =>
      parseQuickStarts(section(`template \`vanilla-ts\`\n\n<!-- quick-start: vanilla src/main.ts -->\n\`\`\`ts\nx;\n`)),
    /never closed/,
  );
  assert.throws(
    () =>
      parseQuickStarts(
        section(`template \`vanilla-ts\`\n\n${good}\n\n<!-- quick-start: solid src/App.tsx -->\n${fence('tsx', 'x;')}`),
      ),
    /no template for solid/,
  );
  assert.throws(
    () => parseQuickStarts(section(`template \`vanilla-ts\` or \`react-ts\`\n\n${good}`)),
    /react-ts but has no quick-start files/,
  );
  assert.throws(() => parseQuickStarts(section('No markers here.')), /has no quick-start markers/);
  assert.throws(() => parseQuickStarts('# Kit\n'), /no "## Quick start: an app with a bundler" heading/);
});

test('writing a block: a whole file, a replaced text, and a file or text that is not there', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quick-starts-test-'));
  try {
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/main.ts'), 'old\n');
    writeFileSync(join(dir, 'vite.config.ts'), 'export default { plugins: [vue()] }\n');
    applyQuickStart(dir, { file: 'src/main.ts', replace: null, content: 'new', line: 1 });
    assert.equal(readFileSync(join(dir, 'src/main.ts'), 'utf8'), 'new\n');
    applyQuickStart(dir, { file: 'vite.config.ts', replace: 'vue()', content: "vue({ a: '$&' })", line: 2 });
    assert.equal(readFileSync(join(dir, 'vite.config.ts'), 'utf8'), "export default { plugins: [vue({ a: '$&' })] }\n");
    assert.throws(
      () => applyQuickStart(dir, { file: 'vite.config.ts', replace: 'vue()', content: 'x', line: 3 }),
      /README\.md line 3: vite\.config\.ts holds "vue\(\)" 0 times/,
    );
    assert.throws(
      () => applyQuickStart(dir, { file: 'src/App.tsx', replace: null, content: 'x', line: 4 }),
      /README\.md line 4: src\/App\.tsx is not in the app/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
