// The translations: en.json matches the code, every shipped locale is complete, the check catches
// planted problems, right-to-left languages are marked so, and the XLIFF export and import give
// back exactly the file they started from. See docs/translating.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocale, localesDir, readLocale, shippedLocales } from '../../scripts/strings/check.mjs';
import { REVIEW_PENDING, localeFile } from '../../scripts/strings/locale-file.mjs';
import { expectedUnits } from '../../scripts/strings/xliff.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = fileURLToPath(localesDir);
const english = readLocale('en').strings;
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
const script = (name, ...args) => run(process.execPath, [join(root, 'scripts/strings', name), ...args]);

/** A complete locale: the real file when it passes the check, else one made up from English. */
function completeLocale(code) {
  if (existsSync(join(dir, `${code}.json`))) {
    const file = readLocale(code);
    if (!checkLocale(english, file, code).length) return file;
  }
  const strings = {};
  for (const { key, source } of expectedUnits(english, code)) strings[key] = `${code.toUpperCase()} ${source}`;
  return JSON.parse(localeFile(code, strings));
}
const copy = (file) => structuredClone(file);

test('src/locales/en.json matches the English strings in the code', () => {
  const result = run('npx', ['tsx', 'scripts/strings/english-in-sync.mts']);
  const output = `${result.stderr}${result.stdout}`;
  assert.equal(
    result.status,
    0,
    output.includes('npm run strings:en')
      ? output
      : `${output}\nRun \`npm run strings:en\` to rewrite en.json from the *.strings.ts files.`,
  );
});

test('en.json is the source', () => {
  const file = readLocale('en');
  assert.equal(file.locale, 'en');
  assert.equal(file.review, 'source');
});

for (const code of shippedLocales.filter((c) => c !== 'en')) {
  test(`${code} is complete`, () => {
    const path = join(dir, `${code}.json`);
    assert.ok(existsSync(path), `src/locales/${code}.json is missing`);
    const problems = checkLocale(english, readLocale(code), code);
    assert.deepEqual(
      problems,
      [],
      `${problems.length} problems in src/locales/${code}.json (node scripts/strings/check.mjs ${code})`,
    );
  });
}

test('the check catches planted problems', async (t) => {
  const cy = completeLocale('cy');
  const pl = completeLocale('pl');
  const simple = Object.keys(english).find((k) => !/_(one|other)$/.test(k) && !/[{[]/.test(english[k]));
  const withPlaceholder = Object.keys(english).find(
    (k) => !/_(one|other)$/.test(k) && /\{\w+\}/.test(english[k]) && !english[k].includes('['),
  );
  const withHidden = Object.keys(english).find((k) => english[k].includes('['));
  const pluralBase = Object.keys(english)
    .find((k) => k.endsWith('_other'))
    .slice(0, -'_other'.length);
  const planted = (code, file, change, pattern) => {
    const mutated = copy(file);
    change(mutated, mutated.strings);
    const problems = checkLocale(english, mutated, code);
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `expected a problem like ${pattern}, got:\n${problems.join('\n') || '(none)'}`,
    );
  };

  await t.test('the unchanged copies pass', () => {
    assert.deepEqual(checkLocale(english, cy, 'cy'), []);
    assert.deepEqual(checkLocale(english, pl, 'pl'), []);
  });
  await t.test('a missing key', () =>
    planted('cy', cy, (_, s) => delete s[simple], new RegExp(`"${simple}" is missing`)),
  );
  await t.test('a lost placeholder', () => {
    const name = english[withPlaceholder].match(/\{\w+\}/)[0];
    planted(
      'cy',
      cy,
      (_, s) => (s[withPlaceholder] = s[withPlaceholder].replaceAll(name, '')),
      new RegExp(`"${withPlaceholder}" lost \\${name.slice(0, -1)}\\}`),
    );
  });
  await t.test('a missing Welsh plural form (cy needs zero, one, two, few, many, other)', () => {
    for (const category of ['zero', 'two', 'few', 'many'])
      planted(
        'cy',
        cy,
        (_, s) => delete s[`${pluralBase}_${category}`],
        new RegExp(`"${pluralBase}_${category}" is missing: cy needs the plural forms`),
      );
  });
  await t.test('a missing Polish plural form (pl needs one, few, many, other)', () => {
    for (const category of ['few', 'many'])
      planted(
        'pl',
        pl,
        (_, s) => delete s[`${pluralBase}_${category}`],
        new RegExp(`"${pluralBase}_${category}" is missing: pl needs the plural forms`),
      );
  });
  await t.test('an untranslated copy of the English', () =>
    planted('cy', cy, (_, s) => (s[simple] = english[simple]), new RegExp(`"${simple}" is the English, untranslated`)),
  );
  await t.test('a lost [hidden] part', () =>
    planted(
      'cy',
      cy,
      (_, s) => (s[withHidden] = s[withHidden].replace(/[[\]]/g, '')),
      new RegExp(`"${withHidden}" must keep the \\[screen-reader-only\\] parts`),
    ),
  );
  await t.test('an unknown extra key', () =>
    planted('cy', cy, (_, s) => (s.notAKeyInEnglish = 'Rhywbeth'), /"notAKeyInEnglish" is not a key in English/),
  );
  await t.test('a bad review value', () => {
    for (const review of [undefined, 'reviewed', 'checked by a friend', ''])
      planted('cy', cy, (f) => (f.review = review), /needs "review"/);
  });
  await t.test('a file that says it is another language', () =>
    planted('cy', cy, (f) => (f.locale = 'pl'), /says it is "pl"/),
  );
});

test('Urdu and Arabic ship and lay out right to left', () => {
  for (const code of ['ur', 'ar'])
    assert.ok(existsSync(join(dir, `${code}.json`)), `src/locales/${code}.json is missing`);
  const result = run('npx', [
    'tsx',
    '-e',
    "import { isRtl } from './src/core/choose-language.ts'; console.log(JSON.stringify(['ur', 'ar', 'en', 'cy', 'pa'].map(isRtl)))",
  ]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout.trim().split('\n').pop()), [true, true, false, false, false]);
});

/** Exports a locale file from a temp folder and imports it back: returns the file's text before and after. */
function roundTrip(temp, code, original) {
  const path = join(temp, `${code}.json`);
  writeFileSync(path, original);
  const xlf = join(temp, `${code}.xlf`);
  const exported = script('export.mjs', '--locale', code, '--out', xlf, '--locales-dir', temp);
  assert.equal(exported.status, 0, exported.stderr);
  const imported = script('import.mjs', xlf, '--locales-dir', temp);
  assert.equal(imported.status, 0, `${imported.stderr}${imported.stdout}`);
  return { xlf, path, after: readFileSync(path, 'utf8') };
}
const isComplete = (code) =>
  existsSync(join(dir, `${code}.json`)) && !checkLocale(english, readLocale(code), code).length;

test('export then import gives back exactly the same file', async (t) => {
  const temp = mkdtempSync(join(tmpdir(), 'cp-strings-'));
  t.after(() => rmSync(temp, { recursive: true, force: true }));
  copyFileSync(join(dir, 'en.json'), join(temp, 'en.json'));
  const real = shippedLocales.filter((c) => c !== 'en' && isComplete(c));
  for (const code of real)
    await t.test(code, () => {
      const original = readFileSync(join(dir, `${code}.json`), 'utf8');
      assert.equal(roundTrip(temp, code, original).after, original, `the round trip changed ${code}.json`);
    });
  if (!real.includes('cy'))
    await t.test('cy (made up from English, as src/locales/cy.json is not complete yet)', () => {
      const original = localeFile('cy', completeLocale('cy').strings);
      assert.equal(roundTrip(temp, 'cy', original).after, original);
    });
});

test('an XLIFF file with a missing translation is not imported', async (t) => {
  const temp = mkdtempSync(join(tmpdir(), 'cp-strings-'));
  t.after(() => rmSync(temp, { recursive: true, force: true }));
  copyFileSync(join(dir, 'en.json'), join(temp, 'en.json'));
  const file = completeLocale('cy');
  const original = isComplete('cy')
    ? readFileSync(join(dir, 'cy.json'), 'utf8')
    : localeFile('cy', file.strings, file.review);
  const { xlf, path } = roundTrip(temp, 'cy', original);
  const xliff = readFileSync(xlf, 'utf8');
  assert.match(
    xliff,
    /<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0" srcLang="en" trgLang="cy">/,
  );
  assert.equal(
    (xliff.match(/<unit /g) ?? []).length,
    expectedUnits(english, 'cy').length,
    'one unit per string and plural form',
  );

  // Plant a missing translation: the import lists it, exits 1 and writes nothing.
  const key = expectedUnits(english, 'cy').find((u) => !u.category).key;
  const unit = new RegExp(`(<unit id="${key}">[\\s\\S]*?)<target>[\\s\\S]*?</target>\\s*`);
  assert.match(xliff, unit);
  writeFileSync(xlf, xliff.replace(unit, '$1'));
  const broken = script('import.mjs', xlf, '--locales-dir', temp);
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, new RegExp(`cy: "${key}" is missing`));
  assert.match(broken.stderr, /nothing written/);
  assert.equal(readFileSync(path, 'utf8'), original, 'a failed import must not write');

  // --partial writes anyway, with a warning, and keeps the review status.
  const partial = script('import.mjs', xlf, '--partial', '--locales-dir', temp);
  assert.equal(partial.status, 0, partial.stderr);
  assert.match(partial.stderr, /Warning/);
  const written = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(written.strings[key], undefined);
  assert.equal(written.review, file.review);
});

test('a new locale imported from XLIFF is marked as not yet reviewed', async (t) => {
  const temp = mkdtempSync(join(tmpdir(), 'cp-strings-'));
  t.after(() => rmSync(temp, { recursive: true, force: true }));
  copyFileSync(join(dir, 'en.json'), join(temp, 'en.json'));
  writeFileSync(join(temp, 'pl.json'), localeFile('pl', completeLocale('pl').strings));
  const xlf = join(temp, 'pl.xlf');
  assert.equal(script('export.mjs', '--locale', 'pl', '--out', xlf, '--locales-dir', temp).status, 0);
  rmSync(join(temp, 'pl.json'));
  const result = script('import.mjs', xlf, '--locales-dir', temp);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(readFileSync(join(temp, 'pl.json'), 'utf8')).review, REVIEW_PENDING);
});

test('type rules for other scripts travel with their language, not with the main files (built dist/)', () => {
  const types = JSON.parse(readFileSync(join(dir, 'type', 'scripts.json'), 'utf8'));
  const cdn = join(root, 'dist', 'cdn');
  for (const file of ['coproduce-kit.all.js', 'core.js']) {
    const text = readFileSync(join(cdn, file), 'utf8');
    assert.ok(!text.includes('Nastaliq') && !text.includes(':lang(bn)'), `${file} carries a language's type rule`);
  }
  for (const code of ['ar', 'bn', 'gu', 'pa', 'ur']) {
    assert.ok(
      readFileSync(join(cdn, 'locales', `${code}.js`), 'utf8').includes(JSON.stringify(types[code])),
      `locales/${code}.js has no type rule`,
    );
    assert.ok(
      readFileSync(join(root, 'dist', 'locales', `${code}.js`), 'utf8').includes(JSON.stringify(types[code])),
      `the npm locales/${code}.js has no type rule`,
    );
  }
  assert.ok(
    !readFileSync(join(cdn, 'locales', 'cy.js'), 'utf8').includes('export const type'),
    'Welsh needs no type rule',
  );
});
