// Benchmark for <cp-feedback-form>: how long the food survey (9 questions, every type) takes to
// appear, to move to the next page in paged mode, to answer a question and to show the thank-you,
// in headless Chromium with a production bundle (Lit included, minified).
// Prints figures; it is not a test. Run: node scripts/bench/feedback-form.mjs
import { readFileSync } from 'node:fs';
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
const js = await bundle('src/components/feedback-form/index.ts');
const survey = readFileSync('stories/data/feedback-form/food-survey.json', 'utf8');
const page = benchPage(`${PAGE_TIMING}
const survey = ${survey};
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
};`);

await withBrowser({ '/kit.js': js, '/': page }, async ({ browser, url }) => {
  const tab = await openTab(browser, url, () => customElements.get('cp-feedback-form') && window.bench);
  const m = medians(await repeat(tab, RUNS));
  console.log(`cp-feedback-form bundle (Lit and primitives included): ${bundleSizes(js)}`);
  console.log(
    `median of ${RUNS} runs (9-question food survey): form rendered ${m.render} ms, ` +
      `a rating answered ${m.answer} ms, next page (paged) ${m.next} ms, ` +
      `thank-you shown ${m.thanks} ms (page delivers: no network)`,
  );
  console.log(`JS heap after ${RUNS + 1} runs: ${await heapMB(tab)}`);
});
