// What the browser tests cause on purpose, left out of web-test-runner's output so that a real
// warning stands out (web-test-runner.config.mjs). Only the report is filtered: the page's console
// is untouched, so a test that watches console.error still sees every message.
//
// Left out:
// - Lit's notice that it runs in development mode, which every test page prints once. Lit's other
//   development warnings (a property changed during an update, two copies of Lit) still show.
// - A widget's "could not be loaded" message for a URL a test asks for knowing it is not there,
//   and that URL in the list of 404s. Name such a file `no-such-…` (for example
//   `/tests/fixtures/no-such-file.json`): a missing file with any other name is still reported.
//   The "With the collector" stories point at a collector on :8787 that is not running in the
//   tests, so their failed fetches from it are left out too.

const LIT_DEV_MODE = 'Lit is in dev mode. Not recommended for production!';

/** URLs that are missing on purpose, and how loading them fails. */
const MISSING_ON_PURPOSE = [
  { url: /(^|\/)no-such-[^/?#]*([?#].*)?$/, failure: 'HTTP 404' },
  { url: /^http:\/\/localhost:8787\//, failure: 'Failed to fetch' },
];

/** Whether a test asks for `url` knowing it is not there (`failure`: how loading it fails). */
export function missingOnPurpose(url, failure = 'HTTP 404') {
  return MISSING_ON_PURPOSE.some((rule) => rule.url.test(url) && rule.failure === failure);
}

// src/core/data-controller.ts's message for a src that could not be loaded, and nothing else wrong.
const LOAD_FAILED =
  /^<[a-z][a-z0-9]*-[a-z0-9-]+>: nothing could be shown\. Problems in (\S+):\n {2}\(root\): could not be loaded \(([^)\n]+)\)$/;

/** Whether a browser log (`{ type, args }`, as web-test-runner gives it) is expected output. */
export function expectedBrowserLog({ type, args }) {
  if (args.length !== 1 || typeof args[0] !== 'string') return false;
  const [text] = args;
  if (type === 'warn' && text.startsWith(LIT_DEV_MODE)) return true;
  const loadFailed = type === 'error' && LOAD_FAILED.exec(text);
  return Boolean(loadFailed && missingOnPurpose(loadFailed[1], loadFailed[2]));
}

/** web-test-runner's `filterBrowserLogs`: true keeps a log in the report. */
export const filterBrowserLogs = (log) => !expectedBrowserLog(log);

/** A reporter that reports each test file without the 404s its tests asked for on purpose. */
export function withoutExpected404s(reporter) {
  const quiet = (session) => ({ ...session, request404s: session.request404s.filter((url) => !missingOnPurpose(url)) });
  return {
    ...reporter,
    reportTestFileResults: (args) =>
      reporter.reportTestFileResults?.({ ...args, sessionsForTestFile: args.sessionsForTestFile.map(quiet) }),
  };
}
