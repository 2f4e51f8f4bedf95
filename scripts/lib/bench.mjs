// Shared set-up for the benchmarks in scripts/bench/: bundle a component with esbuild (production
// settings: Lit included, code and templates minified), serve the bundle and a test page on loopback,
// open it in headless Chromium through puppeteer-core, and reduce and print the figures.
//
// A typical benchmark:
//
//   const js = await bundle('src/components/x/index.ts');
//   const page = benchPage(`${PAGE_TIMING}
//   window.bench = async () => { … return { render, … }; };`);
//   await withBrowser({ '/kit.js': js, '/': page }, async ({ browser, url }) => {
//     const tab = await openTab(browser, url, () => customElements.get('cp-x') && window.bench);
//     const m = medians(await repeat(tab, 30));
//     console.log(`cp-x bundle: ${bundleSizes(js)}`);
//     console.log(`median of 30 runs: rendered ${m.render} ms`);
//     console.log(`JS heap after 31 runs: ${await heapMB(tab)}`);
//   });
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ESBUILD_BUNDLE, gzipSize } from './size.mjs';
import { minifyLiteralsEsbuild } from './minify-literals.mjs';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

/** The repository's root: paths given to `bundle` (and imports in its inline source) start here. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles for the browser as a release would (ES2022 module, minified, Lit included) and
 * returns the JavaScript. `entry` is a path from the repository's root (its exports are kept),
 * or `{ contents }`: TypeScript source whose relative imports start at the root, for a bench
 * that bundles more than one component, or test data with them.
 */
export async function bundle(entry) {
  const input =
    typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' } };
  // Template literals minified as in the CDN build (vite.config.ts).
  const out = await build({ ...ESBUILD_BUNDLE, ...input, absWorkingDir: ROOT, plugins: [minifyLiteralsEsbuild()] });
  return out.outputFiles[0].contents;
}

/** "75.6 kB min, 23.70 kB min+gzip" (1 kB = 1,000 bytes, gzip level 9, as the size budgets). */
export const bundleSizes = (js) =>
  `${(js.length / 1000).toFixed(1)} kB min, ${(gzipSize(js) / 1000).toFixed(2)} kB min+gzip`;

/**
 * Defines `now()`, `frame()` and `settled(el)` in a bench page's script. Style and layout are
 * forced by `frame()`, so each figure includes them (a frame wait would round to 16 ms);
 * `settled(el)` waits for the element and every element in its shadow root to finish rendering.
 */
export const PAGE_TIMING = `const now = () => performance.now();
const frame = () => document.body.offsetHeight;
const settled = async (el) => {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot.querySelectorAll('*')].map((c) => c.updateComplete));
};`;

/**
 * A bench page: an empty `<main id="m">` and a module script that imports the bundle from
 * /kit.js, then runs `script` (which defines window.bench or the like). `head` is put in <head>,
 * say a stylesheet link.
 */
export const benchPage = (script, { lang = 'en', head = '' } = {}) =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><main id="m"></main><script type="module">
import '/kit.js';
${script}
</script></body></html>`;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves `routes` (path → body: a string or bytes) on 127.0.0.1, each with the content type its
 * extension names (text/html otherwise); any other path gets the '/' route. Resolves once
 * listening, with the page's URL and `close()`.
 */
export async function serve(routes) {
  const server = createServer((req, res) => {
    const path = Object.hasOwn(routes, req.url) ? req.url : '/';
    const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'text/html';
    res.writeHead(200, { 'Content-Type': type }).end(routes[path]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Launches headless Chromium (found as the browser tests find it) through puppeteer-core. */
export const launch = () => puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });

/**
 * Serves `routes`, launches the browser and runs `fn({ browser, url })`; closes both afterwards,
 * whether or not `fn` throws.
 */
export async function withBrowser(routes, fn) {
  const server = await serve(routes);
  try {
    const browser = await launch();
    try {
      return await fn({ browser, url: server.url });
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
}

/**
 * Opens a new tab at `url` and waits until `ready` (a function run in the page) is truthy.
 * `viewport` ({ width, height }) is set before the page loads.
 */
export async function openTab(browser, url, ready, { viewport } = {}) {
  const tab = await browser.newPage();
  if (viewport) await tab.setViewport(viewport);
  await tab.goto(url);
  await tab.waitForFunction(ready);
  return tab;
}

/** Runs `window[fn]()` in the tab once to warm up, then `count` times; resolves with those results. */
export async function repeat(tab, count, fn = 'bench') {
  await tab.evaluate((f) => window[f](), fn);
  const runs = [];
  for (let i = 0; i < count; i++) runs.push(await tab.evaluate((f) => window[f](), fn));
  return runs;
}

/** The median (upper median of an even count), as the benchmarks have always taken it. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The 95th percentile (nearest rank). */
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** For runs of `{ key: number }`: each key's median over the runs, to one decimal place ("12.3"). */
export const medians = (runs) =>
  Object.fromEntries(
    Object.keys(runs[0])
      .filter((k) => typeof runs[0][k] === 'number')
      .map((k) => [k, median(runs.map((r) => r[k])).toFixed(1)]),
  );

/** "median 12.3 ms (min 10.1, max 20.4)" */
export const spread = (xs) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;

/** The tab's JavaScript heap in use, as "8.4 MB". */
export async function heapMB(tab) {
  const { JSHeapUsedSize } = await tab.metrics();
  return `${(JSHeapUsedSize / 1e6).toFixed(1)} MB`;
}

/** Prints rows of cells as a table: each column but the last padded to its widest cell. */
export function printTable(rows) {
  const cells = rows.map((row) => row.map((cell) => String(cell ?? '')));
  const width = (c) => Math.max(...cells.map((row) => (c < row.length - 1 ? row[c].length : 0)));
  for (const row of cells)
    console.log(row.map((cell, c) => (c < row.length - 1 ? cell.padEnd(width(c)) : cell)).join('  '));
}
