// Benchmark for <cp-page-feedback>: how long the prompt takes to appear, to open its form and to
// show the thank-you, in headless Chromium with a production bundle (Lit included, minified).
// Prints figures; it is not a test. Run: node scripts/bench/page-feedback.mjs
import {
  benchPage,
  bundle,
  bundleSizes,
  heapMB,
  medians,
  openTab,
  PAGE_TIMING,
  repeat,
  withBrowser,
} from '../lib/bench.mjs';

const RUNS = 30;
const js = await bundle('src/components/page-feedback/index.ts');
const page = benchPage(`${PAGE_TIMING}
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
};`);

await withBrowser({ '/kit.js': js, '/': page }, async ({ browser, url }) => {
  const tab = await openTab(browser, url, () => customElements.get('cp-page-feedback') && window.bench);
  const m = medians(await repeat(tab, RUNS));
  console.log(`cp-page-feedback bundle (Lit included): ${bundleSizes(js)}`);
  console.log(
    `median of ${RUNS} runs: prompt rendered ${m.render} ms, form opened ${m.open} ms, thank-you shown ${m.thanks} ms (page delivers: no network)`,
  );
  console.log(`JS heap after ${RUNS + 1} runs: ${await heapMB(tab)}`);
});
