// Benchmark for <cp-credits>: time to first render of 1,000 contributors in headless Chromium,
// with a production bundle (Lit included, minified) and the kit's tokens on the page.
// "Render" runs from adding the element with its data to the list being laid out (style and
// layout forced), so it includes the schema check, redaction, sorting, grouping, Lit's render
// and the browser's style and layout. Two figures for each: the wall-clock time, and the main
// thread's CPU time for the same task (read from a Chrome trace), which stays honest on a busy
// machine where the wall clock also counts time spent waiting for a CPU.
// Prints figures; it is not a test. Run: node scripts/bench/credits.mjs
import { readFileSync } from 'node:fs';
import { benchPage, bundle, median, openTab, p95, withBrowser } from '../lib/bench.mjs';

const COUNT = 1000;
const COLD = 7; // fresh pages: the first render after the page loads
const WARM = 25; // further renders in the same page
const MODES = ['role', 'organisation', 'none'];

const js = await bundle({
  contents: `import './src/components/credits/index.ts';
    import { storytellers } from './stories/data/credits/storytellers.ts';
    window.people = storytellers(${COUNT});`,
});
const html = benchPage(
  `// Organisations for the organisation grouping: 40 partners, some people with none.
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
};`,
  { lang: 'en-GB', head: '<link rel="stylesheet" href="/tokens.css">' },
);
const routes = { '/kit.js': js, '/tokens.css': readFileSync('src/tokens/generated/tokens.css'), '/': html };

const ms = (x) => `${x.toFixed(1)} ms`;

/** Renders once in the page, tracing it: the wall-clock figures and the task's main-thread CPU time. */
async function traced(page, mode) {
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
  const result = await page.evaluate((m) => window.render(m), mode);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  const [start, end] = ['cp-start', 'cp-end'].map((name) => events.find((e) => e.name === name));
  // The shortest traced slice that holds both marks: the task the render ran in.
  const [task] = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.tdur !== undefined &&
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ts <= start.ts &&
        e.ts + e.dur >= end.ts,
    )
    .sort((a, b) => a.dur - b.dur);
  return { ...result, cpu: task ? task.tdur / 1000 : NaN };
}

await withBrowser(routes, async ({ browser, url }) => {
  const freshPage = () => openTab(browser, url, () => typeof window.render === 'function');
  const version = await browser.version();
  const kib = (js.length / 1024).toFixed(0);
  console.log(
    `<cp-credits> with ${COUNT.toLocaleString('en-GB')} contributors, ${version}, ${kib} KiB bundle (not gzipped)`,
  );
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
});
