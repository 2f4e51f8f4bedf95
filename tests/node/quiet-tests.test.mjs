// The browser tests' report leaves out what the tests cause on purpose (scripts/lib/quiet-tests.mjs),
// and still shows a real warning and a file missing by mistake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import config from '../../web-test-runner.config.mjs';
import { withoutExpected404s } from '../../scripts/lib/quiet-tests.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const keeps = (type, ...args) => config.filterBrowserLogs({ type, args });
const loadFailed = (src, why) =>
  `<cp-credits>: nothing could be shown. Problems in ${src}:\n  (root): could not be loaded (${why})`;

test("Lit's dev-mode notice is left out; other warnings, Lit's included, are kept", () => {
  assert.equal(
    keeps(
      'warn',
      'Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.',
    ),
    false,
  );
  assert.equal(keeps('warn', 'coproduce-kit: a real warning'), true);
  assert.equal(keeps('warn', 'Multiple versions of Lit loaded. Loading multiple versions is not recommended.'), true);
  assert.equal(keeps('error', 'Lit is in dev mode. Not recommended for production!', 'and more'), true);
});

test('a failed load of a file missing on purpose is left out; any other failure is kept', () => {
  assert.equal(keeps('error', loadFailed('/tests/fixtures/no-such-file.json', 'HTTP 404')), false);
  assert.equal(
    keeps('error', loadFailed('http://localhost:8787/v1/credits/value-of-co-production', 'Failed to fetch')),
    false,
  );
  // Missing by mistake, failing another way, or with other problems: still shown.
  assert.equal(keeps('error', loadFailed('/tests/fixtures/credits.json', 'HTTP 404')), true);
  assert.equal(keeps('error', loadFailed('/tests/fixtures/not-no-such-file.json', 'HTTP 404')), true);
  assert.equal(keeps('error', loadFailed('/tests/fixtures/no-such-file.json', 'HTTP 500')), true);
  assert.equal(keeps('error', loadFailed('http://localhost:8787/v1/credits/value-of-co-production', 'HTTP 401')), true);
  assert.equal(
    keeps('error', `${loadFailed('/tests/fixtures/no-such-file.json', 'HTTP 404')}\n  title: is required`),
    true,
  );
  assert.equal(keeps('warn', loadFailed('/tests/fixtures/no-such-file.json', 'HTTP 404')), true);
});

test('the list of 404s leaves out files missing on purpose and keeps the rest', () => {
  let seen;
  const spy = { reportTestFileResults: ({ sessionsForTestFile }) => void (seen = sessionsForTestFile) };
  const session = {
    request404s: ['tests/fixtures/no-such-file.json.txt', 'tests/fixtures/credits.json.txt', 'src/no-such.js'],
  };
  withoutExpected404s(spy).reportTestFileResults({ sessionsForTestFile: [session] });
  assert.deepEqual(seen, [{ request404s: ['tests/fixtures/credits.json.txt', 'src/no-such.js'] }]);
  assert.equal(session.request404s.length, 3, 'the session itself is left as it was');
});

/** web-test-runner's report of tests/fixtures/quiet-output.browser.ts, with the project's config or `configFile`. */
function report(configFile) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@web/test-runner/dist/bin.js'),
      'tests/fixtures/quiet-output.browser.ts',
      ...(configFile ? ['--config', configFile] : []),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes (ESC [ … m)
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  assert.equal(result.status, 0, output);
  return output;
}

test('a real browser run shows the real warning and the file missing by mistake, and nothing expected', () => {
  const output = report();
  assert.match(output, /quiet-output: a real warning/);
  assert.match(output, /Problems in \/tests\/fixtures\/quiet-output-missing-by-mistake\.json\.txt/);
  assert.match(output, /404 network requests:\n\s+- tests\/fixtures\/quiet-output-missing-by-mistake\.json\.txt\n/);
  assert.doesNotMatch(output, /Lit is in dev mode/);
  assert.doesNotMatch(output, /no-such-quiet-output/);
  assert.equal(output.match(/quiet-output: a real warning/g).length, 1, 'each log is reported once');

  // The same run without the filter shows what it leaves out, so the check above can fail.
  const dir = mkdtempSync(join(tmpdir(), 'quiet-tests-'));
  try {
    const unfiltered = join(dir, 'web-test-runner.config.mjs');
    writeFileSync(
      unfiltered,
      `import config from ${JSON.stringify(pathToFileURL(join(root, 'web-test-runner.config.mjs')).href)};\n` +
        `export default { ...config, filterBrowserLogs: undefined };\n`,
    );
    const loud = report(unfiltered);
    assert.match(loud, /Lit is in dev mode/);
    assert.match(loud, /Problems in \/tests\/fixtures\/no-such-quiet-output\.json\.txt/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
