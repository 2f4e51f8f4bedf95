// Benchmark for <cp-impact-panel> with 1,000 items in headless Chromium: the time to first
// render, and the time to apply a filter, a search and a sort. A production bundle (Lit included,
// minified) and the kit's tokens are on the page.
//
// "First render" runs from adding the element with its data until its items are laid out (style
// and layout forced): it includes preparing the items, Lit's first render and the browser's
// layout. "Filter" runs from the control's `input` event to the same point. Each figure is the
// median of several runs, cold (a fresh page) and warm (the same page again).
// Prints figures; it is not a test. Run: node scripts/bench/impact-panel.mjs
import { readFileSync } from 'node:fs';
import { benchPage, bundle, openTab, printTable, spread, withBrowser } from '../lib/bench.mjs';

const COUNT = 1000;
const COLD = 7;
const WARM = 20;

const js = await bundle({
  contents: `import './src/components/impact-panel/index.ts';
    import { generateItems } from './stories/data/impact-panel/generate.ts';
    window.data = generateItems(${COUNT});`,
});

const page = benchPage(
  `const laidOut = (el) => el.shadowRoot.querySelector('.items').getBoundingClientRect();
window.render = async () => {
  const m = document.getElementById('m');
  m.replaceChildren();
  const el = document.createElement('cp-impact-panel');
  const start = performance.now();
  el.data = window.data;
  m.append(el);
  await el.updateComplete;
  laidOut(el);
  const ms = performance.now() - start;
  return { ms, items: el.shadowRoot.querySelectorAll('li.item').length };
};
/** Changes a control as a person does, and times until the list is laid out again. */
window.change = async (name, value) => {
  const el = document.querySelector('cp-impact-panel');
  const control = el.shadowRoot.querySelector('[name="' + name + '"]');
  const start = performance.now();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  laidOut(el);
  const ms = performance.now() - start;
  return { ms, shown: el.shadowRoot.querySelectorAll('li.item:not([hidden])').length };
};`,
  { lang: 'en-GB', head: '<link rel="stylesheet" href="/tokens.css">' },
);
const routes = { '/kit.js': js, '/tokens.css': readFileSync('src/tokens/generated/tokens.css'), '/': page };

// The steps timed after a first render, each from the state the one before left: every
// filter is cleared again, so each narrows or widens the full list of 1,000.
const STEPS = [
  ['filter by status', 'filterStatus', 'not-possible'],
  ['clear the status filter', 'filterStatus', ''],
  ['filter by theme', 'filterTheme', 'Transport'],
  ['clear the theme filter', 'filterTheme', ''],
  ['search for "bus"', 'search', 'bus'],
  ['clear the search', 'search', ''],
  ['sort by status', 'sort', 'status'],
  ['sort newest first', 'sort', 'newest'],
];

await withBrowser(routes, async ({ browser, url }) => {
  console.log(
    `<cp-impact-panel> with ${COUNT.toLocaleString('en-GB')} items, ${await browser.version()}, ` +
      `${(js.length / 1024).toFixed(0)} KiB bundle`,
  );
  const cold = [];
  const warm = [];
  const steps = STEPS.map(() => []);
  let shape = '';
  for (let i = 0; i < COLD; i++) {
    const tab = await openTab(browser, url, () => typeof window.render === 'function', {
      viewport: { width: 1280, height: 800 },
    });
    const first = await tab.evaluate(() => window.render());
    cold.push(first.ms);
    shape = `${first.items} items rendered`;
    for (let w = 0; w < WARM / COLD; w++) warm.push((await tab.evaluate(() => window.render())).ms);
    for (let r = 0; r < 3; r++) {
      for (const [s, [, name, value]] of STEPS.entries()) {
        const out = await tab.evaluate((n, v) => window.change(n, v), name, value);
        steps[s].push(out.ms);
        if (r === 0 && i === 0) STEPS[s].push(out.shown);
      }
    }
    await tab.close();
  }
  if (cold.length === 0) throw new Error('nothing ran');
  printTable([
    ['first render, fresh page:', spread(cold), `[${shape}]`],
    ['first render, warm page:', spread(warm)],
    ...STEPS.map(([label, , , shown], s) => [`${label}:`, spread(steps[s]), `[${shown} shown]`]),
  ]);
});
