// Benchmark for <cp-feedback-form>: how long the food survey (9 questions, every type) takes to
// appear, to move to the next page in paged mode, to answer a question and to show the thank-you,
// in headless Chromium with a production bundle (Lit included, minified).
// Prints figures; it is not a test. Run: node scripts/bench/feedback-form.mjs
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { gzipSize } from '../lib/size.mjs';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

const RUNS = 30;
const out = await build({
  entryPoints: ['src/components/feedback-form/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const js = out.outputFiles[0].contents;
const survey = readFileSync('stories/data/feedback-form/food-survey.json', 'utf8');
const page = `<!doctype html><html lang="en"><body><main id="m"></main><script type="module">
import '/kit.js';
const survey = ${survey};
const now = () => performance.now();
// Style and layout are forced so each figure includes them (a frame wait would round to 16 ms).
const frame = () => document.body.offsetHeight;
/** Waits for the form and every primitive inside it to finish rendering. */
const settled = async (el) => {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot.querySelectorAll('*')].map((c) => c.updateComplete));
};
window.bench = async () => {
  const m = document.getElementById('m');
  m.innerHTML = '';
  const make = (paged) => {
    const el = document.createElement('cp-feedback-form');
    Object.assign(el, { data: survey, paged, minSeconds: 0 });
    el.addEventListener('cp-submit', (e) => e.preventDefault());
    m.append(el);
    return el;
  };
  let t = now();
  const el = make(false);
  await settled(el);
  frame();
  const render = now() - t;

  const rating = el.shadowRoot.querySelector('#q-hours');
  t = now();
  [...rating.shadowRoot.querySelectorAll('input')][3].click();
  await settled(el);
  frame();
  const answer = now() - t;

  t = now();
  el.shadowRoot.querySelector('form').requestSubmit();
  while (!el.shadowRoot.querySelector('.thanks')) await new Promise((r) => setTimeout(r));
  await settled(el);
  frame();
  const thanks = now() - t;
  el.remove();

  const paged = make(true);
  await settled(paged);
  t = now();
  paged.shadowRoot.querySelector('form').requestSubmit();
  while (!paged.shadowRoot.querySelector('.progress')?.textContent.includes('2 of')) await new Promise((r) => setTimeout(r));
  await settled(paged);
  frame();
  const next = now() - t;
  return { render, answer, thanks, next };
};
</script></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/kit.js') res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(js);
  else res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
}).listen(0);
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const tab = await browser.newPage();
  await tab.goto(url);
  await tab.waitForFunction(() => customElements.get('cp-feedback-form') && window.bench);
  await tab.evaluate(() => window.bench()); // warm up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await tab.evaluate(() => window.bench()));
  const median = (k) => {
    const v = runs.map((r) => r[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)].toFixed(1);
  };
  const { JSHeapUsedSize } = await tab.metrics();
  console.log(`cp-feedback-form bundle (Lit and primitives included): ${(js.length / 1000).toFixed(1)} kB min, ${(gzipSize(js) / 1000).toFixed(2)} kB min+gzip`);
  console.log(
    `median of ${RUNS} runs (9-question food survey): form rendered ${median('render')} ms, ` +
      `a rating answered ${median('answer')} ms, next page (paged) ${median('next')} ms, ` +
      `thank-you shown ${median('thanks')} ms (page delivers: no network)`,
  );
  console.log(`JS heap after ${RUNS + 1} runs: ${(JSHeapUsedSize / 1e6).toFixed(1)} MB`);
} finally {
  await browser.close();
  server.close();
}
