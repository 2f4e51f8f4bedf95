// The back office (collector/admin/dist) must stay lean: under 80 kB gzip in total, kit widgets
// included. It does not count against the kit's CDN budget. Builds it first when it is not built.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';
import { gzipSize, overBudget } from '../../scripts/lib/size.mjs';

const DIST = 'collector/admin/dist';
const BUDGET_KB = 80;

/** Every file a browser may load from the build: source maps are left out (only devtools read them). */
function distFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.map'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** The total gzip size of `files` ({name, bytes}), each gzipped on its own as a server would send it. */
export function totalGzip(files) {
  return files.reduce((sum, f) => sum + gzipSize(f.bytes), 0);
}

/** '' when the files are within the budget, else the problem in words. */
export const checkAdminSize = (files, limitKb = BUDGET_KB) => overBudget('The back office', totalGzip(files), limitKb);

test(`the back office is under ${BUDGET_KB} kB gzip in total`, () => {
  if (!existsSync(join(DIST, 'index.html')))
    execSync('npx vite build -c collector/admin/vite.config.ts', { stdio: 'inherit' });
  const files = distFiles(DIST).map((path) => ({ name: relative(DIST, path), bytes: readFileSync(path) }));
  assert.ok(
    files.some((f) => f.name === 'index.html'),
    'the build has index.html',
  );
  assert.ok(
    files.some((f) => f.name.endsWith('.js')),
    'the build has JavaScript',
  );
  const total = totalGzip(files);
  const detail = files.map((f) => `${f.name} ${(gzipSize(f.bytes) / 1000).toFixed(2)} kB`).join(', ');
  console.log(`back office: ${(total / 1000).toFixed(2)} kB gzip in total (${detail})`);
  assert.ok(total > 5000, `the back office looks empty (${total} bytes)`);
  assert.equal(checkAdminSize(files), '');
});

test('the back office size check catches a bundle over budget', () => {
  // Random bytes do not compress: 3 × 30 kB of them is about 90 kB gzip.
  const big = [1, 2, 3].map((n) => ({ name: `assets/chunk-${n}.js`, bytes: randomBytes(30_000) }));
  assert.match(checkAdminSize(big), /The back office is [\d.]+ kB min\+gzip, over its 80 kB budget/);
  const small = [{ name: 'index.html', bytes: Buffer.alloc(90_000) }];
  assert.equal(checkAdminSize(small), '');
});
