import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileGzipSize, gzipSize, marginalSize, overBudget } from '../../scripts/lib/size.mjs';

// Budgets, as the issues set them: the foundation plus feedback widgets within 25 kB, and each
// later widget adding at most its own allowance; the whole file within their sum.
const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const parts = (key) => key.split('+');

for (const [file, kb] of Object.entries(budgets.files)) {
  test(`${file} is within its ${kb} kB min+gzip budget`, () => {
    const bytes = fileGzipSize(file);
    assert.ok(bytes > kb * 300, `${file} looks empty (${bytes} bytes)`);
    assert.equal(overBudget(file, bytes, kb), '');
  });
}

for (const [key, kb] of Object.entries(budgets.added)) {
  test(`${key} adds at most ${kb} kB min+gzip to the CDN file`, async () => {
    for (const c of parts(key)) assert.ok(existsSync(`src/components/${c}`), `src/components/${c} exists`);
    const { added } = await marginalSize(parts(key));
    assert.ok(added > 200, `${key} adds ${added} bytes: too little to be real`);
    assert.equal(overBudget(`what ${key} adds`, added, kb), '');
  });
}

for (const [key, kb] of Object.entries(budgets.without)) {
  test(`the CDN file without ${key} is within ${kb} kB min+gzip`, async () => {
    const { less } = await marginalSize(parts(key));
    assert.equal(overBudget(`the kit without ${key}`, less, kb), '');
  });
}

test('the README states the measured CDN size', () => {
  const kb = fileGzipSize('dist/cdn/coproduce-kit.js') / 1000;
  const readme = readFileSync('README.md', 'utf8');
  const stated = readme.match(/CDN file is \*\*([\d.]+) kB\*\* min\+gzip/);
  assert.ok(stated, 'README has "CDN file is **N kB** min+gzip"');
  assert.ok(Math.abs(Number(stated[1]) - kb) <= 0.5, `README says ${stated[1]} kB, measured ${kb.toFixed(2)} kB`);
});

test('the size check catches a file over budget', () => {
  const big = gzipSize(randomBytes(16_000));
  assert.match(overBudget('big.js', big, 15), /over its 15 kB budget/);
  assert.equal(overBudget('small.js', gzipSize(Buffer.alloc(16_000)), 15), '');
});

test('the added-size check measures a component: page-feedback adds something, and less than the whole kit', async () => {
  const { full, less, added } = await marginalSize(['page-feedback']);
  assert.ok(added > 500 && added < full - 5000, `page-feedback adds ${added} of ${full} bytes`);
  assert.equal(full - less, added);
  assert.match(overBudget('what page-feedback adds', added, 0.5), /over its 0.5 kB budget/);
});

// Issue 14: languages load on demand, so they never grow the main file, and the mechanism itself
// stays small (budgets.languages).
const main = 'dist/cdn/coproduce-kit.js';
test(`the languages mechanism grows the CDN file by less than ${budgets.languages.growth} kB`, () => {
  const growth = fileGzipSize(main) - budgets.languages.before;
  assert.equal(overBudget('what the languages mechanism adds', growth, budgets.languages.growth), '');
  // The same check fails when the growth is over: 100 bytes more than the budget.
  assert.match(overBudget("what the languages mechanism adds", budgets.languages.growth * 1000 + 100, budgets.languages.growth), /over its [\d.]+ kB budget/);
});

test('every shipped language is its own file beside the CDN file, and none is in it', () => {
  const text = readFileSync(main, 'utf8');
  const codes = readdirSync('src/locales').filter((f) => f.endsWith('.json') && f !== 'en.json').map((f) => f.slice(0, -5));
  assert.equal(codes.length, 10);
  for (const code of codes) {
    assert.ok(existsSync(`dist/cdn/locales/${code}.js`), `dist/cdn/locales/${code}.js`);
    assert.ok(existsSync(`dist/locales/${code}.js`), `dist/locales/${code}.js (npm)`);
    const { strings } = JSON.parse(readFileSync(`src/locales/${code}.json`, 'utf8'));
    const longest = Object.values(strings).sort((a, b) => b.length - a.length).slice(0, 5);
    for (const words of longest) assert.ok(!text.includes(words), `${code} words are in the main file: ${words.slice(0, 40)}…`);
  }
});
