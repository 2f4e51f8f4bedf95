// `npm test`: every check, in order — lint (ESLint and Prettier: `npm run lint`), build (tokens,
// library, CDN file, types, manifest, back office), type-check, Node tests (contrast, size,
// package), the collector's tests, the back office's browser tests, then the real-browser tests
// (components and axe on every story), then the accessibility report with that run's axe
// results. Ends with the line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';

const env = { ...process.env, CHROME_PATH: findChrome() };
let passed = 0;
let failed = 0;
const problems = [];

function run(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that is one check of its own (type-check, build). */
function step(name, cmd, args) {
  if (run(name, cmd, args)) passed++;
  else {
    failed++;
    problems.push(name);
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
// Lint first: it reads only the sources, and is over in seconds.
step('lint', 'npm', ['run', 'lint', '--silent']);
// Build first: the type-check reads generated files (tokens, custom-elements.json).
step('build', 'npm', ['run', 'build', '--silent']);
step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json']);

// Node tests: read the counts from a TAP copy of the report.
function nodeTests(name, file, paths, nodeOptions = []) {
  run(name, 'node', [
    ...nodeOptions,
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${file}`,
    ...paths,
  ]);
  const tap = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const tapCount = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)`, 'm'))?.[1] ?? 0);
  if (!tap) {
    failed++;
    problems.push(`${name} did not report`);
  } else {
    passed += tapCount('pass');
    failed += tapCount('fail') + tapCount('cancelled');
    if (tapCount('fail') + tapCount('cancelled')) problems.push(name);
  }
}
nodeTests('node tests', 'test-results/node.tap', ['tests/node/']);

// The collector (collector/): type-check, then its API suite on both engines (the embedded
// database and a throw-away PostgreSQL server it starts itself), SIGKILL durability, units.
step('collector type-check', 'npx', ['tsc', '-p', 'collector']);
const collectorTests = readdirSync('collector/test').filter((f) => f.endsWith('.test.ts'));
nodeTests(
  'collector tests',
  'test-results/collector.tap',
  collectorTests.map((f) => `collector/test/${f}`),
  ['--import', 'tsx'],
);

// The back office (collector/admin/, built by the build step): headless Chromium through
// puppeteer-core against a real collector serving the built SPA, one browser and collector per file.
const backOfficeTests = readdirSync('collector/admin/test').filter((f) => f.endsWith('.test.ts'));
nodeTests(
  'back office browser tests',
  'test-results/back-office.tap',
  backOfficeTests.map((f) => `collector/admin/test/${f}`),
  ['--import', 'tsx'],
);

// Browser tests: the count reporter in web-test-runner.config.mjs writes test-results/browser.json.
const browserOk = run('browser tests', 'npx', ['web-test-runner']);
if (existsSync('test-results/browser.json')) {
  const b = JSON.parse(readFileSync('test-results/browser.json', 'utf8'));
  passed += b.passed;
  failed += b.failed + b.sessionErrors;
  if (b.skipped) {
    failed += b.skipped;
    problems.push(`${b.skipped} skipped browser test(s): no test may be skipped`);
  }
  if (b.failed || b.sessionErrors) problems.push('browser tests');
} else {
  failed++;
  problems.push('browser tests did not report');
}
if (!browserOk && !problems.includes('browser tests')) {
  failed++;
  problems.push('browser test run');
}

// The accessibility report again (dist/accessibility, stories/accessibility), now with this run's
// axe results. --check fails if any story of a component was not checked in every theme, or failed.
step('accessibility report', 'node', ['scripts/a11y-report.mjs', '--check']);

if (problems.length) console.log(`\nFailed: ${problems.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
