import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import { captureConsole } from './helpers/console.js';
import { CpElement } from '../src/core/base-element.js';
import { DataController } from '../src/core/data-controller.js';
import type { Schema } from '../src/core/schema.js';

/**
 * Renders a template and waits for every Lit element in it. (open-wc's `fixture()` waits for an
 * animation frame when the root is not a Lit element, and a test page running in a background
 * tab — web-test-runner runs two files at once — never gets one.)
 */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}

// ---- A small test-only widget that uses the one data loader ----

interface Item {
  name: string;
  status: 'planned' | 'done';
  doneDate?: string;
}
interface List {
  title: string;
  items: Item[];
}

const schema: Schema = {
  type: 'object',
  required: ['title', 'items'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 1 },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'status'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          status: { enum: ['planned', 'done'] },
          doneDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
        if: { properties: { status: { const: 'done' } } },
        then: { required: ['doneDate'] },
      },
    },
  },
};

class TestList extends CpElement {
  static override properties = { ...CpElement.properties, data: { type: Object }, src: {} };
  declare data?: unknown;
  declare src?: string;
  readonly controller = new DataController<List>(this, { schema, partial: 'items' });

  protected override render() {
    return this.controller.render(
      (list) => html`<h2>${list.title}</h2>
        <ul>
          ${list.items.map((item) => html`<li>${item.name} (${item.status})</li>`)}
        </ul>`,
    );
  }
}
customElements.define('test-list', TestList);

// The fixtures end in .json.txt: the test server serves .json files as JavaScript modules (see tests/fixtures/README.md).
const FIXTURES = '/tests/fixtures/';
const GOOD = `${FIXTURES}feedback-list.json.txt`;
const PARTIAL = `${FIXTURES}feedback-list-partial.json.txt`;
const INVALID = `${FIXTURES}feedback-list-invalid.json.txt`;
const BROKEN = `${FIXTURES}feedback-list-broken.json.txt`;
const MISSING = `${FIXTURES}no-such-file.json.txt`;

const good: List = {
  title: 'You said, we did',
  items: [
    { name: 'More seating', status: 'planned' },
    { name: 'Longer opening hours', status: 'done', doneDate: '2024-05-01' },
  ],
};

const shown = (el: TestList) => ({
  title: text(el.shadowRoot!.querySelector('h2')),
  items: [...el.shadowRoot!.querySelectorAll('li')].map((li) => text(li)),
});
const stateText = (el: TestList) => text(el.shadowRoot!.querySelector('.state'));

/** Waits until a load has finished (whatever its outcome), then for the render. */
async function loaded(el: TestList) {
  await waitUntil(() => el.controller.state !== 'loading', 'the data did not finish loading');
  await el.updateComplete;
}

// ---- Console and fetch stubs ----

const logs = captureConsole();
const realFetch = window.fetch;

interface FetchCall {
  url: string;
  init: RequestInit;
  respond(response: Response): void;
  fail(error: Error): void;
}
/** Replaces fetch with one the test answers by hand. */
function stubFetch(): FetchCall[] {
  const calls: FetchCall[] = [];
  window.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
    new Promise<Response>((respond, fail) => {
      calls.push({ url: String(input), init, respond, fail });
      init.signal?.addEventListener('abort', () => fail(init.signal!.reason));
    })) as typeof fetch;
  return calls;
}
/** Wraps the real fetch to count calls. */
function spyFetch(): string[] {
  const urls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    return realFetch(input, init);
  }) as typeof fetch;
  return urls;
}
const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  window.fetch = realFetch;
});

// ---- Tests ----

describe('DataController: the data property', () => {
  it('renders valid data with no console output', async () => {
    const el = await mount<TestList>(html`<test-list .data=${good}></test-list>`);
    expect(el.controller.state).to.equal('ready');
    expect(el.controller.errors).to.deep.equal([]);
    expect(shown(el)).to.deep.equal({
      title: 'You said, we did',
      items: ['More seating (planned)', 'Longer opening hours (done)'],
    });
    expect(logs).to.deep.equal({ error: [], warn: [] });
    await expectNoAxeViolations(el);
  });

  it('renders nothing with no data at all', async () => {
    const el = await mount<TestList>(html`<test-list></test-list>`);
    expect(el.controller.state).to.equal('empty');
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  it('takes JSON in the data attribute', async () => {
    const el = await mount<TestList>(html`<test-list data=${JSON.stringify(good)}></test-list>`);
    expect(shown(el).items).to.have.length(2);
  });

  it('follows a new data value', async () => {
    const el = await mount<TestList>(html`<test-list .data=${good}></test-list>`);
    el.data = { title: 'Updated', items: [{ name: 'New bench', status: 'planned' }] };
    await el.updateComplete;
    expect(shown(el)).to.deep.equal({ title: 'Updated', items: ['New bench (planned)'] });
  });

  it('shows the invalid message and names each bad field in console.error', async () => {
    const el = await mount<TestList>(html`<test-list
      .data=${{ items: [{ name: 'More seating', status: 'planned' }], colour: 'red' }}
    ></test-list>`);
    expect(el.controller.state).to.equal('invalid');
    expect(stateText(el)).to.equal('Sorry, this cannot be shown because its content has a problem.');
    expect(inner(el, '.state').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.querySelector('li')).to.equal(null);
    expect(el.shadowRoot!.querySelector('button.retry'), 'data from the page cannot change on a retry').to.equal(null);
    expect(logs.error).to.have.length(1);
    const [message] = logs.error;
    expect(message).to.contain('<test-list>');
    expect(message).to.contain('the data property');
    expect(message).to.contain('title: is required');
    expect(message).to.contain('colour: is not a known field');
    expect(el.controller.errors.map((e) => e.path)).to.deep.equal(['title', 'colour']);
    await expectNoAxeViolations(el);
  });

  it('leaves out only the bad entries in partial mode, and warns naming them', async () => {
    const data = {
      title: 'Mixed',
      items: [
        { name: 'More seating', status: 'planned' },
        { name: 'Quieter music', status: 'finished' },
        { name: 'Longer opening hours', status: 'done', doneDate: '2024-05-01' },
        { name: 'Step-free access', status: 'done' },
        { name: '', status: 'planned' },
      ],
    };
    const el = await mount<TestList>(html`<test-list .data=${data}></test-list>`);
    expect(el.controller.state).to.equal('ready');
    expect(shown(el)).to.deep.equal({
      title: 'Mixed',
      items: ['More seating (planned)', 'Longer opening hours (done)'],
    });
    expect(logs.error).to.deep.equal([]);
    expect(logs.warn).to.have.length(1);
    const [warning] = logs.warn;
    expect(warning).to.contain('left out');
    expect(warning).to.contain('items[1].status: must be one of: planned, done');
    expect(warning).to.contain('items[3].doneDate: is required');
    expect(warning).to.contain('items[4].name: must not be empty');
    expect(el.controller.errors.map((e) => e.path)).to.deep.equal([
      'items[1].status',
      'items[3].doneDate',
      'items[4].name',
    ]);
    // The page's own object is not changed.
    expect(data.items).to.have.length(5);
  });

  it('in partial mode, a problem outside the list still makes the whole data invalid, and every problem is reported', async () => {
    const el = await mount<TestList>(html`<test-list
      .data=${{
        title: '',
        items: [
          { name: 'Good', status: 'planned' },
          { name: 'Bad', status: 'nope' },
        ],
      }}
    ></test-list>`);
    expect(el.controller.state).to.equal('invalid');
    expect(logs.warn).to.deep.equal([]);
    expect(logs.error).to.have.length(1);
    expect(logs.error[0]).to.contain('title: must not be empty');
    expect(logs.error[0]).to.contain('items[1].status');
  });

  it('in partial mode, a list that is not an array is invalid', async () => {
    const el = await mount<TestList>(html`<test-list .data=${{ title: 'T', items: 'none' }}></test-list>`);
    expect(el.controller.state).to.equal('invalid');
    expect(logs.error[0]).to.contain('items: must be array, not string');
  });

  it('valid data after invalid data shows again', async () => {
    const el = await mount<TestList>(html`<test-list .data=${{ title: 'T' }}></test-list>`);
    expect(el.controller.state).to.equal('invalid');
    el.data = good;
    await el.updateComplete;
    expect(el.controller.state).to.equal('ready');
    expect(el.controller.errors).to.deep.equal([]);
    expect(shown(el).items).to.have.length(2);
  });
});

describe('DataController: src', () => {
  it('loads JSON from the src URL', async () => {
    const urls = spyFetch();
    const el = await mount<TestList>(html`<test-list src=${GOOD}></test-list>`);
    await loaded(el);
    expect(urls).to.deep.equal([GOOD]);
    expect(el.controller.state).to.equal('ready');
    expect(shown(el)).to.deep.equal({
      title: 'You said, we did',
      items: ['More seating (planned)', 'Longer opening hours (done)'],
    });
    expect(logs.error).to.deep.equal([]);
  });

  it('shows a loading state until the response arrives, and asks for JSON without credentials', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/list"></test-list>`);
    expect(el.controller.state).to.equal('loading');
    const status = inner(el, '.state');
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('Loading…');
    await expectNoAxeViolations(el);

    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal('/list');
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(new Headers(calls[0]!.init.headers).get('Accept')).to.equal('application/json');

    calls[0]!.respond(json(good));
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.state')).to.equal(null);
    expect(shown(el).items).to.have.length(2);
  });

  it('a failed src (404) shows the failed message with a Try again button, and logs the error', async () => {
    const el = await mount<TestList>(html`<test-list src=${MISSING}></test-list>`);
    await loaded(el);
    expect(el.controller.state).to.equal('failed');
    const box = inner(el, '.state');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box.querySelector('p'))).to.equal(
      'Sorry, this could not be loaded. Check your connection and try again.',
    );
    const retry = inner<HTMLButtonElement>(el, 'button.retry');
    expect(text(retry)).to.equal('Try again');
    expect(retry.type).to.equal('button');
    expect(logs.error).to.have.length(1);
    expect(logs.error[0]).to.contain(MISSING);
    expect(logs.error[0]).to.contain('HTTP 404');
    await expectNoAxeViolations(el);
  });

  it('Try again fetches the src again', async () => {
    const urls = spyFetch();
    const el = await mount<TestList>(html`<test-list src=${MISSING}></test-list>`);
    await loaded(el);
    expect(urls).to.have.length(1);
    inner(el, 'button.retry').click();
    expect(el.controller.state).to.equal('loading');
    await el.updateComplete;
    expect(stateText(el)).to.equal('Loading…');
    await loaded(el);
    expect(urls).to.deep.equal([MISSING, MISSING]);
    expect(el.controller.state).to.equal('failed');
  });

  it('Try again shows the data when the second attempt works (keyboard)', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/flaky"></test-list>`);
    calls[0]!.respond(new Response('Not found', { status: 404 }));
    await loaded(el);
    expect(el.controller.state).to.equal('failed');

    inner(el, 'button.retry').focus();
    await sendKeys({ press: 'Enter' });
    expect(calls).to.have.length(2);
    expect(calls[1]!.url).to.equal('/flaky');
    calls[1]!.respond(json(good));
    await loaded(el);
    expect(el.controller.state).to.equal('ready');
    expect(shown(el).items).to.have.length(2);
  });

  it('a network error is a failed load', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/offline"></test-list>`);
    calls[0]!.fail(new TypeError('Failed to fetch'));
    await loaded(el);
    expect(el.controller.state).to.equal('failed');
    expect(logs.error[0]).to.contain('Failed to fetch');
  });

  it('a src whose JSON breaks the schema is invalid, naming the fields', async () => {
    const el = await mount<TestList>(html`<test-list src=${INVALID}></test-list>`);
    await loaded(el);
    expect(el.controller.state).to.equal('invalid');
    expect(stateText(el)).to.contain('Sorry, this cannot be shown because its content has a problem.');
    // Content at a URL can be put right at the other end: it can be loaded again.
    expect(el.shadowRoot!.querySelector('button.retry')?.textContent).to.equal('Try again');
    expect(logs.error).to.have.length(1);
    expect(logs.error[0]).to.contain(INVALID);
    expect(logs.error[0]).to.contain('title: is required');
    expect(logs.error[0]).to.contain('colour: is not a known field');
  });

  it('a src that is not JSON is invalid content, not a connection problem, and can be loaded again', async () => {
    const el = await mount<TestList>(html`<test-list src=${BROKEN}></test-list>`);
    await loaded(el);
    expect(el.controller.state).to.equal('invalid');
    expect(stateText(el)).to.contain('Sorry, this cannot be shown because its content has a problem.');
    // A Wi-Fi login page served instead of the JSON is fixed by trying again once connected.
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!;
    expect(retry.textContent).to.equal('Try again');
    expect(logs.error[0]).to.contain(BROKEN);
    expect(logs.error[0]).to.contain('is not valid JSON');
  });

  it('partial mode with a src leaves out only the bad entries and warns', async () => {
    const el = await mount<TestList>(html`<test-list src=${PARTIAL}></test-list>`);
    await loaded(el);
    expect(shown(el)).to.deep.equal({
      title: 'Some entries have problems',
      items: ['More seating (planned)', 'Longer opening hours (done)'],
    });
    expect(logs.error).to.deep.equal([]);
    expect(logs.warn).to.have.length(1);
    expect(logs.warn[0]).to.contain(PARTIAL);
    expect(logs.warn[0]).to.contain('items[1].status');
    expect(logs.warn[0]).to.contain('items[3].doneDate: is required');
  });

  it('a new src replaces the old one, and a late answer for the old one is dropped', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/first"></test-list>`);
    el.src = '/second';
    await el.updateComplete;
    expect(calls.map((c) => c.url)).to.deep.equal(['/first', '/second']);
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    calls[1]!.respond(json({ title: 'Second', items: [] }));
    await loaded(el);
    calls[0]!.respond(json({ title: 'First', items: [] }));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shown(el).title).to.equal('Second');
    expect(logs.error).to.deep.equal([]);
  });

  it('stops loading when removed, and loads again when put back', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/list"></test-list>`);
    const parent = el.parentElement!;
    el.remove();
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(calls).to.have.length(2);
    calls[1]!.respond(json(good));
    await loaded(el);
    expect(shown(el).items).to.have.length(2);
    expect(logs.error, 'the aborted load is not reported').to.deep.equal([]);
  });

  it('the data property wins over src, even when set while src is loading', async () => {
    const calls = stubFetch();
    const el = await mount<TestList>(html`<test-list src="/list"></test-list>`);
    el.data = { title: 'From the property', items: [] };
    await el.updateComplete;
    expect(shown(el).title).to.equal('From the property');
    calls[0]!.respond(json({ title: 'From src', items: [] }));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(shown(el).title).to.equal('From the property');
  });
});

describe('DataController: inline JSON', () => {
  it('reads a <script type="application/json"> child', async () => {
    const el = await mount<TestList>(html`<test-list>
      <script type="application/json">
        { "title": "Inline", "items": [{ "name": "More seating", "status": "planned" }] }
      </script>
    </test-list>`);
    expect(el.controller.state).to.equal('ready');
    expect(shown(el)).to.deep.equal({ title: 'Inline', items: ['More seating (planned)'] });
  });

  it('reads inline JSON from plain HTML', async () => {
    const wrapper = await mount(html`<div></div>`);
    wrapper.innerHTML = `<test-list><script type="application/json">${JSON.stringify(good)}</script></test-list>`;
    const el = wrapper.querySelector<TestList>('test-list')!;
    await el.updateComplete;
    expect(shown(el).items).to.have.length(2);
  });

  it('invalid inline JSON shows the invalid message and logs the parse error', async () => {
    const el = await mount<TestList>(html`<test-list>
      <script type="application/json">{ "title": "Oops", }</script>
    </test-list>`);
    expect(el.controller.state).to.equal('invalid');
    expect(stateText(el)).to.equal('Sorry, this cannot be shown because its content has a problem.');
    expect(logs.error).to.have.length(1);
    expect(logs.error[0]).to.contain('the inline JSON');
    expect(logs.error[0]).to.contain('(root): is not valid JSON');
    await expectNoAxeViolations(el);
  });

  it('inline JSON is checked against the schema too', async () => {
    const el = await mount<TestList>(html`<test-list>
      <script type="application/json">{ "title": "T", "items": [{ "name": "A", "status": "done" }] }</script>
    </test-list>`);
    expect(el.controller.state).to.equal('ready');
    expect(shown(el).items).to.deep.equal([]);
    expect(logs.warn[0]).to.contain('items[0].doneDate: is required');
  });

  it('only a direct child script counts, and src comes before it', async () => {
    const urls = spyFetch();
    const el = await mount<TestList>(html`<test-list src=${GOOD}>
      <script type="application/json">{ "title": "Inline", "items": [] }</script>
    </test-list>`);
    await loaded(el);
    expect(urls).to.deep.equal([GOOD]);
    expect(shown(el).title).to.equal('You said, we did');

    const nested = await mount<TestList>(html`<test-list>
      <div><script type="application/json">{ "title": "Nested", "items": [] }</script></div>
    </test-list>`);
    expect(nested.controller.state).to.equal('empty');
  });
});

describe('DataController: strings', () => {
  it('uses the widget’s translated strings for its states', async () => {
    const el = await mount<TestList>(html`<test-list
      .strings=${{ loadFailed: 'Methwyd llwytho.', retry: 'Rhowch gynnig arall' }}
      src=${MISSING}
    ></test-list>`);
    await loaded(el);
    expect(text(inner(el, '.state p'))).to.equal('Methwyd llwytho.');
    expect(text(inner(el, 'button.retry'))).to.equal('Rhowch gynnig arall');
  });
});
