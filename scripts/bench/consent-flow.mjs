// Benchmark for <cp-consent-flow> and <cp-consent-withdraw>: first render, each step change,
// hashing the definition (crypto.subtle and the pure-JS fallback), the confirmation, and a
// withdrawal, in headless Chromium with a production bundle (Lit included, minified).
// Prints figures; it is not a test. Run: node scripts/bench/consent-flow.mjs
import { readFileSync } from 'node:fs';
import {
  PAGE_TIMING,
  benchPage,
  bundle,
  bundleSizes,
  heapMB,
  medians,
  openTab,
  repeat,
  withBrowser,
} from '../lib/bench.mjs';

const RUNS = 30;
const js = await bundle({
  contents: `import './src/components/consent/consent-flow.index.ts'; import './src/components/consent/consent-withdraw.index.ts';
export { canonical, sha256Fallback, textHash } from './src/contract/hash.ts';`,
});
const study = readFileSync('stories/data/consent/peer-research.json', 'utf8');
const record = readFileSync('stories/data/consent/peer-research-record.json', 'utf8');

const page = benchPage(`import { canonical, sha256Fallback, textHash } from '/kit.js';
${PAGE_TIMING}
const study = ${study};
const record = ${record};
const press = async (el, sel) => {
  el.shadowRoot.querySelector(sel).shadowRoot.querySelector('button').click();
  await settled(el);
  frame();
};
window.bench = async () => {
  const m = document.getElementById('m');
  m.innerHTML = '';
  const el = document.createElement('cp-consent-flow');
  el.setAttribute('no-draft', '');
  el.addEventListener('cp-consent', (e) => e.preventDefault());
  el.data = study;
  let t = now();
  m.append(el);
  await settled(el);
  frame();
  const render = now() - t;
  while (!el.textHash) await new Promise((r) => setTimeout(r));
  const steps = [];
  for (const s of ['payment', 'statements']) {
    t = now();
    await press(el, 'cp-button.next');
    steps.push(now() - t);
  }
  el.answers = { agreed: ['read', 'voluntary', 'notes'] };
  await settled(el);
  for (let i = 0; i < 5 && el.step !== 'check'; i++) {
    t = now();
    await press(el, 'cp-button.next');
    steps.push(now() - t);
  }
  t = now();
  el.shadowRoot.querySelector('cp-button.next').shadowRoot.querySelector('button').click();
  for (let i = 0; i < 1000 && el.step !== 'done'; i++) await new Promise((r) => setTimeout(r));
  if (el.step !== 'done') throw new Error('never reached the confirmation');
  await settled(el);
  frame();
  const done = now() - t;

  t = now();
  const hash = await textHash(study);
  const subtle = now() - t;
  const bytes = new TextEncoder().encode(canonical(study));
  t = now();
  if ('sha256:' + sha256Fallback(bytes) !== hash) throw new Error('fallback differs');
  const fallback = now() - t;

  m.innerHTML = '';
  const w = document.createElement('cp-consent-withdraw');
  w.record = record;
  w.consent = study;
  w.addEventListener('cp-consent-withdraw', (e) => e.preventDefault());
  t = now();
  m.append(w);
  await settled(w);
  frame();
  const withdrawRender = now() - t;
  w.shadowRoot.querySelector('cp-checkbox-group').shadowRoot.querySelector('input[value=""]').click();
  await settled(w);
  t = now();
  w.shadowRoot.querySelector('cp-button').shadowRoot.querySelector('button').click();
  for (let i = 0; i < 1000 && !w.withdrawal; i++) await new Promise((r) => setTimeout(r));
  if (!w.withdrawal) throw new Error('never withdrew');
  await w.updateComplete;
  frame();
  const withdrawn = now() - t;
  return { render, step: Math.max(...steps), done, subtle, fallback, bytes: bytes.length, withdrawRender, withdrawn };
};
`);

await withBrowser({ '/kit.js': js, '/': page }, async ({ browser, url }) => {
  const tab = await openTab(browser, url, () => customElements.get('cp-consent-flow') && window.bench);
  const runs = await repeat(tab, RUNS);
  const m = medians(runs);
  console.log(`consent bundle (both components, primitives and Lit included): ${bundleSizes(js)}`);
  console.log(`median of ${RUNS} runs with the peer-research definition (${runs[0].bytes} bytes of canonical JSON):`);
  console.log(
    `  first step rendered ${m.render} ms; slowest step change ${m.step} ms; sent and confirmation with the participant copy ${m.done} ms (page delivers: no network)`,
  );
  console.log(`  textHash with crypto.subtle ${m.subtle} ms; pure-JS SHA-256 fallback ${m.fallback} ms`);
  console.log(`  withdraw form rendered ${m.withdrawRender} ms; withdrawn ${m.withdrawn} ms`);
  console.log(`JS heap after ${RUNS + 1} runs: ${await heapMB(tab)}`);
});
