import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Outbox } from '../src/core/outbox.js';
import { fallbackKeys } from '../src/core/outbox-keep.js';
import { answerYes, forgetOutbox, stubFetchIn, type Reply } from './helpers/fetch.js';
import { text, until } from './helpers/dom.js';

// The outbox (src/core/outbox.ts) is a file of its own, loaded only when a send fails or an
// earlier visit left something to send. Each test opens pages of the kit (src/, in frames: each
// frame a fresh page load) and watches which files they ask for.
const OUTBOX = '*/src/core/outbox.*';

type Win = Window & typeof globalThis;
let frames: HTMLIFrameElement[] = [];
const prepare: ((w: Win) => void)[] = ((window as { prepare?: unknown }).prepare = []);

/** A page load with one page-feedback question, whose fetch (the POSTs) replies with `replies`. */
const openPage = (...replies: (Reply | 'offline')[]) => open(replies);

/**
 * The same on a device that never saved anything: the page sees no outbox database, whatever
 * other test files running at the same time (same origin) keep, and counts its own opens.
 */
async function openFreshPage(...replies: (Reply | 'offline')[]) {
  const opens: string[] = [];
  const page = await open(replies, (w) => {
    w.indexedDB.databases = async () => [];
    const real = w.indexedDB.open.bind(w.indexedDB);
    w.indexedDB.open = (name: string, version?: number) => (opens.push(name), real(name, version));
  });
  return { ...page, opens };
}

const PAGE_FEEDBACK = {
  tag: 'cp-page-feedback',
  markup: '<cp-page-feedback endpoint="/collect" min-seconds="0"></cp-page-feedback>',
};

async function open(replies: (Reply | 'offline')[], before?: (w: Win) => void, { tag, markup } = PAGE_FEEDBACK) {
  let stub: ReturnType<typeof stubFetchIn> | undefined;
  // The page's first script calls this, so fetch is stubbed before any kit code runs.
  const n = frames.length;
  prepare[n] = (w) => {
    before?.(w);
    stub = stubFetchIn(w, ...replies.map((r) => (r === 'offline' ? new w.TypeError('Failed to fetch') : r)));
  };
  const frame = Object.assign(document.createElement('iframe'), {
    title: 'A page',
    srcdoc: `<!doctype html><html lang="en"><head><title>Page</title><script>parent.prepare[${n}](window)</script>
      <script type="module" src="/src/components/${tag.slice(3)}/index.ts"></script></head>
      <body><main>${markup}</main></body></html>`,
  });
  frames.push(frame);
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Win;
  await win.customElements.whenDefined(tag);
  const el = frame.contentDocument!.querySelector(tag)!;
  return { win, el, calls: stub!.calls };
}

/** Presses Yes; resolves with the submission's id and status. */
const answer = async (page: Awaited<ReturnType<typeof openPage>>) => (await answerYes(page.el)).detail;

/** Whether the page has downloaded the outbox's file. */
const loadedOutbox = (win: Win) =>
  win.performance
    .getEntriesByType('resource')
    .some((e) => /\/src\/core\/outbox\.(js|ts)$/.test(new URL(e.name).pathname));

afterEach(async () => {
  await executeServerCommand('fail-requests', { urls: [] });
  for (const f of frames) f.remove();
  frames = [];
  // The next test starts on a device that never saved anything. (Not checked here: another test
  // file running at the same time, on the same origin, may make the database again.)
  await forgetOutbox();
});

describe('the outbox loads on demand', () => {
  it('a page whose sends succeed never downloads the outbox, and makes no database', async () => {
    const page = await openFreshPage(201);
    expect(await answer(page)).to.include({ status: 'sent' });
    expect(page.calls).to.have.length(1);
    expect(loadedOutbox(page.win)).to.equal(false);
    expect(page.opens).to.deep.equal([]);
  });

  it('a failed send downloads the outbox, which keeps the submission in its database', async () => {
    const page = await openPage('offline');
    const { id, status } = await answer(page);
    expect(status).to.equal('saved');
    expect(loadedOutbox(page.win)).to.equal(true);
    expect((await new Outbox().entries()).map((e) => e.id)).to.deep.equal([id]);
    await until(() => text(page.el.shadowRoot).includes('Saved on this device'), 'the page says it is saved');
  });

  it('a page load with an outbox database loads the outbox at start and sends what was left, once', async () => {
    const { id } = await answer(await openPage('offline'));
    const next = await openPage(201);
    await until(() => next.calls.length > 0, 'the next page sent what was left');
    expect(loadedOutbox(next.win)).to.equal(true);
    expect(next.calls.map((c) => c.headers['idempotency-key'])).to.deep.equal([id]);
    await until(async () => (await new Outbox().entries()).length === 0, 'the outbox is empty');
    // A third page load sends nothing again.
    const third = await openPage(201);
    await new Promise((r) => setTimeout(r, 300));
    expect(third.calls).to.have.length(0);
  });

  it('a page with only form fields leaves what an earlier visit left to the next page with a widget that sends', async () => {
    const { id } = await answer(await openPage('offline'));
    const fields = await open([201], undefined, {
      tag: 'cp-text-field',
      markup: '<cp-text-field label="Name"></cp-text-field>',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(loadedOutbox(fields.win)).to.equal(false);
    expect(fields.calls).to.have.length(0);
    const next = await openPage(201);
    await until(() => next.calls.length > 0, 'the page with a widget that sends sent it');
    expect(next.calls.map((c) => c.headers['idempotency-key'])).to.deep.equal([id]);
  });

  it('when the outbox file cannot be downloaded either, keeps the submission in localStorage; the next page load sends it, once', async () => {
    await executeServerCommand('fail-requests', { urls: [OUTBOX] });
    const page = await openFreshPage('offline');
    const { id, status } = await answer(page);
    expect(status).to.equal('saved');
    await until(() => text(page.el.shadowRoot).includes('Saved on this device'), 'the page says it is saved');
    const failed = (await executeServerCommand('fail-requests', { urls: [] })) as string[];
    expect(
      failed.some((u) => /\/src\/core\/outbox\./.test(u)),
      'the outbox file was asked for and failed',
    ).to.equal(true);
    expect(fallbackKeys()).to.deep.equal([`coproduce-kit:outbox:${id}`]);
    expect(JSON.parse(localStorage.getItem(`coproduce-kit:outbox:${id}`)!)).to.include({ id, endpoint: '/collect' });
    expect(page.opens, 'nothing in IndexedDB: the outbox never loaded').to.deep.equal([]);
    // Two page loads at once (two tabs): the entry is sent once between them.
    const [a, b] = await Promise.all([openPage(201), openPage(201)]);
    await until(() => a.calls.length + b.calls.length > 0, 'a next page sent it');
    await until(
      async () => fallbackKeys().length === 0 && (await new Outbox().entries()).length === 0,
      'nothing is left',
    );
    await new Promise((r) => setTimeout(r, 300));
    const sent = [...a.calls, ...b.calls];
    expect(sent.map((c) => c.headers['idempotency-key'])).to.deep.equal([id]);
    expect((sent[0]!.body as { answers: unknown }).answers).to.deep.equal({ useful: 'yes' });
  });

  it('when the outbox file could not be downloaded, the same page sends the submission once it is back online', async () => {
    await executeServerCommand('fail-requests', { urls: [OUTBOX] });
    const page = await openPage('offline', 201);
    const { id, status } = await answer(page);
    expect(status).to.equal('saved');
    expect(fallbackKeys()).to.have.length(1);
    await executeServerCommand('fail-requests', { urls: [] });
    page.win.dispatchEvent(new Event('online'));
    await until(() => page.calls.length === 2, 'sent again once online');
    expect(page.calls[1]!.headers['idempotency-key']).to.equal(id);
    await until(() => fallbackKeys().length === 0, 'the fallback entry is gone');
  });
});
