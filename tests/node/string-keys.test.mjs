// String keys say whose words they are (docs/translating.md, "Key names"): every element lists its
// own words as `static strings`, each key starting with its tag's name (`<cp-consent-withdraw>` →
// `consentWithdraw…`); words several elements show start with the part of the name their tags
// share (`consent…`); the words every widget shares (src/core) claim no element's name. The
// strings modules are read with tsx; the elements and their `static strings` from the source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');
const files = readdirSync(src, { recursive: true }).map((f) => join(src, f));

/** `cp-consent-withdraw` → `consentWithdraw`. */
export const prefixOf = (tag) => tag.replace(/^cp-/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** Whether `key` starts with the whole word(s) `prefix`: `credit` takes `creditTitle`, not `creditsTitle`. */
const startsWith = (key, prefix) =>
  key.startsWith(prefix) && (key.length === prefix.length || /[A-Z0-9_]/.test(key[prefix.length]));

/** The camel-case words two prefixes start with alike: `consentFlow`, `consentWithdraw` → `consent`. */
function sharedStart(a, b) {
  const words = (p) => p.split(/(?=[A-Z])/);
  const [x, y] = [words(a), words(b)];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join('');
}

/**
 * The problems with a kit's strings, as sentences. `elements`: `{ tag, folder, strings }`, where
 * `strings` is the keys of the element's `static strings` (undefined when it has none of its own)
 * and `ownModule` whether its folder has a `<name>.strings.ts`. `modules`: `{ path, folder, core,
 * keys }` for every strings module.
 */
export function keyProblems(elements, modules) {
  const problems = [];
  const prefixes = elements.map((e) => prefixOf(e.tag));
  const shared = new Set(
    prefixes.flatMap((a) => prefixes.map((b) => (a === b ? '' : sharedStart(a, b)))).filter(Boolean),
  );
  /** The prefixes a module in `folder` may use: its elements' names, and the start they share with others'. */
  const allowedIn = (folder) => {
    const here = elements.filter((e) => e.folder === folder).map((e) => prefixOf(e.tag));
    return [...here, ...[...shared].filter((s) => here.some((p) => startsWith(p, s)))];
  };
  for (const e of elements) {
    const own = prefixOf(e.tag);
    if (e.ownModule && !e.strings) problems.push(`<${e.tag}> has a strings module but no \`static strings\``);
    for (const key of e.strings ?? []) {
      // A `_staff` twin keeps its key's name, which may be a shared one: `consentCredit_full_staff`.
      const twin = /_staff(?=_|$)/.test(key);
      if (!(startsWith(key, own) || (twin && allowedIn(e.folder).some((p) => startsWith(key, p)))))
        problems.push(`<${e.tag}>'s key "${key}" does not start with "${own}"`);
    }
  }
  for (const m of modules) {
    if (m.core) {
      for (const key of m.keys) {
        const claimed = prefixes.find((p) => startsWith(key, p));
        if (claimed) problems.push(`${m.path}: the shared key "${key}" starts with an element's name ("${claimed}")`);
      }
      continue;
    }
    const allowed = allowedIn(m.folder);
    for (const key of m.keys)
      if (!allowed.some((p) => startsWith(key, p)))
        problems.push(
          `${m.path}: "${key}" starts with none of ${allowed.map((p) => `"${p}"`).join(', ') || '(no element here)'}`,
        );
  }
  return problems;
}

/** The top folder under src/components of a file (`consent-flow`), or undefined in src/core. */
const folderOf = (file) => relative(join(src, 'components'), file).split('/')[0];

/** Every element: its tag, folder, class file and the name its `static strings` is set from. */
function readElements() {
  const elements = [];
  for (const index of files.filter((f) => /(\/|\.)index\.ts$/.test(f) && f.includes('/components/'))) {
    for (const [, cls, tag] of readFileSync(index, 'utf8').matchAll(/(\w+)\.define\('(cp-[\w-]+)'\)/g)) {
      const file = files.find(
        (f) => f.endsWith('.ts') && new RegExp(`^export class ${cls} extends`, 'm').test(readFileSync(f, 'utf8')),
      );
      assert.ok(file, `no class ${cls} for <${tag}>`);
      const text = readFileSync(file, 'utf8');
      const name = /^ {2}static (?:override )?readonly strings = (\w+);$/m.exec(text)?.[1];
      const from = name && new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '([^']+)'`).exec(text)?.[1];
      if (name)
        assert.ok(from, `${relative(root, file)} sets \`static strings\` from ${name}, which it does not import`);
      const module = from && join(dirname(file), from.replace(/\.js$/, '.ts'));
      const ownModule = existsSync(join(dirname(file), `${tag.replace(/^cp-/, '')}.strings.ts`));
      elements.push({ tag, folder: folderOf(file), file, name, module, ownModule });
    }
  }
  return elements;
}

/** Every strings module's exported objects of words, by file and export name, read with tsx. */
function readModules(paths) {
  const script = `
    const out = {};
    for (const path of ${JSON.stringify(paths)}) {
      const m = await import(path);
      out[path] = Object.fromEntries(Object.entries(m).filter(([, v]) => v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((s) => typeof s === 'string')).map(([k, v]) => [k, Object.keys(v)]));
    }
    console.log(JSON.stringify(out));`;
  const result = spawnSync('npx', ['tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const elements = readElements();
const paths = files.filter((f) => f.endsWith('.strings.ts'));
const words = readModules(paths);
const modules = paths.map((path) => ({
  path: relative(root, path),
  folder: path.includes('/components/') ? folderOf(path) : undefined,
  core: !path.includes('/components/'),
  keys: Object.values(words[path]).flat(),
}));
for (const e of elements) e.strings = e.name ? words[e.module]?.[e.name] : undefined;

test('every element with words of its own lists them as `static strings`', () => {
  // Not a vacuous pass: the elements and their strings were found.
  assert.ok(elements.length >= 15, `found ${elements.length} elements`);
  assert.ok(modules.length >= 20, `found ${modules.length} strings modules`);
  const listed = elements.filter((e) => e.strings).map((e) => e.tag);
  for (const tag of [
    'cp-feedback-form',
    'cp-page-feedback',
    'cp-impact-panel',
    'cp-credits',
    'cp-consent-flow',
    'cp-consent-withdraw',
    'cp-textarea',
    'cp-rating',
    'cp-error-summary',
    'cp-language-switch',
  ])
    assert.ok(listed.includes(tag), `<${tag}> has no \`static strings\``);
  for (const e of elements)
    if (e.name) assert.ok(e.strings?.length, `<${e.tag}>'s \`static strings\` (${e.name}) has no words`);
  // The rest show only the shared words: CpElement declares `static strings` for them (undefined).
  assert.deepEqual(
    elements.filter((e) => !e.strings && e.ownModule).map((e) => e.tag),
    [],
  );
  assert.match(
    readFileSync(join(src, 'core/base-element.ts'), 'utf8'),
    /^ {2}declare static readonly strings\?: Readonly<Record<string, string>>;$/m,
  );
});

test("every string key starts with its element's name (or a shared one)", () => {
  assert.deepEqual(keyProblems(elements, modules), []);
});

test('the key check catches a key without its prefix, a missing `static strings` and a shared key taking a name', () => {
  const flow = { tag: 'cp-consent-flow', folder: 'consent', strings: ['consentFlowBack'], ownModule: true };
  const withdraw = {
    tag: 'cp-consent-withdraw',
    folder: 'consent',
    strings: ['consentWithdrawTitle', 'withdrawTitle', 'consentCredit_staff', 'consentCredit'],
    ownModule: true,
  };
  const panel = { tag: 'cp-impact-panel', folder: 'impact-panel', strings: undefined, ownModule: true };
  const credits = { tag: 'cp-credits', folder: 'credits', strings: ['creditsTitle'], ownModule: true };
  const problems = keyProblems(
    [flow, withdraw, panel, credits],
    [
      // Both consent elements' shared words may start with `consent`; `credits` is not `credit`.
      {
        path: 'consent/credit.strings.ts',
        folder: 'consent',
        keys: ['consentCredit_full', 'consentWithdrawNow', 'creditTitle'],
      },
      {
        path: 'impact-panel/impact-panel.strings.ts',
        folder: 'impact-panel',
        keys: ['impactPanelTitle', 'impactTitle'],
      },
      { path: 'credits/roles.strings.ts', folder: 'credits', keys: ['creditsRoleWriting', 'consentCredit_full'] },
      { path: 'core/title.strings.ts', core: true, keys: ['titleView', 'impactPanelEmpty'] },
    ],
  );
  assert.deepEqual(problems, [
    `<cp-consent-withdraw>'s key "withdrawTitle" does not start with "consentWithdraw"`,
    // A shared name is for twins and shared modules only, not for an element's own words.
    `<cp-consent-withdraw>'s key "consentCredit" does not start with "consentWithdraw"`,
    '<cp-impact-panel> has a strings module but no `static strings`',
    'consent/credit.strings.ts: "creditTitle" starts with none of "consentFlow", "consentWithdraw", "consent"',
    'impact-panel/impact-panel.strings.ts: "impactTitle" starts with none of "impactPanel"',
    'credits/roles.strings.ts: "consentCredit_full" starts with none of "credits"',
    'core/title.strings.ts: the shared key "impactPanelEmpty" starts with an element\'s name ("impactPanel")',
  ]);
});
