import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileGzipSize, gzipSize, overBudget } from '../../scripts/lib/size.mjs';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const files = Object.keys(budgets).filter((k) => !k.startsWith('$'));

for (const file of files) {
  test(`${file} is within its ${budgets[file]} kB min+gzip budget`, () => {
    const bytes = fileGzipSize(file);
    assert.ok(bytes > 5000, `${file} looks empty (${bytes} bytes)`);
    assert.equal(overBudget(file, bytes, budgets[file]), '');
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
