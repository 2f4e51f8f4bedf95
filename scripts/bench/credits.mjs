// Benchmark for <cp-credits>: time to first render of 1,000 contributors in headless Chromium,
// with a production bundle (Lit included, minified) and the kit's tokens on the page.
// "Render" runs from adding the element with its data to the list being laid out (style and
// layout forced), so it includes the schema check, redaction, sorting, grouping, Lit's render
// and the browser's style and layout. Two figures for each: the wall-clock time, and the main
// thread's CPU time for the same task (read from a Chrome trace), which stays honest on a busy
// machine where the wall clock also counts time spent waiting for a CPU.
// Prints figures; it is not a test. Run: node scripts/bench/credits.mjs
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

const COUNT = 1000;
const COLD = 7; // fresh pages: the first render after the page loads
const WARM = 25; // further renders in the same page
const MODES = ['role', 'organisation', 'none'];

const bundle = await build({
  stdin: {
    contents: `import './src/components/credits/index.ts';
      import { storytellers } from './stories/data/credits/storytellers.ts';
      window.people = storytellers(${COUNT});`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const files = {
  '/kit.js': ['text/javascript', bundle.outputFiles[0].contents],
  '/tokens.css': ['text/css', readFileSync('src/tokens/generated/tokens.css')],
  '/': [
    'text/html',
    `<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="/tokens.css"></head>
<body><main id="m"></main><script type="module">
import '/kit.js';
// Organisations for the organisation grouping: 40 partners, some people with none.
window.people.contributors.forEach((c, i) => { if (i % 5) c.organisation = 'Partner ' + (i % 40); });
/** Runs fn in a task of its own (so the trace can time that task alone) and resolves with its result. */
const task = (fn) => new Promise((resolve) => setTimeout(() => fn().then(resolve)));
window.render = async (groupBy) => {
  const m = document.getElementById('m');
  await task(async () => m.replaceChildren());
  const el = document.createElement('cp-credits');
  el.setAttribute('group-by', groupBy);
  const render = await task(async () => {
    performance.mark('cp-start');
    const start = performance.now();
    el.data = window.people;
    m.append(el);
    await el.updateComplete;
    el.shadowRoot.querySelector('ul').getBoundingClientRect(); // forces style and layout
    performance.mark('cp-end');
    return performance.now() - start;
  });
  return task(async () => {
    const t = performance.now();
    const text = el.acknowledgement();
    return { render, copy: performance.now() - t, items: el.shadowRoot.querySelectorAll('li').length, chars: text.length };
  });
};
</script></body></html>`,
  ],
};
const server = createServer((req, res) => {
  const [type, body] = files[req.url] ?? files['/'];
  res.writeHead(200, { 'Content-Type': type }).end(body);
}).listen(0);
const url = `http://127.0.0.1:${server.address().port}/`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** Renders once in the page, tracing it: the wall-clock figures and the task's main-thread CPU time. */
async function traced(page, mode) {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  const result = await page.evaluate((m) => window.render(m), mode);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  const [start, end] = ['cp-start', 'cp-end'].map((name) => events.find((e) => e.name === name));
  // The shortest traced slice that holds both marks: the task the render ran in.
  const [task] = events
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && e.pid === start.pid && e.tid === start.tid && e.ts <= start.ts && e.ts + e.dur >= end.ts)
    .sort((a, b) => a.dur - b.dur);
  return { ...result, cpu: task ? task.tdur / 1000 : NaN };
}

async function freshPage() {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof window.render === 'function');
  return page;
}

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const version = await browser.version();
  const kib = (bundle.outputFiles[0].contents.length / 1024).toFixed(0);
  console.log(`<cp-credits> with ${COUNT.toLocaleString('en-GB')} contributors, ${version}, ${kib} KiB bundle (not gzipped)`);
  for (const mode of MODES) {
    const cold = [];
    for (let i = 0; i < COLD; i++) {
      const page = await freshPage();
      cold.push(await traced(page, mode));
      await page.close();
    }
    const page = await freshPage();
    const warm = [];
    for (let i = 0; i < WARM; i++) warm.push(await traced(page, mode));
    await page.close();
    const [r] = cold;
    const of = (runs, key) => runs.map((x) => x[key]);
    console.log(
      `group-by=${mode}: ${r.items} list items, ${r.chars.toLocaleString('en-GB')} characters in the acknowledgement\n` +
        `  first render (${COLD} fresh pages): median ${ms(median(of(cold, 'render')))} wall, ${ms(median(of(cold, 'cpu')))} main-thread CPU;` +
        ` worst ${ms(Math.max(...of(cold, 'render')))} wall, ${ms(Math.max(...of(cold, 'cpu')))} CPU\n` +
        `  later renders (${WARM}): median ${ms(median(of(warm, 'render')))} wall, ${ms(median(of(warm, 'cpu')))} CPU;` +
        ` p95 ${ms(p95(of(warm, 'render')))} wall, ${ms(p95(of(warm, 'cpu')))} CPU\n` +
        `  acknowledgement text: median ${ms(median(of(warm, 'copy')))}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
