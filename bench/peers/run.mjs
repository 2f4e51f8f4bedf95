// `npm run bench:peers`: the kit's feedback form against the same form built with GOV.UK Frontend,
// Shoelace and plain Lit. Per page: the bytes it loads and its first render at CPU 1× and 4×.
// Prints a markdown table and writes results.json and results.md here. A benchmark, not a test.
//   node bench/peers/run.mjs [--runs 7]
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { execSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { gzipSize } from '../../scripts/lib/size.mjs';
import { writeBlock } from '../../scripts/lib/generated-block.mjs';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { buildPages, HERE, OUT, ROOT } from './build.mjs';
import { PAGES } from './pages/index.mjs';
import { PEER_DOCS } from './docs.mjs';

const arg = process.argv.indexOf('--runs');
const RUNS = arg > 0 ? Number(process.argv[arg + 1]) : 7;
if (!(RUNS >= 1)) throw new Error('--runs takes a whole number, at least 1');
const RATES = [1, 4];
const TIMEOUT = 60_000;

// The kit is measured as built: build it when dist/ is missing.
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'cdn/coproduce-kit.js')) || !existsSync(join(DIST, 'feedback-form.js'))) {
  console.log('dist/ is missing: running npm run build…');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}
await buildPages();

// Loopback only. /cdn/ is the repository's dist/cdn/; /<key>/ is that page's build. Nothing is cached.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const fileFor = (url) => {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname)).replace(/\/$/, '/index.html');
  return path.startsWith('/cdn/') ? join(DIST, path) : join(OUT, path);
};
const server = createServer((req, res) => {
  const file = fileFor(req.url);
  if (!file.startsWith(DIST) && !file.startsWith(OUT)) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;

/**
 * Injected before any of the page's own scripts. Records performance.now() (milliseconds since
 * navigation start) when the submit button, then the error message, is first visible: found
 * along its selector path, laid out with a size, not hidden, and every stylesheet loaded. Checked
 * every task (setTimeout 0) and every frame, so a figure is not rounded to a frame.
 */
const probe = (button, error) => {
  const find = (path) => {
    let root = document;
    let el = null;
    for (const [i, selector] of path.entries()) {
      if (i && !(root = el.shadowRoot)) return null;
      if (!(el = root.querySelector(selector))) return null;
    }
    return el;
  };
  const visible = (el) => {
    if (!el || ![...document.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet)) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible';
  };
  const seen = {};
  const check = () => {
    const now = performance.now();
    seen.button ??= visible(find(button)) ? now : undefined;
    seen.error ??= visible(find(error)) ? now : undefined;
    if (seen.button === undefined || seen.error === undefined) return false;
    window.__firstRender = seen;
    return true;
  };
  const poll = () => check() || setTimeout(poll);
  const frame = () => check() || requestAnimationFrame(frame);
  poll();
  frame();
};

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const tall = { width: 1280, height: 2000 }; // every page's button is on screen

/** Loads a page in a fresh context (no cache, no storage) at a CPU slowdown; calls `fn(tab)`. */
async function visit(page, rate, fn) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(tall);
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await tab.evaluateOnNewDocument(probe, page.button, page.error);
    return await fn(tab);
  } finally {
    await context.close();
  }
}

const firstRender = (page, rate) =>
  visit(page, rate, async (tab) => {
    await tab.goto(`${BASE}/${page.key}/`);
    await tab
      .waitForFunction(() => window.__firstRender, { timeout: TIMEOUT, polling: 50 })
      .catch(() => {
        throw new Error(
          `${page.name}: the submit button and the error were not both visible within ${TIMEOUT / 1000} s`,
        );
      });
    return tab.evaluate(() => window.__firstRender);
  });

/** What the page fetched, by kind, read from the served files: raw and gzip (level 9) bytes. */
const weigh = (page) =>
  visit(page, 1, async (tab) => {
    const urls = new Set();
    const failed = [];
    tab.on('requestfinished', (r) => urls.add(r.url()));
    tab.on('requestfailed', (r) => failed.push(r.url()));
    await tab.goto(`${BASE}/${page.key}/`);
    await tab.waitForFunction(() => window.__firstRender, { timeout: TIMEOUT });
    await new Promise((r) => setTimeout(r, 500)); // anything fetched after first render counts too
    if (failed.length) throw new Error(`${page.name}: failed to load ${failed.join(', ')}`);
    const size = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] };
    for (const url of urls) {
      const kind = { '.js': 'js', '.css': 'css' }[extname(new URL(url).pathname)];
      if (!kind) continue;
      const bytes = readFileSync(fileFor(url));
      size[kind].raw += bytes.length;
      size[kind].gzip += gzipSize(bytes);
      size.files.push(new URL(url).pathname);
    }
    return size;
  });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const started = Date.now();
const results = {};
for (const page of PAGES) results[page.key] = { name: page.name, size: await weigh(page), runs: {} };

// One round visits every page once, in an order that rotates each round, so noise meets all
// pages alike. The first round at each rate warms the browser and files up and is not counted.
for (const rate of RATES) {
  for (const page of PAGES) results[page.key].runs[rate] = { button: [], error: [] };
  for (let round = 0; round <= RUNS; round++) {
    const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]);
    for (const page of order) {
      const t = await firstRender(page, rate);
      if (round === 0) continue;
      results[page.key].runs[rate].button.push(t.button);
      results[page.key].runs[rate].error.push(t.error);
    }
  }
  process.stdout.write(`CPU ${rate}×: ${RUNS} rounds done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
}

const machine = {
  cpu: cpus()[0]?.model.trim(),
  cores: cpus().length,
  chromium: await browser.version(),
  node: process.version,
  date: new Date().toISOString(),
  runs: RUNS,
};
await browser.close();
server.close();

for (const r of Object.values(results))
  r.firstRender = Object.fromEntries(
    RATES.map((rate) => [`${rate}x`, { button: median(r.runs[rate].button), error: median(r.runs[rate].error) }]),
  );

// The table's columns: [heading, value of a result, format].
const kB = (n) => (n / 1000).toFixed(1);
const ms = (n) => n.toFixed(0);
const COLUMNS = [
  ['JS (kB)', (r) => r.size.js.raw, kB],
  ['JS gzip (kB)', (r) => r.size.js.gzip, kB],
  ['JS+CSS (kB)', (r) => r.size.js.raw + r.size.css.raw, kB],
  ['JS+CSS gzip (kB)', (r) => r.size.js.gzip + r.size.css.gzip, kB],
  ...RATES.map((rate) => [`First render, CPU ${rate}× (ms)`, (r) => r.firstRender[`${rate}x`].button, ms]),
];
const peers = PAGES.filter((p) => !p.kit && !p.floor).map((p) => results[p.key]);
const rows = PAGES.map((p) => [p.name, ...COLUMNS.map(([, value, format]) => format(value(results[p.key])))]);
for (const p of PAGES.filter((q) => q.kit)) {
  const ratios = COLUMNS.map(([, value]) => value(results[p.key]) / Math.min(...peers.map(value)));
  results[p.key].toBestPeer = Object.fromEntries(
    COLUMNS.map(([heading], i) => [heading, Number(ratios[i].toFixed(2))]),
  );
  rows.push([`${p.name} ÷ best peer`, ...ratios.map((x) => `${x.toFixed(2)}×`)]);
}
const table = [['Page', ...COLUMNS.map(([h]) => h)], COLUMNS.map(() => '---').concat('---'), ...rows]
  .map((cells) => `| ${cells.join(' | ')} |`)
  .join('\n');

const about =
  `${machine.cpu}, ${machine.cores} cores; ${machine.chromium}; Node ${machine.node}; ${machine.date}. ` +
  `First render: median of ${RUNS} runs per page and CPU rate, navigation start to the submit button visible. ` +
  `Sizes: every .js and .css file the page fetched, gzip level 9, 1 kB = 1,000 bytes. ` +
  `Best peer: the smallest or fastest of ${peers.map((r) => r.name).join(', ')} in that column (plain Lit is the floor, not a peer).`;
console.log(`\n${table}\n\n${about}`);
writeFileSync(join(HERE, 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
writeFileSync(join(HERE, 'results.md'), `# Peer benchmark results\n\n${table}\n\n${about}\n`);
// The docs show this run, never hand-copied figures (tests/node/generated-blocks.test.mjs checks).
for (const doc of PEER_DOCS) writeBlock(join(ROOT, doc), 'bench:peers', `${table}\n\n${about}`);
console.log(
  `\nWrote bench/peers/results.json, results.md and ${PEER_DOCS.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
