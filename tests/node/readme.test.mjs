// README.md is the first hour: short, with a table of contents, links that lead somewhere, and no
// figure typed by hand (sizes and times live in docs written by scripts; see generated-blocks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readmeProblems } from '../../scripts/lib/readme-check.mjs';

const readme = readFileSync('README.md', 'utf8');

test('README is at most about 12 kB, has a table of contents for every section, and types no figure by hand', () => {
  assert.deepEqual(readmeProblems(readme, { fileExists: (p) => existsSync(join(dirname('README.md'), p)) }), []);
});

test('the README check catches a long README, a section left out of the contents, a typed figure and a broken link', () => {
  const longer = readme + '\nword'.repeat(200);
  assert.match(readmeProblems(longer, { fileExists: () => true }).join('\n'), /README is 1[23],\d{3} bytes/);
  const extra = readme.replace('\n## Troubleshooting', '\n## Extra\n\nMore words.\n\n## Troubleshooting');
  assert.match(readmeProblems(extra, { fileExists: () => true }).join('\n'), /"Extra" is not in the table of contents/);
  const typed = readme.replace(
    '## Troubleshooting\n',
    '## Troubleshooting\n\nA one-form page loads 29.0 kB and renders in 120 ms.\n',
  );
  const found = readmeProblems(typed, { fileExists: () => true }).join('\n');
  assert.match(found, /typed figure "29\.0 kB"/);
  assert.match(found, /typed figure "120 ms"/);
  assert.match(
    readmeProblems(readme + '\n[gone](docs/missing.md)\n', { fileExists: (p) => p !== 'docs/missing.md' }).join('\n'),
    /docs\/missing\.md/,
  );
});
