import { test } from 'node:test';
import { componentFiles } from '../../scripts/lib/cdn-pages.mjs';
import { componentEntries } from '../../scripts/lib/components.mjs';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { ESBUILD_BUNDLE } from '../../scripts/lib/size.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const components = Object.keys(componentEntries());

test('every export in package.json points at a built file', () => {
  // null marks a folder that is not exported (the internals under a pattern such as ./*.js).
  const targets = Object.values(pkg.exports).flatMap((t) =>
    t === null ? [] : typeof t === 'string' ? [t] : Object.values(t),
  );
  // A pattern export (./schemas/*) must match at least one built file.
  const exists = (t) => (t.includes('*') ? readdirSync(t.slice(0, t.indexOf('*'))).length > 0 : existsSync(t));
  const missing = targets.filter((t) => !exists(t));
  assert.deepEqual(missing, []);
  // Each component's own entry point (through the ./*.js pattern) is checked in the last test.
});

test('each component entry registers only its own tag', () => {
  for (const c of components) {
    const code = readFileSync(`dist/${c}.js`, 'utf8');
    const tags = [...code.matchAll(/\.define\("(cp-[\w-]+)"\)/g)].map((m) => m[1]);
    assert.deepEqual(tags, [`cp-${c}`], `dist/${c}.js`);
  }
});

test('Lit stays external in the npm build and is inlined in the script-tag files', () => {
  const index = readFileSync('dist/core/base-element.js', 'utf8');
  assert.match(index, /from "lit"/);
  const cdn = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
  for (const f of cdn)
    assert.doesNotMatch(readFileSync(`dist/cdn/${f}`, 'utf8'), /from\s*"lit|import\s*"lit|from\s*"@lit/, f);
  const defines = (file, c) =>
    new RegExp(`\\.define\\(["'\`]cp-${c}["'\`]\\)`).test(readFileSync(`dist/cdn/${file}`, 'utf8'));
  // The one file registers every component but the language switch, which loads on demand beside it.
  const all = 'coproduce-kit.all.js';
  for (const c of components)
    assert.ok(defines(c === 'language-switch' ? 'language-switch.all.js' : all, c), `${all} registers cp-${c}`);
  assert.ok(!defines(all, 'language-switch'), 'the switch is not in the one file');
  // The loader knows every component's file, and that file registers it.
  const files = componentFiles('dist/cdn');
  assert.deepEqual(Object.keys(files).sort(), components.map((c) => `cp-${c}`).sort());
  for (const c of components) assert.ok(defines(files[`cp-${c}`], c), `${files[`cp-${c}`]} registers cp-${c}`);
  assert.ok(!components.some((c) => defines('coproduce-kit.js', c)), 'the loader registers nothing itself');
});

test('the manifest documents every component with a summary', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.deepEqual(decls.map((d) => d.tagName).sort(), components.map((c) => `cp-${c}`).sort());
  for (const d of decls) assert.ok(d.summary, `${d.tagName} has a @summary`);
});

test('tokens.css is published with every theme', () => {
  const css = readFileSync('dist/tokens.css', 'utf8');
  for (const sel of [
    ':root',
    '[data-cp-theme="dark"]',
    '[data-cp-theme="high-contrast"]',
    'prefers-color-scheme: dark',
    'prefers-reduced-motion',
  ])
    assert.ok(css.includes(sel), `tokens.css has ${sel}`);
});

test('every stories file is checked with axe (axeEveryStory) by exactly one test file', () => {
  const tests = readdirSync('tests').filter((f) => f.endsWith('.test.ts'));
  const calls = tests.flatMap((t) =>
    [...readFileSync(`tests/${t}`, 'utf8').matchAll(/axeEveryStory\(\s*'([^']+)'/g)].map((m) => m[1]),
  );
  const files = readdirSync('stories').filter((f) => f.endsWith('.stories.ts'));
  assert.ok(files.length >= 9);
  for (const f of files) assert.equal(calls.filter((c) => c === f).length, 1, `${f} is passed to axeEveryStory once`);
});

test('every widget JSON Schema is published under coproduce-kit/schemas/', () => {
  const schemas = readdirSync('src/contract/schemas').filter((f) => f.endsWith('.schema.json'));
  assert.ok(schemas.length >= 9, `${schemas.length} schemas`);
  for (const f of schemas) assert.ok(existsSync(`dist/schemas/${f}`), `dist/schemas/${f}`);
});

test('every English string is in the built files, so no widget shows a key instead of words', () => {
  // A *.strings file that the package's "sideEffects" does not list is dropped by bundlers (its
  // import has no other use): its keys would then show on screen.
  const english = Object.entries(JSON.parse(readFileSync('src/locales/en.json', 'utf8')).strings);
  const cdn = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
  const read = (files) => files.map((f) => readFileSync(`dist/cdn/${f}`, 'utf8')).join('\n');
  const npm = {
    ...ESBUILD_BUNDLE,
    charset: 'utf8',
    stdin: { contents: "import 'coproduce-kit';", resolveDir: process.cwd() },
  };
  const builds = {
    'the script-tag files': read(cdn.filter((f) => !f.endsWith('.all.js'))),
    'the one file (with the files it loads on demand)': read(cdn.filter((f) => f.endsWith('.all.js'))),
    'the npm package, bundled with esbuild': buildSync(npm).outputFiles[0].text,
  };
  // Some keys share their words ("Exit this page"): each needs its own copy of them.
  const keysWith = (text) => english.filter(([, t]) => t === text).length;
  const quote = (text) => new RegExp(`[\`"']${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\`"']`, 'g');
  for (const [name, code] of Object.entries(builds)) {
    const missing = english
      .filter(([, text]) => (code.match(quote(text)) ?? []).length < keysWith(text))
      .map(([key]) => key);
    assert.deepEqual(missing, [], `strings missing from ${name}`);
  }
});

test("the kit's version in the code (src/core/version.ts, which CpElement.define compares) is package.json's", () => {
  const version = /VERSION = '([^']+)'/.exec(readFileSync('src/core/version.ts', 'utf8'))?.[1];
  assert.equal(version, JSON.parse(readFileSync('package.json', 'utf8')).version);
});

test('coproduce-kit/testing: the harnesses are exported with types, import no widget, and no widget imports them', () => {
  assert.deepEqual(pkg.exports['./testing'], {
    types: './dist/types/testing/index.d.ts',
    default: './dist/testing.js',
  });
  const code = readFileSync('dist/testing.js', 'utf8');
  for (const name of [
    'FeedbackFormHarness',
    'ConsentFlowHarness',
    'ConsentWithdrawHarness',
    'ImpactPanelHarness',
    'CreditsHarness',
    'PageFeedbackHarness',
  ])
    assert.match(code, new RegExp(`\\b${name}\\b`), `dist/testing.js exports ${name}`);
  const types = readFileSync('dist/types/testing/index.d.ts', 'utf8');
  assert.match(types, /FeedbackFormHarness/);
  // The harnesses bundle without Lit or any widget: they use only the DOM.
  const bundle = buildSync({
    ...ESBUILD_BUNDLE,
    stdin: { contents: "export * from 'coproduce-kit/testing';", resolveDir: process.cwd() },
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(bundle.metafile.inputs);
  assert.deepEqual(
    inputs.filter((f) => /node_modules\/lit|components\/|core\//.test(f)),
    [],
    'no Lit, widget or core module',
  );
  // No widget (or the index) reaches the harnesses.
  const widgets = readdirSync('src', { recursive: true }).filter(
    (f) => String(f).endsWith('.ts') && !String(f).startsWith('testing'),
  );
  for (const f of widgets)
    assert.doesNotMatch(readFileSync(`src/${f}`, 'utf8'), /from ['"][./]*testing\//, `src/${f} imports the harnesses`);
});

test('every documented entry point resolves, with its types, and internals stay private', async () => {
  // Installed as an app would have it: node_modules/coproduce-kit is this package (needs a build).
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const ts = (await import('typescript')).default;
  const app = mkdtempSync(join(tmpdir(), 'cp-exports-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(process.cwd(), join(app, 'node_modules/coproduce-kit'), 'dir');
  const from = join(app, 'app.mjs');
  writeFileSync(from, '');
  const resolve = (spec) => import.meta.resolve(spec, new URL(`file://${from}`).href);
  const types = (spec, moduleResolution) =>
    ts.resolveModuleName(
      spec,
      from,
      { moduleResolution, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      ts.sys,
    ).resolvedModule?.resolvedFileName;

  const locales = readdirSync('dist/locales').filter((f) => f.endsWith('.js'));
  const schemas = readdirSync('dist/schemas');
  const typed = [
    'coproduce-kit',
    ...components.map((c) => `coproduce-kit/${c}.js`),
    'coproduce-kit/react',
    'coproduce-kit/vue',
    'coproduce-kit/svelte',
    'coproduce-kit/testing',
    ...locales.map((f) => `coproduce-kit/locales/${f}`),
  ];
  const untyped = [
    'tokens.css',
    'custom-elements.json',
    'package.json',
    'cdn/coproduce-kit.js',
    'cdn/coproduce-kit.api.js',
    'cdn/coproduce-kit.all.js',
    ...schemas.map((f) => `schemas/${f}`),
  ].map((s) => `coproduce-kit/${s}`);
  assert.ok(typed.length >= 25 && schemas.length >= 9, `${typed.length} typed entry points, ${schemas.length} schemas`);
  for (const spec of [...typed, ...untyped])
    assert.ok(existsSync(new URL(resolve(spec))), `${spec} resolves to a file`);
  for (const spec of typed)
    for (const mode of [ts.ModuleResolutionKind.Bundler, ts.ModuleResolutionKind.NodeNext]) {
      const file = types(spec, mode);
      assert.ok(file?.endsWith('.d.ts') && existsSync(file), `${spec} has types (${file})`);
    }
  // Each component's types are its own, not another's.
  for (const c of components)
    assert.match(
      types(`coproduce-kit/${c}.js`, ts.ModuleResolutionKind.Bundler),
      new RegExp(`/components/(${c}/index|[a-z-]+/${c}\\.index)\\.d\\.ts$`),
      c,
    );
  // Internals are not part of the package's API.
  for (const spec of [
    'coproduce-kit/index.js',
    'coproduce-kit/core/base-element.js',
    'coproduce-kit/components/button/index.js',
    'coproduce-kit/contract/canonical.js',
    'coproduce-kit/frameworks/react.js',
    'coproduce-kit/cdn/core.js',
    'coproduce-kit/types/index.d.ts',
  ])
    assert.throws(() => resolve(spec), /ERR_PACKAGE_PATH_NOT_EXPORTED/, `${spec} is not exported`);
});
