// coproduce-kit/react, /vue and /svelte (dist/frameworks/, generated from custom-elements.json by
// scripts/lib/framework-types.mjs): small apps in tests/frameworks/ are type-checked with each
// framework's own checker (tsc, vue-tsc, svelte-check), as an app using the package would be.
// The correct files must have no error; the *Wrong files must have exactly the errors their lines
// are marked with ("error: <text in the message>"): a misspelt widget or attribute, a wrong value,
// a misspelt field of an event's detail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsOf, generators } from '../../scripts/lib/framework-types.mjs';
import { typeManifestEvents } from '../../scripts/lib/event-types.mjs';

const dir = 'tests/frameworks';
const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Runs a checker in tests/frameworks and returns its whole output (it exits 1 when it finds errors). */
const check = (name, args) =>
  new Promise((resolve) =>
    execFile(
      bin(name),
      args,
      { cwd: dir, shell: process.platform === 'win32', maxBuffer: 1 << 24 },
      (error, stdout, stderr) => resolve({ code: error?.code ?? 0, out: `${stdout}\n${stderr}` }),
    ),
  );

/** `file(line,col): error TS…: message` (tsc, vue-tsc), continuation lines joined. */
function tscErrors(out) {
  const errors = [];
  for (const line of out.split('\n')) {
    const m = line.match(/^(\S+?)\((\d+),\d+\): error TS\d+: (.*)$/);
    if (m) errors.push({ file: m[1], line: Number(m[2]), message: m[3] });
    else if (errors.length && /^\s/.test(line)) errors.at(-1).message += ` ${line.trim()}`;
  }
  return errors;
}

/** svelte-check --output machine: `<time> ERROR "file" line:col "message"`. */
function svelteErrors(out) {
  return [...out.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({
    file: m[1],
    line: Number(m[2]),
    message: JSON.parse(`"${m[3]}"`),
  }));
}

/** The errors a fixture's lines are marked with: `{/* error: … *\/}` or `<!-- error: … -->`. */
function expected(file) {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const m = text.match(/error: (.+?) (?:\*\/\}|-->)/);
      return m ? [{ file, line: i + 1, text: m[1] }] : [];
    });
}

/**
 * Compares a checker's errors with the files' marks: one error per marked line and no other. An
 * error anywhere else (in the generated types, say) fails too; other frameworks' fixtures, which
 * some checkers also read, are left to their own test.
 */
function assertErrors(errors, files) {
  const fixture = /^[\w-]+\.(tsx|vue|svelte)$/;
  assert.deepEqual(
    errors.filter((e) => !fixture.test(e.file)),
    [],
    'no error outside the fixtures',
  );
  for (const file of files) {
    const got = errors.filter((e) => e.file === file);
    const want = expected(file);
    if (!/Wrong/i.test(file)) assert.deepEqual(got, [], `${file} type-checks`);
    else assert.ok(want.length >= 4, `${file} marks its mistakes`);
    for (const w of want) {
      const at = got.filter((e) => e.line === w.line);
      assert.equal(at.length, 1, `${file}:${w.line} has one error (${w.text}); got ${JSON.stringify(at)}`);
      assert.ok(at[0].message.includes(w.text), `${file}:${w.line}: "${at[0].message}" mentions ${w.text}`);
    }
    const unmarked = got.filter((e) => !want.some((w) => w.line === e.line));
    assert.deepEqual(unmarked, [], `${file} has no unmarked error`);
  }
}

// The three checkers take 5–15 s each: start them together.
const runs = {
  react: check('tsc', ['-p', '.']),
  vue: check('vue-tsc', ['-p', '.']),
  svelte: check('svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings']),
};

const fixtures = (ext) => readdirSync(dir).filter((f) => f.endsWith(ext));

test('the framework types are built and exported as coproduce-kit/react, /vue and /svelte', () => {
  for (const name of Object.keys(generators)) {
    assert.deepEqual(pkg.exports[`./${name}`], {
      types: `./dist/frameworks/${name}.d.ts`,
      default: `./dist/frameworks/${name}.js`,
    });
    assert.ok(existsSync(`dist/frameworks/${name}.d.ts`), `dist/frameworks/${name}.d.ts (run \`npm run build\` first)`);
  }
  assert.ok(pkg.files.includes('dist'), 'the package ships dist/');
});

test('every widget, and each of its cp- events, is in the React, Vue and Svelte types', () => {
  const els = elementsOf(manifest);
  assert.ok(els.length >= 15, `${els.length} elements`);
  for (const name of Object.keys(generators)) {
    const types = readFileSync(`dist/frameworks/${name}.d.ts`, 'utf8');
    for (const el of els) {
      assert.ok(types.includes(`'${el.tag}': `), `${name}: <${el.tag}>`);
      for (const e of el.events) assert.ok(types.includes(`'${e.name}'`), `${name}: ${el.tag} ${e.name}`);
    }
  }
});

test('each cp- event in the manifest has the type its component declares', () => {
  const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
  const kit = events.filter((e) => e.name.startsWith('cp-'));
  assert.ok(kit.length >= 20, `${kit.length} events`);
  for (const e of kit) assert.match(e.type?.text ?? '', /^CustomEvent<\{ .+ \}>$/, e.name);
  const submitted = kit.find((e) => e.name === 'cp-submitted');
  assert.equal(submitted.type.text, "CustomEvent<{ id: string; status: 'sent' }>");
});

test('a @fires cp- event that CpEventDetails does not declare fails the build', () => {
  const maps = { details: new Map([['cp-known', '{ n: number }']]) };
  const fake = () => ({
    modules: [
      {
        declarations: [
          {
            name: 'CpX',
            customElement: true,
            events: [{ name: 'cp-known' }, { name: 'cp-unknown' }, { name: 'change' }],
          },
        ],
      },
    ],
  });
  const m = fake();
  const problems = typeManifestEvents(m, maps);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /CpX @fires cp-unknown, which CpEventDetails does not declare/);
  assert.deepEqual(m.modules[0].declarations[0].events[0].type, { text: 'CustomEvent<{ n: number }>' });
  assert.equal(m.modules[0].declarations[0].events[2].type, undefined, 'native events are left alone');
});

test('React 19: the .tsx fixtures type-check, and each marked mistake is an error', async () => {
  const { out } = await runs.react;
  const files = fixtures('.tsx');
  assert.deepEqual(files.sort(), ['react-wrong.tsx', 'react.tsx']);
  assertErrors(tscErrors(out), files);
});

test('Vue 3 (vue-tsc): the .vue fixtures type-check, and each marked mistake is an error', async () => {
  const { out } = await runs.vue;
  const files = fixtures('.vue');
  assert.deepEqual(files.sort(), ['Vue.vue', 'VueWrong.vue']);
  assertErrors(tscErrors(out), files);
});

test('Svelte 5 (svelte-check): the .svelte fixtures type-check, and each marked mistake is an error', async () => {
  const { out } = await runs.svelte;
  const files = fixtures('.svelte');
  assert.deepEqual(files.sort(), ['Svelte.svelte', 'SvelteWrong.svelte']);
  assert.match(out, /COMPLETED \d+ FILES/, out);
  assertErrors(svelteErrors(out), files);
});

/** Attributes the manifest lists for a property the class keeps as internal state (`state: true`). */
const stateAttributes = (declarations, sourceOf) =>
  declarations.flatMap((d) => {
    const states = new Set([...sourceOf(d).matchAll(/^\s+(\w+): \{ state: true\b/gm)].map((m) => m[1]));
    return (d.attributes ?? []).filter((a) => states.has(a.fieldName)).map((a) => `<${d.tagName}> ${a.name}`);
  });

test('internal state is never offered as an attribute (so the React, Vue and Svelte types leave it out)', () => {
  const declarations = manifest.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
  );
  assert.ok(declarations.length >= 14);
  assert.deepEqual(
    stateAttributes(declarations, (d) => readFileSync(d.path, 'utf8')),
    [],
  );
  // The check catches one: a state property that the analyzer took for an attribute.
  const wrong = { tagName: 'cp-x', attributes: [{ name: 'copied', fieldName: 'copied' }] };
  assert.deepEqual(
    stateAttributes([wrong], () => '  static properties = {\n    copied: { state: true },\n  };'),
    ['<cp-x> copied'],
  );
});
