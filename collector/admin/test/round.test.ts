// A whole round, from the browser only: a form published in the back office, feedback sent by the
// real <cp-feedback-form> on a charity's site (another origin, the kit's CDN file), read in the
// results, tagged with a theme, filtered, exported, linked to a "you said" item, published, and
// seen in the public <cp-impact-panel>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { startBackOffice, type BackOffice } from './helpers/back-office.js';
import { byRole, deepAll, openView, paste, settle, signIn, waitDeep, waitForText, watchOf } from './helpers/page.js';

const FORM_ID = 'round-form';
const PROJECT_ID = 'round-project';
const PANEL_ID = 'round-panel';

const form = {
  id: FORM_ID,
  version: 1,
  title: 'Getting to the shops',
  questions: [
    {
      id: 'area',
      type: 'single',
      label: 'Which part of town do you live in?',
      options: [
        { id: 'north-side', label: 'The north side' },
        { id: 'estate', label: 'The estate' },
      ],
    },
    { id: 'story', type: 'longText', label: 'What makes shopping for food hard?' },
  ],
};

const BUS = 'The last bus back leaves at 7pm, so I pay double at the corner shop.';
const PRICES = 'Bread is nearly two pounds now.';

describe('a whole round in the back office', () => {
  let bo: BackOffice;
  let page: Page;

  before(async () => {
    bo = await startBackOffice();
    // The project ties the form, its themes and its "you said, we did" panel together.
    const project = await bo.admin('PUT', `/projects/${PROJECT_ID}`, {
      name: 'Shops round',
      forms: [FORM_ID],
      impactPanelId: PANEL_ID,
    });
    assert.equal(project.status, 201, project.text);
    page = await bo.newPage();
    await signIn(page, bo.url, await bo.addStaff('editor'));
  });
  after(() => bo?.close());

  /** Ticks the written answer that contains `words` in the results (its checkbox is labelled by the answer). */
  async function select(words: string) {
    const boxes = await deepAll(page, 'input[type="checkbox"][data-question="story"]');
    for (const box of boxes) {
      const label = await box.evaluate(
        (el) => (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent ?? '',
      );
      if (label.includes(words)) {
        await box.click();
        return;
      }
    }
    throw new Error(`no written answer with "${words}" to select`);
  }

  it('1. an editor publishes a form by pasting its definition', async () => {
    await openView(page, bo.url, '/admin/forms');
    await paste(page, '#definition-json >>> textarea', JSON.stringify(form, null, 2));
    await (await byRole(page, 'button', 'Save this version')).click();
    await page.waitForFunction((id) => location.pathname === `/admin/forms/${id}`, { timeout: 15_000 }, FORM_ID);
    await settle(page);
    await waitForText(page, /Getting to the shops/);
    const stored = await fetch(`${bo.url}/v1/forms/${FORM_ID}`).then((r) => r.json());
    assert.equal(stored.title, 'Getting to the shops');
  });

  it("2. people answer with the real widget on the charity's own site", async () => {
    const url = bo.sitePage(
      '/shops.html',
      `<h1>Tell us about the shops</h1><cp-feedback-form src="{collector}/v1/forms/${FORM_ID}" endpoint="{collector}/v1/feedback" min-seconds="0"></cp-feedback-form>`,
    );
    const site = await bo.newPage();
    for (const [area, text] of [
      ['estate', BUS],
      ['north-side', PRICES],
    ] as const) {
      await site.goto(url, { waitUntil: 'load' });
      await waitDeep(site, `#q-area >>> input[value="${area}"]`);
      await (await waitDeep(site, `#q-area >>> input[value="${area}"]`)).click();
      await (await waitDeep(site, '#q-story >>> textarea')).type(text);
      const sent = site.evaluate(
        () =>
          new Promise<void>((resolve) =>
            document
              .querySelector('cp-feedback-form')!
              .addEventListener('cp-submitted', () => resolve(), { once: true }),
          ),
      );
      await (await byRole(site, 'button', 'Send my answers')).click();
      await sent;
    }
    assert.deepEqual(watchOf(site).csp, []);
    await site.browserContext().close();
    const stored = await bo.admin('GET', `/feedback?formId=${FORM_ID}`);
    assert.equal(stored.json.count, 2);
  });

  it('3. the results show both responses and the written answers, as text', async () => {
    await openView(page, bo.url, `/admin/results/${FORM_ID}`);
    assert.match(await (await waitDeep(page, '#response-count')).evaluate((e) => e.textContent ?? ''), /^2 responses?/);
    const text = await waitForText(page, /The last bus back leaves at 7pm/);
    assert.match(text, /Bread is nearly two pounds now/);
    assert.match(text, /Which part of town do you live in\?/);
    assert.match(text, /The estate/, 'option labels, not ids');
  });

  it('4. a theme is made, the bus answer is tagged with it, and the filter by theme leaves one response (in the URL)', async () => {
    await (await waitDeep(page, '#theme-name')).type('Transport');
    await (await byRole(page, 'button', 'Create theme')).click();
    await settle(page);
    await waitDeep(page, 'a[id^="theme-filter-"]');
    await select('The last bus');
    await (await waitDeep(page, '#tag-selected')).click();
    await settle(page);
    const themes = await bo.admin('GET', `/projects/${PROJECT_ID}/themes`);
    const transport = themes.json.themes.find((t: { name: string }) => t.name === 'Transport');
    assert.ok(transport, themes.text);
    assert.equal(transport.count, 1);

    await (await waitDeep(page, `#theme-filter-${transport.id}`)).click();
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('theme') === id,
      { timeout: 15_000 },
      transport.id,
    );
    await settle(page);
    await page.waitForFunction(
      () => {
        const find = (root: Document | ShadowRoot): Element | null => {
          const el = root.querySelector('#response-count');
          if (el) return el;
          for (const host of root.querySelectorAll('*'))
            if (host.shadowRoot) {
              const f = find(host.shadowRoot);
              if (f) return f;
            }
          return null;
        };
        return /^1 response/.test(find(document)?.textContent ?? '');
      },
      { timeout: 15_000 },
    );
    const text = await waitForText(page, /The last bus back/);
    assert.doesNotMatch(text, /Bread is nearly two pounds/, 'the filtered results leave the other answer out');
  });

  it("5. the export follows the filter, and its first row has the questions' words", async () => {
    const link = await waitDeep(page, '#export-csv');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    assert.match(href, /format=csv/);
    assert.match(href, /theme=/, 'the export follows the filter');
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), href);
    const [first, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    assert.match(first!, /Received/);
    assert.match(first!, /Which part of town do you live in\?/);
    assert.match(first!, /What makes shopping for food hard\?/);
    assert.equal(rows.length, 1, csv);
    assert.match(rows[0]!, /The estate/);
  });

  it('6. a "you said" item is added and published, the answer is linked to it, and the public panel shows it', async () => {
    await openView(page, bo.url, `/admin/impact/${PANEL_ID}`);
    await (await byRole(page, 'button', 'Add an item')).click();
    await paste(page, '#item-youSaid >>> textarea', 'The last bus back from the big shops is too early.');
    await paste(page, '#item-theme >>> input', 'Transport');
    await (await waitDeep(page, '#item-status >>> input[value="planned"]')).click();
    await paste(page, '#item-weDid >>> textarea', 'We are asking the bus company for a later bus.');
    await (await byRole(page, 'button', 'Save item')).click();
    await settle(page);
    await (await waitDeep(page, '#publish-impact')).click();
    await settle(page);
    const published = await fetch(`${bo.url}/v1/impact/${PANEL_ID}`).then((r) => r.json());
    assert.equal(published.items.length, 1);
    const itemId = published.items[0].id as string;

    await openView(page, bo.url, `/admin/results/${FORM_ID}`);
    await select('The last bus');
    await (await byRole(page, 'button', 'Link to…')).click();
    await (await waitDeep(page, `#link-item >>> input[value="${itemId}"]`)).click();
    await (await byRole(page, 'button', 'Link 1 answer')).click();
    await settle(page);
    const links = await bo.admin('GET', `/impact/${PANEL_ID}/links`);
    assert.match(links.text, new RegExp(itemId));

    const url = bo.sitePage(
      '/you-said.html',
      `<cp-impact-panel src="{collector}/v1/impact/${PANEL_ID}"></cp-impact-panel>`,
    );
    const site = await bo.newPage();
    await site.goto(url, { waitUntil: 'load' });
    const shown = await waitForText(site, /Raised by 1 person/);
    assert.match(shown, /The last bus back from the big shops is too early\./);
    assert.match(shown, /We are asking the bus company for a later bus\./);
    assert.deepEqual(watchOf(site).csp, []);
    await site.browserContext().close();
    assert.deepEqual(watchOf(page).csp, []);
    assert.deepEqual(watchOf(page).errors, []);
  });
});
