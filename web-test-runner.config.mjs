import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { countReporter } from './scripts/lib/count-reporter.mjs';
import { collectorPlugin } from './scripts/lib/collector-plugin.mjs';
import { axeRecordPlugin } from './scripts/lib/axe-record-plugin.mjs';
import { forcedColorsPlugin } from './scripts/lib/forced-colors-plugin.mjs';
import { failRequestsPlugin } from './scripts/lib/fail-requests-plugin.mjs';
import { filterBrowserLogs, withoutExpected404s } from './scripts/lib/quiet-tests.mjs';

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    collectorPlugin(),
    axeRecordPlugin(),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    failRequestsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
      // One browser context per test file: pages sharing a context throttle the hidden
      // tab's animation frames, and Lit fixtures then wait forever.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // Every test file starts with no language chosen (src/core/language.ts reads sessionStorage).
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script>sessionStorage.removeItem('cp-language')</script><script type="module" src="${framework}"></script></body></html>`,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  // Output the tests cause on purpose (Lit's dev-mode notice, files missing on purpose) is left
  // out, so a real warning stands out: see scripts/lib/quiet-tests.mjs. The default reporter
  // prints each file's browser logs, so the summary does not print them a second time.
  filterBrowserLogs,
  reporters: [
    withoutExpected404s(defaultReporter()),
    summaryReporter({ flatten: false, reportTestLogs: false }),
    countReporter(),
  ],
};
