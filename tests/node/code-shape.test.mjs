// Small files (issue 17): no source file in src/ over 300 lines, so each says one thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_LINES = 300;

/** Files under `dir` longer than `max` lines, as `path: n lines`. */
export function longFiles(dir, max = MAX_LINES, read = (f) => readFileSync(f, 'utf8')) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.includes('generated'))
    .map((f) => [join(dir, f), read(join(dir, f)).split('\n').length - 1])
    .filter(([, n]) => n > max)
    .map(([f, n]) => `${f}: ${n} lines`);
}

test('no source file in src/ is over 300 lines', () => {
  assert.deepEqual(longFiles('src'), []);
});

test('the check catches a long file', () => {
  const long = longFiles('src/core', MAX_LINES, (f) => (f.endsWith('strings.ts') ? 'x\n'.repeat(301) : 'x\n'));
  assert.ok(long.length > 0 && long.every((l) => /strings\.ts: 301 lines$/.test(l)), long.join('\n'));
});
