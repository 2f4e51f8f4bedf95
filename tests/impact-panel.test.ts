import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import { captureConsole } from './helpers/console.js';
import { axeEveryStory, renderStory, type StoryLike } from './helpers/stories.js';
import '../src/components/impact-panel/index.js';
import type { CpImpactPanel, ImpactData } from '../src/components/impact-panel/index.js';
import schema from '../src/contract/schemas/impact-panel.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import { foodProject } from '../stories/data/impact-panel/food-project.js';
import { fromCollector } from '../stories/data/impact-panel/from-collector.js';
import { generateItems } from '../stories/data/impact-panel/generate.js';
import { unusable, withProblems } from '../stories/data/impact-panel/problems.js';
import { youthBoard } from '../stories/data/impact-panel/youth-board.js';
import * as stories from '../stories/impact-panel.stories.js';
import { ImpactPanelHarness } from '../src/testing/index.js';

// ---- Helpers ----

/** Renders a template and waits for every Lit element in it (see tests/data-controller.test.ts). */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}
const panel = (data: unknown, lang = 'en-GB') =>
  mount<HTMLElement>(html`<div lang=${lang}><cp-impact-panel .data=${data}></cp-impact-panel></div>`).then((wrapper) =>
    wrapper.querySelector('cp-impact-panel')!,
  );

const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
/** The panel as a person reads it (coproduce-kit/testing). */
const harness = (el: CpImpactPanel) => new ImpactPanelHarness(el);
/** The items a person can see (items that do not match are not in the list). */
const visible = (el: CpImpactPanel) =>
  harness(el)
    .items()
    .map((i) => i.element);
/** The "You said" text of each visible item, in order. */
const said = (el: CpImpactPanel) => harness(el).said();
const count = (el: CpImpactPanel) => text(inner(el, '[role="status"].count'));
const stateText = (el: CpImpactPanel) => harness(el).state();

/** Changes a control the way a person does: its value, then the `input` event the browser fires. */
async function choose(el: CpImpactPanel, name: string, value: string) {
  const control = inner<HTMLSelectElement | HTMLInputElement>(el, `[name="${name}"]`);
  if (control instanceof HTMLSelectElement) {
    expect(
      [...control.options].map((o) => o.value),
      `${name} offers ${value}`,
    ).to.include(value);
  }
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function loaded(el: CpImpactPanel) {
  await waitUntil(() => el.loader.state !== 'loading', 'the data did not finish loading');
  await el.updateComplete;
}

const FIXTURES = '/tests/fixtures/';
const GOOD = `${FIXTURES}impact-panel.json.txt`;
const PARTIAL = `${FIXTURES}impact-panel-partial.json.txt`;
const MISSING = `${FIXTURES}no-such-impact-panel.json.txt`;

const logs = captureConsole();
const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

/** Replaces fetch with one the test answers by hand. */
function stubFetch() {
  const calls: { url: string; respond(r: Response): void }[] = [];
  window.fetch = ((input: RequestInfo | URL) =>
    new Promise<Response>((respond) => calls.push({ url: String(input), respond }))) as typeof fetch;
  return calls;
}

const small: ImpactData = {
  title: 'You said, we did',
  items: [
    {
      id: 'a',
      theme: 'Food',
      youSaid: 'More fresh fruit at the Café',
      weDid: 'We added fruit boxes.',
      status: 'done',
      updatedOn: '2026-02-01',
    },
    {
      id: 'b',
      theme: 'Transport',
      youSaid: 'A later bus',
      weDid: 'Later buses on weekdays.',
      status: 'partly-done',
      reason: 'No money for weekends.',
      updatedOn: '2026-05-01',
    },
    { id: 'c', theme: 'Food', youSaid: 'Halal food', status: 'considering', updatedOn: '2026-03-01' },
    {
      id: 'd',
      theme: 'Money',
      youSaid: 'Cash, not parcels',
      weDid: 'We looked into it.',
      status: 'not-possible',
      reason: 'Our funder does not allow cash.',
      updatedOn: '2026-04-01',
    },
    {
      id: 'e',
      theme: 'Transport',
      youSaid: 'A minibus',
      weDid: 'Talking to two charities.',
      status: 'in-progress',
      saidOn: '2026-01-15',
    },
    {
      id: 'f',
      youSaid: 'Evening meetings',
      weDid: 'Meetings move to 6pm from January.',
      status: 'planned',
      updatedOn: '2026-06-01',
    },
    {
      id: 'g',
      theme: 'Food',
      youSaid: 'Baby milk',
      weDid: 'The food bank now stocks it.',
      status: 'done',
      updatedOn: '2026-07-01',
    },
  ],
};

// ---- Data sources ----

describe('cp-impact-panel: data sources', () => {
  it('renders from the data property, with no console output', async () => {
    const el = await panel(foodProject);
    expect(el.loader.state).to.equal('ready');
    expect(text(inner(el, '.title'))).to.equal(foodProject.title);
    expect(visible(el)).to.have.length(foodProject.items.length);
    expect(said(el)).to.include(foodProject.items[0]!.youSaid);
    expect(logs).to.deep.equal({ error: [], warn: [] });
    await expectNoAxeViolations(el);
  });

  it('renders from a src URL, fetched once', async () => {
    const urls: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src=${GOOD}></cp-impact-panel>`);
    await loaded(el);
    expect(urls).to.deep.equal([GOOD]);
    expect(text(inner(el, '.title'))).to.equal('You said, we did: Eastfield');
    expect(said(el)).to.have.length(3);
    expect(logs.error).to.deep.equal([]);
    await expectNoAxeViolations(el);
  });

  it('renders from an inline <script type="application/json"> child in plain HTML', async () => {
    const wrapper = await mount(html`<div lang="en-GB"></div>`);
    wrapper.innerHTML = `<cp-impact-panel layout="list"><script type="application/json">${JSON.stringify(youthBoard)}</script></cp-impact-panel>`;
    const el = wrapper.querySelector('cp-impact-panel')!;
    await settled(wrapper);
    expect(el.loader.state).to.equal('ready');
    expect(text(inner(el, '.title'))).to.equal('What the youth advisory board changed');
    expect(visible(el)).to.have.length(youthBoard.items.length);
    await expectNoAxeViolations(el);
  });

  it('takes JSON in the data attribute', async () => {
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel data=${JSON.stringify(small)}></cp-impact-panel>`);
    expect(visible(el)).to.have.length(7);
  });

  it('the published schema accepts every story data set', () => {
    for (const data of [foodProject, youthBoard, generateItems(200)]) {
      expect(check(schema as Schema, data)).to.deep.equal([]);
    }
  });
});

// ---- What each item shows ----

describe('cp-impact-panel: items', () => {
  it('shows what people said, how many, where and when, with dates in the page language', async () => {
    const el = await panel(foodProject);
    const first = visible(el).find((li) => text(li).includes('two bus rides away'))!;
    expect(text(first.querySelector('.said'))).to.equal(`You said ${foodProject.items[0]!.youSaid}`);
    expect([...first.querySelectorAll('.meta li:not([hidden])')].map(text)).to.deep.equal([
      'Theme: Transport',
      '31 people said this',
      'Where: community meal',
      'When: 4 March 2026',
    ]);
    expect(text(first.querySelector('.muted'))).to.equal('Last updated 12 September 2026');
  });

  it('formats dates and numbers with the lang of the page, and follows a change of lang', async () => {
    const el = await panel(foodProject, 'de');
    expect(text(el.shadowRoot!.querySelector('.title + .muted'))).to.equal('Last updated 1. Oktober 2026');
    el.parentElement!.setAttribute('lang', 'en-US');
    await waitUntil(
      () => text(el.shadowRoot!.querySelector('.title + .muted')) === 'Last updated October 1, 2026',
      'dates follow the new lang',
    );
  });

  it('uses the singular for one person', async () => {
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src=${GOOD}></cp-impact-panel>`);
    await loaded(el);
    expect(text(el.shadowRoot!.querySelector('[data-s="done"] .meta'))).to.contain('1 person said this');
  });

  it('shows each status in words next to a picture hidden from screen readers, never colour alone', async () => {
    const el = await panel(small);
    const words: Record<string, string> = {
      done: 'Done',
      'partly-done': 'Partly done',
      considering: 'Being considered',
      'not-possible': 'Not possible',
      'in-progress': 'In progress',
      planned: 'Planned',
    };
    for (const li of visible(el)) {
      const status = li.querySelector('.status')!;
      expect(text(status)).to.equal(`Status: ${words[li.dataset.s!]}`);
      expect(status.querySelector('.vh')!.textContent).to.equal('Status: ');
      const svg = status.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.querySelector('path, circle')).to.exist;
    }
    // Each status has its own picture.
    const pictures = new Set(visible(el).map((li) => li.querySelector('svg')!.innerHTML.replace(/<!--.*?-->/g, '')));
    expect(pictures.size).to.equal(6);
  });

  it('shows the reason for "partly done" and "not possible" as prominently as the action', async () => {
    const el = await panel(small);
    for (const [s, label] of [
      ['partly-done', 'Why we could only do part of this'],
      ['not-possible', 'Why we could not do this'],
    ]) {
      const li = inner(el, `[data-s="${s}"]`);
      const [action, reason] = [...li.querySelectorAll('.act')];
      expect(text(action!.querySelector('.label'))).to.equal('What we did');
      expect(text(reason!.querySelector('.label'))).to.equal(label);
      const [a, r] = [action!.querySelector('p:last-child')!, reason!.querySelector('p:last-child')!].map((p) =>
        getComputedStyle(p),
      );
      expect(r!.fontSize).to.equal(a!.fontSize);
      expect(r!.fontWeight).to.equal(a!.fontWeight);
      expect(r!.color).to.equal(a!.color);
    }
    expect(text(inner(el, '[data-s="in-progress"] .act .label'))).to.equal('What we are doing');
  });

  it('has a summary line counting items by status, with plural-aware strings', async () => {
    const el = await panel(small);
    expect(text(inner(el, '.summary'))).to.equal(
      '2 done, 1 partly done, 1 in progress, 1 planned, 1 being considered, 1 not possible',
    );
    el.strings = { impactPanelDoneCount_one: '{count} thing done', impactPanelDoneCount_other: '{count} things done' };
    await el.updateComplete;
    expect(text(inner(el, '.summary'))).to.match(/^2 things done, /);
    el.data = { items: [small.items[0]!] };
    await el.updateComplete;
    expect(text(inner(el, '.summary'))).to.equal('1 thing done');
  });

  it('puts the title at heading level 2 and items one level below, or as heading-level says', async () => {
    const el = await panel(small);
    expect(inner(el, '.title').getAttribute('role')).to.equal('heading');
    expect(inner(el, '.title').getAttribute('aria-level')).to.equal('2');
    expect(
      all(el, '.said').every((h) => h.getAttribute('role') === 'heading' && h.getAttribute('aria-level') === '3'),
    ).to.equal(true);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(inner(el, '.title').getAttribute('aria-level')).to.equal('3');
    expect(inner(el, '.said').getAttribute('aria-level')).to.equal('4');
    expect(text(inner(el, '.title'))).to.equal('You said, we did');
  });

  it('has three layouts: cards in columns, a list, and a compact list without the details line', async () => {
    const el = await mount<CpImpactPanel>(
      html`<div style="width: 1000px"><cp-impact-panel .data=${foodProject}></cp-impact-panel></div>`,
    ).then((w) => w.querySelector('cp-impact-panel')!);
    expect(el.getAttribute('layout')).to.equal('cards');
    expect(getComputedStyle(inner(el, '.items')).gridTemplateColumns.split(' ')).to.have.length(3);
    el.layout = 'list';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('list');
    expect(getComputedStyle(inner(el, '.items')).display).to.equal('block');
    expect(getComputedStyle(inner(el, '.meta')).display).to.equal('flex');
    el.layout = 'compact';
    await el.updateComplete;
    expect(getComputedStyle(inner(el, '.meta')).display).to.equal('none');
    expect(getComputedStyle(inner(el, '.act')).display).to.equal('block');
  });

  it('fits 320px without scrolling sideways', async () => {
    const wrapper = await mount(
      html`<div style="width: 320px"><cp-impact-panel .data=${foodProject}></cp-impact-panel></div>`,
    );
    const el = wrapper.querySelector('cp-impact-panel')!;
    expect(getComputedStyle(inner(el, '.items')).gridTemplateColumns.split(' ')).to.have.length(1);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const li of visible(el)) expect(li.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('links only to safe addresses: a javascript: link leaves its item out', async () => {
    const el = await panel({
      items: [
        { id: 'x', youSaid: 'Bad link', status: 'done', links: [{ label: 'Click', href: 'javascript:alert(1)' }] },
        {
          id: 'y',
          youSaid: 'Good links',
          status: 'done',
          links: [
            { label: 'Web', href: 'https://example.org/a' },
            { label: 'Relative', href: 'easy-read.pdf' },
            { label: 'Email', href: 'mailto:team@example.org' },
            { label: 'Path with colon', href: '/notes/10:30' },
          ],
        },
      ],
    });
    expect(said(el)).to.deep.equal(['Good links']);
    expect(logs.warn[0]).to.contain('items[0].links[0].href');
  });
});

// ---- Problems in the data ----

describe('cp-impact-panel: problems in the data', () => {
  it('leaves out an item that is "not possible" without a reason, or has an unknown status, names each in the console, and shows the rest', async () => {
    const el = await panel(withProblems);
    expect(el.loader.state).to.equal('ready');
    expect(said(el)).to.have.members(['Halal food is hard to find at the food bank.', 'The underpass is too dark.']);
    expect(text(inner(el, '.summary'))).to.equal('2 done');
    expect(logs.error).to.deep.equal([]);
    expect(logs.warn).to.have.length(1);
    const [warning] = logs.warn;
    expect(warning).to.contain('<cp-impact-panel>');
    expect(warning).to.contain('left out');
    expect(warning).to.contain('items[1].reason: is required (the entry with id "bad-no-reason")');
    expect(warning).to.contain(
      'items[2].status: must be one of: considering, planned, in-progress, done, partly-done, not-possible',
    );
    expect(warning).not.to.contain('items[0]');
    expect(warning).not.to.contain('items[3]');
    await expectNoAxeViolations(el);
  });

  it('leaves out a "partly done" item without a reason too, but keeps a reason on other statuses optional', async () => {
    const el = await panel({
      items: [
        { id: 'p', youSaid: 'Later buses', weDid: 'Weekday buses only.', status: 'partly-done' },
        { id: 'q', youSaid: 'Cheaper food', status: 'not-possible', reason: '' },
        { id: 'r', youSaid: 'A bench', status: 'done' },
        { id: 's', youSaid: 'A minibus', status: 'considering', reason: 'We need a driver first.' },
      ],
    });
    expect(said(el)).to.have.members(['A bench', 'A minibus']);
    expect(logs.warn).to.have.length(1);
    expect(logs.warn[0]).to.contain('items[0].reason: is required (the entry with id "p")');
    expect(logs.warn[0]).to.contain('items[1].reason');
    expect(
      [...inner(el, '[data-s="considering"]').querySelectorAll('.act:not([hidden]) .label')].map(text),
    ).to.deep.equal(['Why']);
  });

  it('also from a src URL', async () => {
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src=${PARTIAL}></cp-impact-panel>`);
    await loaded(el);
    expect(said(el)).to.have.members(['More seating at the community meal.', 'Longer opening hours.']);
    expect(logs.warn[0]).to.contain(PARTIAL);
    expect(logs.warn[0]).to.contain('items[1].reason: is required (the entry with id "p-2")');
    expect(logs.warn[0]).to.contain('items[2].status');
  });

  it('data it cannot use at all shows a plain message as an alert, never a blank box', async () => {
    const el = await panel(unusable);
    expect(el.loader.state).to.equal('invalid');
    expect(stateText(el)).to.equal('Sorry, this cannot be shown because its content has a problem.');
    expect(inner(el, '.state').getAttribute('role')).to.equal('alert');
    expect(logs.error[0]).to.contain('items: is required');
    expect(logs.error[0]).to.contain('entries: is not a known field');
    await expectNoAxeViolations(el);
  });

  it('invalid inline JSON shows the same message', async () => {
    const wrapper = await mount(html`<div></div>`);
    wrapper.innerHTML = `<cp-impact-panel><script type="application/json">{ "items": [ }</script></cp-impact-panel>`;
    await settled(wrapper);
    const el = wrapper.querySelector('cp-impact-panel')!;
    expect(stateText(el)).to.equal('Sorry, this cannot be shown because its content has a problem.');
    expect(logs.error[0]).to.contain('is not valid JSON');
  });
});

// ---- Loading, failing, empty ----

describe('cp-impact-panel: loading, failed and empty', () => {
  it('says it is loading, politely, until the data arrives', async () => {
    const calls = stubFetch();
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src="/impact"></cp-impact-panel>`);
    expect(stateText(el)).to.equal('Loading…');
    expect(inner(el, '.state').getAttribute('role')).to.equal('status');
    await expectNoAxeViolations(el);
    calls[0]!.respond(new Response(JSON.stringify(small)));
    await loaded(el);
    expect(visible(el)).to.have.length(7);
  });

  it('a failed src shows a plain message with "Try again", which loads it again (keyboard)', async () => {
    const calls = stubFetch();
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src=${MISSING}></cp-impact-panel>`);
    calls[0]!.respond(new Response('Not found', { status: 404 }));
    await loaded(el);
    expect(el.loader.state).to.equal('failed');
    expect(inner(el, '.state').getAttribute('role')).to.equal('alert');
    expect(text(inner(el, '.state p'))).to.equal(
      'Sorry, this could not be loaded. Check your connection and try again.',
    );
    expect(logs.error[0]).to.contain('HTTP 404');
    const retry = inner<HTMLButtonElement>(el, 'button.retry');
    expect(text(retry)).to.equal('Try again');
    expect(retry.getBoundingClientRect().height).to.be.at.least(44);
    await expectNoAxeViolations(el);

    retry.focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.have.length(2);
    expect(calls[1]!.url).to.equal(MISSING);
    calls[1]!.respond(new Response(JSON.stringify(small)));
    await loaded(el);
    expect(visible(el)).to.have.length(7);
  });

  it('a real 404 from the server is a failed load', async () => {
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src=${MISSING}></cp-impact-panel>`);
    await loaded(el);
    expect(el.loader.state).to.equal('failed');
    expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
  });

  it('says "Nothing to show yet" with no items, and with no data at all', async () => {
    const el = await panel({ title: 'You said, we did', items: [] });
    expect(text(inner(el, '.title'))).to.equal('You said, we did');
    expect(stateText(el)).to.equal('Nothing to show yet');
    expect(el.shadowRoot!.querySelector('.controls')).to.equal(null);
    await expectNoAxeViolations(el);
    const bare = await mount<CpImpactPanel>(html`<cp-impact-panel></cp-impact-panel>`);
    expect(stateText(bare)).to.equal('Nothing to show yet');
  });
});

// ---- Filters, search and sort ----

describe('cp-impact-panel: filters, search and sort', () => {
  it('has labelled native controls: theme and status selects, a search box and a sort select', async () => {
    const el = await panel(small);
    const labels = all<HTMLLabelElement>(el, '.controls label').map((l) => [
      text(l),
      l.control?.localName,
      (l.control as HTMLInputElement)?.type,
    ]);
    expect(labels).to.deep.equal([
      ['Theme', 'select', 'select-one'],
      ['Status', 'select', 'select-one'],
      ['Search', 'input', 'search'],
      ['Sort by', 'select', 'select-one'],
    ]);
    expect([...inner<HTMLSelectElement>(el, '[name="filterTheme"]').options].map((o) => o.text)).to.deep.equal([
      'All themes',
      'Food',
      'Money',
      'Transport',
    ]);
    // Only the statuses in the data, in the summary's order.
    expect([...inner<HTMLSelectElement>(el, '[name="filterStatus"]').options].map((o) => o.text)).to.deep.equal([
      'All statuses',
      'Done',
      'Partly done',
      'In progress',
      'Planned',
      'Being considered',
      'Not possible',
    ]);
  });

  it('filters by theme and status, announcing the number of matches politely', async () => {
    const el = await panel(small);
    const live = inner(el, '.count');
    expect(live.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal('Showing 7 of 7 updates');

    await choose(el, 'filterTheme', 'Food');
    expect(said(el)).to.have.members(['More fresh fruit at the Café', 'Halal food', 'Baby milk']);
    expect(count(el)).to.equal('Showing 3 of 7 updates');
    expect(inner(el, '.count'), 'the same live region is updated, not replaced').to.equal(live);

    await choose(el, 'filterStatus', 'done');
    expect(said(el)).to.have.members(['More fresh fruit at the Café', 'Baby milk']);
    expect(count(el)).to.equal('Showing 2 of 7 updates');

    await choose(el, 'filterTheme', '');
    await choose(el, 'filterStatus', 'not-possible');
    expect(said(el)).to.deep.equal(['Cash, not parcels']);
    await expectNoAxeViolations(el);
  });

  it('searches every word of an item, ignoring case and accents', async () => {
    const el = await panel(small);
    await choose(el, 'search', 'CAFE');
    expect(said(el)).to.deep.equal(['More fresh fruit at the Café']);
    await choose(el, 'search', 'funder');
    expect(said(el), 'the reason is searched too').to.deep.equal(['Cash, not parcels']);
    await choose(el, 'search', '  ');
    expect(visible(el)).to.have.length(7);
  });

  it('searches quotes, timeline steps and link words, but not dates or addresses', async () => {
    const el = await panel(foodProject);
    await choose(el, 'search', 'toddler');
    expect(said(el)).to.deep.equal([foodProject.items[0]!.youSaid]);
    await choose(el, 'search', 'transport meeting');
    expect(said(el)).to.deep.equal([foodProject.items[0]!.youSaid]);
    await choose(el, 'search', 'timetable');
    expect(said(el)).to.deep.equal([foodProject.items[0]!.youSaid]);
    await choose(el, 'search', 'example.org');
    expect(visible(el)).to.have.length(0);
    await choose(el, 'search', '2026');
    expect(visible(el)).to.have.length(0);
  });

  it('filters as someone types in the search box', async () => {
    const el = await panel(small);
    inner(el, 'input[type="search"]').focus();
    await sendKeys({ type: 'bus' });
    await el.updateComplete;
    expect(said(el)).to.deep.equal(['A later bus', 'A minibus']);
    expect(count(el)).to.equal('Showing 2 of 7 updates');
    await sendKeys({ type: ' ' });
    await el.updateComplete;
    expect(said(el)).to.deep.equal(['A later bus', 'A minibus'], 'spaces around the words are ignored');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(visible(el)).to.have.length(7);
  });

  it('says when nothing matches', async () => {
    const el = await panel(small);
    await choose(el, 'search', 'swimming pool');
    expect(visible(el)).to.have.length(0);
    expect(count(el)).to.equal('Showing 0 of 7 updates');
    expect(stateText(el)).to.equal('Nothing matches. Try a different theme, status or search.');
    await expectNoAxeViolations(el);
    await choose(el, 'search', '');
    expect(el.shadowRoot!.querySelector('.none')).to.equal(null);
  });

  it('sorts newest first by default, or by status with done first', async () => {
    const el = await panel(small);
    expect(said(el)).to.deep.equal([
      'Baby milk', // 2026-07-01
      'Evening meetings', // 06-01
      'A later bus', // 05-01
      'Cash, not parcels', // 04-01
      'Halal food', // 03-01
      'More fresh fruit at the Café', // 02-01
      'A minibus', // said 01-15, no update
    ]);
    await choose(el, 'sort', 'status');
    expect(visible(el).map((li) => li.dataset.s)).to.deep.equal([
      'done',
      'done',
      'partly-done',
      'in-progress',
      'planned',
      'considering',
      'not-possible',
    ]);
    expect(said(el).slice(0, 2), 'newest first within a status').to.deep.equal([
      'Baby milk',
      'More fresh fruit at the Café',
    ]);
  });

  it('ignores a filter for a theme or status that is not in the data, as its list shows', async () => {
    const el = await mount<CpImpactPanel>(
      html`<cp-impact-panel filter-theme="Housing" filter-status="planned" .data=${small}></cp-impact-panel>`,
    );
    expect(said(el)).to.deep.equal(['Evening meetings']);
    el.filterStatus = 'no-such-status';
    await el.updateComplete;
    expect(visible(el)).to.have.length(7);
    expect(inner<HTMLSelectElement>(el, '[name="filterTheme"]').value).to.equal('');
    expect(count(el)).to.equal('Showing 7 of 7 updates');
  });

  it('takes its first filter from attributes, so a page can link to "Not possible"', async () => {
    const el = await mount<CpImpactPanel>(
      html`<cp-impact-panel filter-status="not-possible" sort="status" .data=${small}></cp-impact-panel>`,
    );
    expect(said(el)).to.deep.equal(['Cash, not parcels']);
    expect(inner<HTMLSelectElement>(el, '[name="filterStatus"]').value).to.equal('not-possible');
    expect(inner<HTMLSelectElement>(el, '[name="sort"]').value).to.equal('status');
  });

  it('keeps up with 1,000 items, laying out only those near the screen', async () => {
    const data = generateItems(1000);
    const el = await panel(data);
    expect(all(el, 'li.item')).to.have.length(1000);
    expect(getComputedStyle(all(el, 'li.item')[999]!).contentVisibility).to.equal('auto');
    expect(count(el)).to.equal('Showing 1,000 of 1,000 updates');
    await choose(el, 'filterStatus', 'not-possible');
    const expected = data.items.filter((i) => i.status === 'not-possible').length;
    expect(expected).to.be.greaterThan(50);
    expect(visible(el)).to.have.length(expected);
    expect(count(el)).to.equal(`Showing ${expected} of 1,000 updates`);
    await choose(el, 'filterTheme', 'Transport');
    const fewer = data.items.filter((i) => i.status === 'not-possible' && i.theme === 'Transport').length;
    expect(visible(el)).to.have.length(fewer);
    expect(getComputedStyle(visible(el)[0]!).contentVisibility, 'still, with 1,000 items in the data').to.equal('auto');
    const short = await panel(small);
    expect(getComputedStyle(visible(short)[0]!).contentVisibility, 'short lists are laid out in full').to.equal(
      'visible',
    );
  });
});

// ---- Disclosure ----

describe('cp-impact-panel: quotes, timeline and links disclosure', () => {
  it('opens and closes with Enter and Space, and says so with aria-expanded', async () => {
    const el = await panel(foodProject);
    const li = visible(el).find((l) => text(l).includes('two bus rides away'))!;
    const button = li.querySelector<HTMLButtonElement>('button.toggle')!;
    const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(li.contains(region)).to.equal(true);
    expect(text(button)).to.equal('More about this');
    expect(button.type).to.equal('button');
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)).to.equal(li.querySelector('.said'));
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
    expect(button.getBoundingClientRect().height).to.be.at.least(44);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.equal(false);
    expect(region.checkVisibility()).to.equal(true);
    expect([...region.querySelectorAll('.label')].map(text)).to.deep.equal([
      'What people said',
      'What has happened so far',
      'Find out more',
    ]);
    expect(region.querySelectorAll('blockquote')).to.have.length(2);
    expect(region.querySelectorAll('ol li')).to.have.length(3);
    expect(text(region.querySelector('ol li'))).to.equal(
      '15 April 2026 Met the bus company and shared what 31 people told us.',
    );
    expect(region.querySelector('time')!.getAttribute('datetime')).to.equal('2026-04-15');
    expect(region.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.org/eastfield/buses-easy-read.pdf',
    );
    expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
    await expectNoAxeViolations(el);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.equal(true);
  });

  it('keeps each item open or closed through a sort', async () => {
    const el = await panel(foodProject);
    const li = visible(el).find((l) => text(l).includes('underpass'))!;
    li.querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    await choose(el, 'sort', 'status');
    const open = all<HTMLButtonElement>(el, '.toggle[aria-expanded="true"]');
    expect(open).to.have.length(1);
    expect(text(open[0]!.closest('li')!.querySelector('.said'))).to.contain('underpass');
  });

  it('has no button for items with nothing more to show', async () => {
    const el = await panel(small);
    expect(el.shadowRoot!.querySelector('.toggle')).to.equal(null);
  });
});

// ---- Print ----

describe('cp-impact-panel: print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('has a print stylesheet', async () => {
    const el = await panel(foodProject);
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    expect(print).to.have.length(1);
    expect(print[0]!.cssText).to.contain('.controls');
    expect(print[0]!.cssText).to.contain('.more');
  });

  it('prints the items shown, each with its quotes, timeline and links, with the count line and without the controls', async () => {
    const el = await panel(foodProject);
    await choose(el, 'filterTheme', 'Safety');
    expect(visible(el)).to.have.length(2);
    const more = all(el, '.items .more');
    expect(more).to.have.length(2);
    expect(
      more.every((m) => m.childElementCount === 0),
      'closed disclosures are empty on screen',
    ).to.equal(true);

    window.dispatchEvent(new Event('beforeprint'));
    expect(
      more.every((m) => m.childElementCount > 0),
      'filled at once, before print() goes on',
    ).to.equal(true);
    await emulateMedia({ media: 'print' });
    for (const selector of ['.controls', '.toggle']) {
      expect(
        all(el, selector).every((e) => getComputedStyle(e).display === 'none'),
        `${selector} is not printed`,
      ).to.equal(true);
    }
    expect(getComputedStyle(inner(el, '.count')).display, 'the count says what was printed').to.equal('block');
    expect(visible(el).every((li) => getComputedStyle(li).display === 'block')).to.equal(true);
    expect(
      more.every((m) => getComputedStyle(m).display === 'block'),
      'every disclosure is printed open',
    ).to.equal(true);
    // Newest first: young people robbed on the way (1 quote), then the underpass (2 quotes, 2 steps).
    expect(text(more[0]!.querySelector('.label'))).to.equal('What people said');
    expect(more.map((m) => m.querySelectorAll('blockquote').length)).to.deep.equal([1, 2]);
    expect(more.map((m) => m.querySelectorAll('ol li').length)).to.deep.equal([0, 2]);

    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(getComputedStyle(inner(el, '.controls')).display).to.equal('flex');
    expect(more.every((m) => getComputedStyle(m).display === 'none')).to.equal(true);
    expect(
      more.every((m) => m.childElementCount === 0),
      'closed again after printing',
    ).to.equal(true);
  });
});

// ---- Raised by: counts the collector makes from linked feedback (issue 12) ----

describe('cp-impact-panel: raised by (issue 12)', () => {
  const item = (extra: Partial<ImpactData['items'][number]>) =>
    ({ id: 'x', youSaid: 'A later bus', status: 'planned', ...extra }) as ImpactData['items'][number];
  const metaOf = (el: CpImpactPanel, i = 0) =>
    [...visible(el)[i]!.querySelectorAll<HTMLLIElement>('.meta li')].filter((li) => !li.hidden).map(text);

  it('says "Raised by 23 people" and "Raised by 1 person" as a plain sentence in the item, numbers in the page language', async () => {
    const el = await panel({
      items: [
        item({ id: 'a', raisedBy: 23, updatedOn: '2026-03-01' }),
        item({ id: 'b', raisedBy: 1, updatedOn: '2026-02-01' }),
        item({ id: 'c', raisedBy: 1234, updatedOn: '2026-01-01' }),
      ],
    });
    expect(metaOf(el, 0)).to.deep.equal(['Raised by 23 people']);
    expect(metaOf(el, 1)).to.deep.equal(['Raised by 1 person']);
    expect(metaOf(el, 2)).to.deep.equal(['Raised by 1,234 people']);
    // Words in the item, read in order with it: not a badge, not hidden from screen readers.
    const li = [...visible(el)[0]!.querySelectorAll('.meta li')].find((x) => text(x) === 'Raised by 23 people')!;
    expect(li.closest('[aria-hidden="true"]')).to.equal(null);
    expect(text(visible(el)[0])).to.contain('Raised by 23 people');
    await expectNoAxeViolations(el.parentElement!);
  });

  it('shows nothing about who raised it when raisedBy is absent or 0', async () => {
    const el = await panel({
      items: [
        item({ id: 'a', theme: 'Transport', updatedOn: '2026-03-01' }),
        item({ id: 'b', raisedBy: 0, updatedOn: '2026-02-01' }),
      ],
    });
    expect(metaOf(el, 0)).to.deep.equal(['Theme: Transport']);
    expect(metaOf(el, 1)).to.deep.equal([]);
    expect(visible(el)[1]!.querySelector<HTMLElement>('.meta')!.hidden).to.equal(true);
    expect(visible(el).map(text).join(' ')).not.to.match(/raised/i);
  });

  it('takes its words from strings, with every plural form the language has (Intl.PluralRules)', async () => {
    const wrapper = await mount(html`<div lang="ar" dir="rtl"><cp-impact-panel></cp-impact-panel></div>`);
    const el = wrapper.querySelector<CpImpactPanel>('cp-impact-panel')!;
    el.strings = {
      impactPanelRaisedBy_one: 'أثاره شخص واحد',
      impactPanelRaisedBy_two: 'أثاره شخصان',
      impactPanelRaisedBy_few: 'أثاره {count} أشخاص',
      impactPanelRaisedBy_other: 'أثاره {count} شخصًا',
    } as CpImpactPanel['strings'];
    el.data = {
      items: [1, 2, 3, 11].map((n, i) => item({ id: `i${n}`, raisedBy: n, updatedOn: `2026-0${5 - i}-01` })),
    };
    await settled(wrapper);
    expect([0, 1, 2, 3].map((i) => metaOf(el, i)[0])).to.deep.equal([
      'أثاره شخص واحد',
      'أثاره شخصان',
      `أثاره ${(3).toLocaleString('ar')} أشخاص`,
      `أثاره ${(11).toLocaleString('ar')} شخصًا`,
    ]);
  });

  it('shows raisedAt as when it was raised, and the later of updatedOn and updatedAt as the last update, in the page language', async () => {
    const el = await panel(
      { items: [item({ id: 'a', raisedBy: 2, raisedAt: '2026-05-11T12:00:00Z', updatedAt: '2026-08-02T12:00:00Z' })] },
      'de',
    );
    expect(metaOf(el)).to.deep.equal(['Raised by 2 people', 'When: 11. Mai 2026']);
    expect(text(visible(el)[0]!.querySelector('.muted'))).to.equal('Last updated 2. August 2026');
    // Staff's own dates stay where they are given; the later update wins.
    const own = await panel({
      items: [
        item({
          id: 'a',
          saidOn: '2026-05-01',
          raisedAt: '2026-05-11T12:00:00Z',
          updatedOn: '2026-09-01',
          updatedAt: '2026-08-02T12:00:00Z',
        }),
      ],
    });
    expect(metaOf(own)).to.deep.equal(['When: 1 May 2026']);
    expect(text(visible(own)[0]!.querySelector('.muted'))).to.equal('Last updated 1 September 2026');
  });

  it("sorts newest first by the collector's updatedAt too", async () => {
    const el = await panel({
      items: [
        item({ id: 'a', youSaid: 'Old', updatedOn: '2026-03-01' }),
        item({ id: 'b', youSaid: 'New', updatedAt: '2026-04-01T12:00:00Z' }),
      ],
    });
    expect(said(el)).to.deep.equal(['New', 'Old']);
  });

  it('the schema takes raisedBy as a whole number of 0 or more, with raisedAt and updatedAt as dates and times', () => {
    expect(check(schema as Schema, fromCollector)).to.deep.equal([]);
    expect(fromCollector.items.map((i) => i.raisedBy)).to.deep.equal([23, 1, undefined]);
    for (const raisedBy of [-1, 1.5, '23'])
      expect(check(schema as Schema, { items: [item({ raisedBy: raisedBy as number })] })).to.have.length(1);
    expect(check(schema as Schema, { items: [item({ raisedBy: 0 })] })).to.deep.equal([]);
  });

  it('the story shows the counts from the collector, and nothing for the item without linked feedback', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.RaisedBy as StoryLike);
    const el = main.querySelector<CpImpactPanel>('cp-impact-panel')!;
    const byId = (id: string) =>
      visible(el).find((li) => text(li).includes(fromCollector.items.find((i) => i.id === id)!.youSaid))!;
    expect(text(byId('ysw-001'))).to.contain('Raised by 23 people');
    expect(text(byId('ysw-002'))).to.contain('Raised by 1 person');
    expect(text(byId('ysw-003'))).not.to.contain('Raised by');
  });
});

// ---- Words ----

describe('cp-impact-panel: strings', () => {
  it('takes every word from strings, and right to left from the page', async () => {
    const wrapper = await mount(
      html`<div dir="rtl" lang="ar"><cp-impact-panel .data=${small}></cp-impact-panel></div>`,
    );
    const el = wrapper.querySelector('cp-impact-panel')!;
    expect(getComputedStyle(el).direction).to.equal('rtl');
    el.strings = { impactPanelYouSaid: 'قلتم', impactPanelSearch: 'بحث' };
    await el.updateComplete;
    expect(text(inner(el, '.said .label'))).to.equal('قلتم');
    expect(text(inner(el, 'label[for="search"]'))).to.equal('بحث');
    await expectNoAxeViolations(wrapper);
  });
});

describe('cp-impact-panel: the right-to-left story', () => {
  it('is in Arabic throughout, counts included (Arabic has its own "one" form)', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.RightToLeft as StoryLike);
    const el = main.querySelector('cp-impact-panel')!;
    const words = [inner(el, '.summary'), inner(el, '.count'), ...visible(el)].map(text).join(' ');
    expect(text(inner(el, '.summary'))).to.match(/^تم: \S+/);
    expect(words, 'no English words').not.to.match(/[a-z]{2,}/i);
  });
});

// ---- axe on every story ----

axeEveryStory('impact-panel.stories.ts', stories, async (el) => {
  const panels = [...el.querySelectorAll<CpImpactPanel>('cp-impact-panel[src]')];
  await Promise.all(panels.map(loaded));
});
