import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { CpElement } from '../src/core/base-element.js';
import { Outbox, outbox, backoff } from '../src/core/outbox.js';
import { fallbackKeys, fallbackPrefix, waiting } from '../src/core/outbox-keep.js';
import { submit, type Delivery } from '../src/core/submit.js';
import { renderDelivery } from '../src/core/delivery-message.js';
import { newId } from '../src/core/ids.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import { stubConsole } from './helpers/console.js';
import { settled, text } from './helpers/dom.js';
import '../src/components/provider/index.js';
import '../src/components/button/index.js';

/** A minimal widget that submits through the shared transport. */
class TestSender extends CpElement {
  static override properties = { ...CpElement.properties, endpoint: {} };
  declare endpoint?: string;
  delivery?: Delivery;
  send(body: { id: string }) {
    return submit(this, 'cp-error-summary', { count: 1 }, body, '/v1/feedback');
  }
  protected override render() {
    return renderDelivery(this, this.delivery);
  }
}
customElements.define('test-sender', TestSender);

const body = (text = 'More fresh fruit, please') => ({ id: newId(), answers: { q1: text } });
const stub = useFetchStub();

// What decides, at each page load, whether the outbox is loaded at all (tests/outbox-lazy.test.ts
// watches the page load itself).
describe('outbox start-up', () => {
  it('finds nothing waiting, and creates no database, on a device that never saved anything', async () => {
    const name = `never-saved-${newId()}`;
    expect(await waiting(name)).to.equal(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.to.include(name);
    // The check can fail: once something is saved, the database is there, and waiting.
    const used = new Outbox(name);
    await used.save('/collect', newId(), '{}');
    expect(await waiting(name)).to.equal(true);
    await used.clear();
  });

  it('finds an entry kept in localStorage waiting, and clear() forgets it too', async () => {
    const name = `fallback-${newId()}`;
    localStorage.setItem(`${fallbackPrefix(name)}${newId()}`, '{}');
    expect((await indexedDB.databases()).map((d) => d.name)).not.to.include(name);
    expect(await waiting(name)).to.equal(true);
    await new Outbox(name).clear();
    expect(fallbackKeys(name)).to.deep.equal([]);
  });
});

describe('submit()', () => {
  it('POSTs JSON with the id as Idempotency-Key, no cookies, no Referer, and fires cp-submitted', async () => {
    const { calls } = stub(201);
    const el = await fixture<TestSender>(html`<test-sender endpoint="/collect"></test-sender>`);
    const b = body();
    const event = oneEvent(el, 'cp-submitted');
    expect(await el.send(b)).to.deep.equal({ status: 'sent' });
    expect((await event).detail).to.deep.equal({ id: b.id, status: 'sent' });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal('/collect');
    expect(calls[0]!.init.method).to.equal('POST');
    expect(calls[0]!.headers['content-type']).to.equal('application/json');
    expect(calls[0]!.headers['idempotency-key']).to.equal(b.id);
    expect(calls[0]!.init.credentials).to.equal('omit');
    expect(calls[0]!.init.referrerPolicy).to.equal('no-referrer');
    expect(calls[0]!.body).to.deep.equal(b);
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('sends nothing when the page cancels the event: the page delivers it itself', async () => {
    const { calls } = stub(201);
    const el = await fixture<TestSender>(
      html`<test-sender endpoint="/collect" @cp-error-summary=${(e: Event) => e.preventDefault()}></test-sender>`,
    );
    expect(await el.send(body())).to.deep.equal({ status: 'handled' });
    expect(calls).to.have.length(0);
  });

  it('uses the provider endpoint as the collector base address', async () => {
    const { calls } = stub(200);
    const p = await fixture(
      html`<cp-provider endpoint="https://collector.example.org/"><test-sender></test-sender></cp-provider>`,
    );
    const el = p.querySelector('test-sender') as TestSender;
    await settled(p);
    await el.send(body());
    expect(calls[0]!.url).to.equal('https://collector.example.org/v1/feedback');
  });

  it('says it could not send when there is no endpoint at all, and tells the page author', async () => {
    stub(200);
    const { logs, restore } = stubConsole(['error']);
    try {
      const el = await fixture<TestSender>(html`<test-sender></test-sender>`);
      const event = oneEvent(el, 'cp-submit-error');
      const d = await el.send(body());
      expect(d.status).to.equal('unsent');
      expect((await event).detail.status).to.equal('unsent');
      expect(logs.error[0]).to.contain('endpoint');
    } finally {
      restore();
    }
  });

  for (const [what, reply] of [
    ['no connection', offline()],
    ['a timeout', new DOMException('signal timed out', 'TimeoutError')],
    ['408', 408],
    ['429', 429],
    ['500', 500],
    ['503', 503],
  ] as const) {
    it(`keeps the submission on this device after ${what}, and says so`, async () => {
      stub(reply as number | Error);
      const el = await fixture<TestSender>(html`<test-sender endpoint="/collect"></test-sender>`);
      const b = body();
      const event = oneEvent(el, 'cp-submit-saved');
      el.delivery = await el.send(b);
      expect(el.delivery).to.deep.equal({ status: 'saved' });
      expect((await event).detail.id).to.equal(b.id);
      const [entry] = await outbox.entries();
      expect(entry!.id).to.equal(b.id);
      expect(JSON.parse(entry!.body)).to.deep.equal(b);
      el.requestUpdate();
      await el.updateComplete;
      const message = el.shadowRoot!.querySelector('.delivery')!;
      // Shown without a role: the widget's live region (deliveryLiveRegion) announces it once.
      expect(message.hasAttribute('role')).to.equal(false);
      expect(text(message)).to.equal('Saved on this device. It will be sent when you are back online.');
    });
  }

  it('does not keep a submission the server refused (4xx): reports the problem instead', async () => {
    stub(422);
    const el = await fixture<TestSender>(html`<test-sender endpoint="/collect"></test-sender>`);
    const event = oneEvent(el, 'cp-submit-error');
    el.delivery = await el.send(body());
    expect(el.delivery).to.deep.equal({ status: 'rejected', code: 422, message: 'status 422' });
    expect((await event).detail).to.include({ status: 'rejected', code: 422 });
    expect(await outbox.entries()).to.deep.equal([]);
    el.requestUpdate();
    await el.updateComplete;
    const message = el.shadowRoot!.querySelector('.delivery')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(text(message)).to.contain('They are still here');
  });
});

describe('the outbox', () => {
  async function saved(n = 1) {
    stub(offline());
    const el = await fixture<TestSender>(html`<test-sender endpoint="/collect"></test-sender>`);
    const bodies = [];
    for (let i = 0; i < n; i++) {
      const b = body(`answer ${i}`);
      bodies.push(b);
      expect(await el.send(b)).to.deep.equal({ status: 'saved' });
    }
    stub.current!.restore();
    return bodies;
  }

  it('offline, then back online: delivered exactly once, with the same id, then removed', async () => {
    const [b] = await saved();
    const { calls } = stub(201);
    const sent = oneEvent(window, 'cp-outbox-sent');
    window.dispatchEvent(new Event('online'));
    expect(((await sent) as CustomEvent).detail.id).to.equal(b!.id);
    await outbox.flush(true);
    expect(calls).to.have.length(1);
    expect(calls[0]!.headers['idempotency-key']).to.equal(b!.id);
    expect(calls[0]!.body).to.deep.equal(b);
    expect(await outbox.entries()).to.deep.equal([]);
  });

  it('5xx then success: retried with the same id and body, removed only after the 2xx', async () => {
    const [b] = await saved();
    const { calls } = stub(500, 502, 201);
    await outbox.flush(true);
    expect((await outbox.entries())[0]).to.include({ id: b!.id, attempts: 2 });
    await outbox.flush(true);
    expect((await outbox.entries())[0]).to.include({ id: b!.id, attempts: 3 });
    await outbox.flush(true);
    expect(await outbox.entries()).to.deep.equal([]);
    expect(calls.map((c) => c.headers['idempotency-key'])).to.deep.equal([b!.id, b!.id, b!.id]);
    expect(calls.every((c) => JSON.stringify(c.body) === JSON.stringify(b))).to.equal(true);
  });

  it('waits for the backoff before trying again, unless the browser comes back online', async () => {
    await saved();
    const { calls } = stub(201);
    await outbox.flush();
    expect(calls).to.have.length(0);
    expect(await outbox.entries()).to.have.length(1);
    await outbox.flush(true);
    expect(calls).to.have.length(1);
  });

  it('a reload: the next page load by any kit component sends what was left, once', async () => {
    const bodies = await saved(2);
    const { calls } = stub(201);
    // A new page: a fresh outbox object over the same database, started as any component starts it.
    const nextPage = new Outbox();
    await nextPage.start();
    expect(calls.map((c) => c.headers['idempotency-key']).sort()).to.deep.equal(bodies.map((b) => b.id).sort());
    expect(await nextPage.entries()).to.deep.equal([]);
  });

  it('two open tabs flushing at once never send the same entry twice', async () => {
    const bodies = await saved(3);
    // Slow replies, so the two flushes overlap.
    const { calls } = stub(() => new Promise((r) => setTimeout(() => r(new Response('{}', { status: 201 })), 30)));
    const tabA = new Outbox();
    const tabB = new Outbox();
    await Promise.all([tabA.flush(true), tabB.flush(true), tabA.flush(true), tabB.flush(true)]);
    // Whichever tab lost the lock sends again later: nothing is left for it.
    await Promise.all([tabA.flush(true), tabB.flush(true)]);
    const keys = calls.map((c) => c.headers['idempotency-key']);
    expect(keys.sort()).to.deep.equal(bodies.map((b) => b.id).sort());
  });

  it('keeps (never retries, never drops) an entry the server later refuses with a 4xx', async () => {
    const [b] = await saved();
    const { calls } = stub(400);
    const refused = oneEvent(window, 'cp-outbox-refused');
    await outbox.flush(true);
    expect(((await refused) as CustomEvent).detail).to.deep.equal({ id: b!.id, code: 400, message: 'status 400' });
    await outbox.flush(true);
    expect(calls).to.have.length(1);
    expect((await outbox.entries())[0]).to.include({ id: b!.id, rejected: 400 });
  });

  it('online, three network errors in a row: tells the page author about CORS and fires cp-outbox-stuck, once', async () => {
    expect(navigator.onLine).to.equal(true);
    const stuck: CustomEvent[] = [];
    const onStuck = (e: Event) => stuck.push(e as CustomEvent);
    addEventListener('cp-outbox-stuck', onStuck);
    const { logs, restore } = stubConsole(['error']);
    try {
      // The first try (in submit) and two flushes fail as fetch fails when CORS blocks a request.
      const [b] = await saved();
      const { calls } = stub(new TypeError('Failed to fetch'));
      await outbox.flush(true);
      expect(stuck).to.have.length(0);
      expect(logs.error).to.deep.equal([]);
      await outbox.flush(true);
      expect(stuck.map((e) => e.detail)).to.deep.equal([{ id: b!.id, attempts: 3 }]);
      expect(logs.error).to.have.length(1);
      expect(logs.error[0]).to.contain('CORS').and.to.contain('COLLECTOR_ALLOWED_ORIGINS');
      // Once per entry, and it stays on the device.
      await outbox.flush(true);
      expect(stuck).to.have.length(1);
      expect(logs.error).to.have.length(1);
      expect(calls).to.have.length(3);
      expect((await outbox.entries())[0]).to.include({ id: b!.id, attempts: 4 });
    } finally {
      restore();
      removeEventListener('cp-outbox-stuck', onStuck);
    }
  });

  it('does not report an entry stuck when the failures were not network errors in a row', async () => {
    const stuck: Event[] = [];
    const onStuck = (e: Event) => stuck.push(e);
    addEventListener('cp-outbox-stuck', onStuck);
    const { logs, restore } = stubConsole(['error']);
    try {
      await saved();
      stub(new TypeError('Failed to fetch'), 503, new TypeError('Failed to fetch'), new TypeError('Failed to fetch'));
      for (let i = 0; i < 3; i++) await outbox.flush(true);
      expect(stuck).to.have.length(0);
      expect(logs.error).to.deep.equal([]);
    } finally {
      restore();
      removeEventListener('cp-outbox-stuck', onStuck);
    }
  });

  it('backs off exponentially with jitter, up to ten minutes', () => {
    expect(backoff(1, 1)).to.equal(5_000);
    expect(backoff(2, 1)).to.equal(10_000);
    expect(backoff(3, 1)).to.equal(20_000);
    expect(backoff(3, 0)).to.equal(10_000);
    expect(backoff(30, 1)).to.equal(600_000);
    const spread = new Set(Array.from({ length: 20 }, () => backoff(4)));
    expect(spread.size).to.be.greaterThan(10);
  });
});

describe('newId()', () => {
  it('makes distinct version 4 UUIDs', () => {
    const ids = Array.from({ length: 50 }, newId);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).to.equal(50);
  });
  it('works without crypto.randomUUID (plain-HTTP pages)', () => {
    const real = crypto.randomUUID;
    (crypto as { randomUUID?: unknown }).randomUUID = undefined;
    try {
      expect(newId()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      crypto.randomUUID = real;
    }
  });
});
