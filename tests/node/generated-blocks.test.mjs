// Figures in the docs come from scripts (scripts/lib/generated-block.mjs): the latest
// `npm run bench:peers` run is what docs/performance.md shows (README.md links to it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBlock, writeBlock } from '../../scripts/lib/generated-block.mjs';
import { PEER_DOCS } from '../../bench/peers/docs.mjs';

const lastRun = readFileSync('bench/peers/results.md', 'utf8')
  .replace(/^# .*\n\n/, '')
  .trim();

for (const doc of PEER_DOCS) {
  test(`${doc} shows the latest bench:peers run, as the script wrote it`, () => {
    assert.equal(readBlock(readFileSync(doc, 'utf8'), 'bench:peers'), lastRun, 'run `npm run bench:peers`');
  });
}

test('a block is found only between its own markers, and writing replaces only it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'blocks-'));
  const file = join(dir, 'doc.md');
  writeFileSync(file, 'before\n<!-- figures: written by `npm run x` -->\n| 1 |\n<!-- /figures -->\nafter\n');
  assert.equal(readBlock(readFileSync(file, 'utf8'), 'figures'), '| 1 |');
  assert.equal(readBlock(readFileSync(file, 'utf8'), 'sizes'), undefined);
  writeBlock(file, 'figures', '| 2 |');
  assert.equal(
    readFileSync(file, 'utf8'),
    'before\n<!-- figures: written by `npm run x` -->\n| 2 |\n<!-- /figures -->\nafter\n',
  );
  // A hand-edited figure no longer matches the script's output: the doc tests above would fail.
  assert.notEqual(
    readBlock('<!-- bench:peers: written by x -->\n| 226 |\n<!-- /bench:peers -->', 'bench:peers'),
    lastRun,
  );
  assert.throws(() => writeBlock(file, 'sizes', 'x'), /has no "sizes" block/);
});

test("the collector's README shows the latest load benchmark, as `npm run bench -w collector -- --write` wrote it", () => {
  const latest = readFileSync('collector/bench/results.md', 'utf8')
    .replace(/^# .*\n\n/, '')
    .trim();
  assert.equal(readBlock(readFileSync('collector/README.md', 'utf8'), 'collector-bench'), latest);
  assert.match(latest, /^\| PGlite \(embedded\) \| [\d,]+ \|/m);
});
