// Benchmark for <cp-page-feedback>: how long the prompt takes to appear, to open its form and to
// show the thank-you, in headless Chromium with a production bundle (Lit included, minified).
// Prints figures; it is not a test. Run: node scripts/bench/page-feedback.mjs
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { gzipSize } from '../lib/size.mjs';
import { findChrome, CHROME_ARGS } from '../find-chrome.mjs';

const RUNS = 30;
const out = await build({
  entryPoints: ['src/components/page-feedback/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const js = out.outputFiles[0].contents;
const page = `<!doctype html><html lang="en"><body><main id="m"></main><script type="module">
import '/kit.js';
const now = () => performance.now();
// Style and layout are forced so each figure includes them (a frame wait would round to 16 ms).
const frame = () => document.body.offsetHeight;
window.bench = async () => {
  const m = document.getElementById('m');
  m.innerHTML = '';
  const el = document.createElement('cp-page-feedback');
  el.setAttribute('min-seconds', '0');
  el.addEventListener('cp-submit', (e) => e.preventDefault());
  let t = now();
  m.append(el);
  await el.updateComplete;
  frame();
  const render = now() - t;
  t = now();
  el.shadowRoot.querySelector('.report').click();
  await el.updateComplete;
  await Promise.all([...el.shadowRoot.querySelectorAll('cp-textarea, cp-button, cp-error-summary')].map((c) => c.updateComplete));
  frame();
  const open = now() - t;
  t = now();
  el.shadowRoot.querySelector('#doing').value = 'Looking for opening times';
  el.shadowRoot.querySelector('#doing').dispatchEvent(new Event('input', { bubbles: true }));
  el.shadowRoot.querySelector('form').requestSubmit();
  while (!el.shadowRoot.querySelector('.thanks')) await new Promise((r) => setTimeout(r));
  frame();
  const thanks = now() - t;
  return { render, open, thanks };
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
  await tab.waitForFunction(() => customElements.get('cp-page-feedback') && window.bench);
  await tab.evaluate(() => window.bench()); // warm up
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await tab.evaluate(() => window.bench()));
  const median = (k) => {
    const v = runs.map((r) => r[k]).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)].toFixed(1);
  };
  const { JSHeapUsedSize } = await tab.metrics();
  console.log(`cp-page-feedback bundle (Lit included): ${(js.length / 1000).toFixed(1)} kB min, ${(gzipSize(js) / 1000).toFixed(2)} kB min+gzip`);
  console.log(`median of ${RUNS} runs: prompt rendered ${median('render')} ms, form opened ${median('open')} ms, thank-you shown ${median('thanks')} ms (page delivers: no network)`);
  console.log(`JS heap after ${RUNS + 1} runs: ${(JSHeapUsedSize / 1e6).toFixed(1)} MB`);
} finally {
  await browser.close();
  server.close();
}
