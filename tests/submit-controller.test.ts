import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './helpers/dom.js';
import { CpElement } from '../src/core/base-element.js';
import { SubmitController, type SubmitOptions } from '../src/core/submit-controller.js';
import type { Delivery } from '../src/core/submit.js';
import '../src/components/feedback-form/index.js';
import '../src/components/page-feedback/index.js';
import type { CpFeedbackForm } from '../src/components/feedback-form/index.js';
import type { CpPageFeedback } from '../src/components/page-feedback/index.js';
import '../src/components/consent/consent-flow.index.js';
import '../src/components/consent/consent-withdraw.index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { CpConsentWithdraw } from '../src/components/consent/consent-withdraw.index.js';

/** A promise the test settles by hand, to hold a send in flight. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const draftCalls: string[] = [];
const options: SubmitOptions = {
  draft: { clear: () => draftCalls.push('clear') },
  focus: { done: '.thanks', failed: '.problem' },
};

/** A sending widget in miniature: a status while sending, then a thank-you or a problem that can take focus. */
class TestSubmitter extends CpElement {
  readonly submitter = new SubmitController(this, options);
  renders = 0;
  protected override render() {
    this.renders++;
    const d = this.submitter.delivery;
    return html`<p class="status">${this.submitter.sending ? 'Sending' : ''}</p>
      ${d && !('message' in d) ? html`<h2 class="thanks" tabindex="-1">Thank you</h2>` : ''}
      ${d && 'message' in d ? html`<p class="problem" tabindex="-1">${d.message}</p>` : ''}
      <button class="start">Start</button>`;
  }
}
customElements.define('test-submitter', TestSubmitter);

const status = (el: TestSubmitter) => el.shadowRoot!.querySelector('.status')!.textContent;
const focused = (el: TestSubmitter) => el.shadowRoot!.activeElement;

describe('SubmitController', () => {
  let el: TestSubmitter;
  beforeEach(async () => {
    draftCalls.length = 0;
    el = await fixture<TestSubmitter>(html`<test-submitter></test-submitter>`);
  });

  it('is sending while the send is in flight, and re-renders the host when it starts and ends', async () => {
    const reply = later<Delivery>();
    const sent = el.submitter.send(() => reply.promise);
    expect(el.submitter.sending).to.equal(true);
    await el.updateComplete;
    expect(status(el)).to.equal('Sending');
    reply.resolve({ status: 'sent' });
    expect(await sent).to.deep.equal({ status: 'sent' });
    expect(el.submitter.sending).to.equal(false);
    expect(el.submitter.delivery).to.deep.equal({ status: 'sent' });
    await el.updateComplete;
    expect(status(el)).to.equal('');
  });

  it('ignores a second send while one is in flight', async () => {
    const reply = later<Delivery>();
    let calls = 0;
    const first = el.submitter.send(() => (calls++, reply.promise));
    const second = await el.submitter.send(() => (calls++, Promise.resolve({ status: 'sent' } as Delivery)));
    expect(second).to.equal(undefined);
    expect(calls).to.equal(1);
    reply.resolve({ status: 'saved' });
    expect(await first).to.deep.equal({ status: 'saved' });
    // Once it has finished, the next send goes ahead.
    expect(await el.submitter.send(() => (calls++, Promise.resolve({ status: 'sent' } as Delivery)))).to.deep.equal({
      status: 'sent',
    });
    expect(calls).to.equal(2);
  });

  for (const done of [{ status: 'sent' }, { status: 'saved' }, { status: 'handled' }] as Delivery[]) {
    it(`when ${done.status}: runs done, clears the draft and moves focus to the thank-you`, async () => {
      const order: string[] = [];
      await el.submitter.send(
        () => Promise.resolve(done),
        () => order.push(`done sees ${el.submitter.delivery?.status}; draft cleared ${draftCalls.length} times`),
      );
      expect(order).to.deep.equal([`done sees ${done.status}; draft cleared 0 times`]);
      expect(draftCalls).to.deep.equal(['clear']);
      await waitUntil(() => focused(el)?.className === 'thanks', 'focus did not reach the thank-you');
      expect(el.shadowRoot!.querySelector('.problem')).to.equal(null);
    });
  }

  for (const failed of [
    { status: 'rejected', code: 422, message: 'status 422' },
    { status: 'unsent', message: 'no endpoint' },
  ] as Delivery[]) {
    it(`when ${failed.status}: keeps the draft, does not run done, and moves focus to the problem`, async () => {
      let ran = false;
      const delivery = await el.submitter.send(
        () => Promise.resolve(failed),
        () => (ran = true),
      );
      expect(delivery).to.deep.equal(failed);
      expect(ran).to.equal(false);
      expect(draftCalls).to.deep.equal([]);
      await waitUntil(() => focused(el)?.className === 'problem', 'focus did not reach the problem');
      expect(el.shadowRoot!.querySelector('.thanks')).to.equal(null);
    });
  }

  it('is not left sending when the transport throws', async () => {
    const reply = later<Delivery>();
    const sent = el.submitter.send(() => reply.promise);
    reply.reject(new Error('broken'));
    let thrown: unknown;
    await sent.catch((e: unknown) => (thrown = e));
    expect(String(thrown)).to.equal('Error: broken');
    expect(el.submitter.sending).to.equal(false);
    expect(el.submitter.delivery).to.equal(undefined);
    expect(draftCalls).to.deep.equal([]);
  });

  it('show() sets or clears the delivery without sending, and re-renders', async () => {
    const before = el.renders;
    el.submitter.show({ status: 'saved' });
    expect(el.submitter.delivery).to.deep.equal({ status: 'saved' });
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('.thanks')).to.not.equal(null);
    el.submitter.show();
    expect(el.submitter.delivery).to.equal(undefined);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.thanks')).to.equal(null);
    expect(draftCalls).to.deep.equal([]);
  });
});

describe('delivery on the sending widgets', () => {
  const widgets = {
    'cp-feedback-form': () => fixture<CpFeedbackForm>(html`<cp-feedback-form></cp-feedback-form>`),
    'cp-page-feedback': () => fixture<CpPageFeedback>(html`<cp-page-feedback></cp-page-feedback>`),
    'cp-consent-flow': () => fixture<CpConsentFlow>(html`<cp-consent-flow></cp-consent-flow>`),
    'cp-consent-withdraw': () => fixture<CpConsentWithdraw>(html`<cp-consent-withdraw></cp-consent-withdraw>`),
  };
  for (const [tag, mount] of Object.entries(widgets)) {
    it(`<${tag}>: read-only, and reads the submitter`, async () => {
      const el = await mount();
      expect(el.delivery).to.equal(undefined);
      expect(() => ((el as unknown as { delivery: Delivery }).delivery = { status: 'sent' })).to.throw(TypeError);
      expect(el.delivery).to.equal(undefined);
      el.submitter.show({ status: 'saved' });
      expect(el.delivery).to.deep.equal({ status: 'saved' });
    });
  }
});
