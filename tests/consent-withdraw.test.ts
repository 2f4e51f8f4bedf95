import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/consent-withdraw/index.js';
import type { CpConsentWithdraw } from '../src/components/consent-withdraw/index.js';
import type { ConsentDefinition, ConsentRecord, ConsentWithdrawal } from '../src/components/consent-flow/types.js';
import { stepsOf } from '../src/components/consent-flow/consent-helpers.js';
import { outbox } from '../src/core/outbox.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settled, text } from './helpers/dom.js';
import { deepActive, place } from './helpers/form-control-suite.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import { tabTo } from './helpers/keyboard.js';
import { axeEveryStory, renderStory, type StoryLike } from './helpers/stories.js';
import { expectArabicOnly } from './helpers/seen-text.js';
import * as stories from '../stories/consent-withdraw.stories.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import peerRecord from '../stories/data/consent/peer-research-record.json';
import workshop from '../stories/data/consent/workshop-recording.json';
import workshopRecord from '../stories/data/consent/workshop-record.json';
import withdrawalSchema from '../src/components/consent-flow/consent-withdrawal.schema.json';
import { check, type Schema } from '../src/core/schema.js';

const study = peerResearch as ConsentDefinition;
const record = peerRecord as ConsentRecord;
const ENDPOINT = 'https://collector.test/v1/consent';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const stub = useFetchStub();

/** A withdraw form with `props` set before it connects, as a page's template would set them. */
async function mount(props: Partial<CpConsentWithdraw> = { record, consent: study }, dir = 'ltr'): Promise<CpConsentWithdraw> {
  const wrapper = await place(html`<div lang="en-GB" dir=${dir}></div>`);
  const el = Object.assign(document.createElement('cp-consent-withdraw'), { endpoint: ENDPOINT }, props);
  wrapper.append(el);
  await settled(wrapper);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
async function press(el: CpConsentWithdraw) {
  $(el, 'cp-button')!.shadowRoot!.querySelector('button')!.click();
  await settled(el.shadowRoot!);
}
async function click(el: CpConsentWithdraw, host: string, input: string) {
  $(el, host)!.shadowRoot!.querySelector<HTMLInputElement>(input)!.click();
  await settled(el.shadowRoot!);
}
/** The withdrawal, when the page handles the event itself. */
function caught(el: CpConsentWithdraw): () => ConsentWithdrawal | undefined {
  let w: ConsentWithdrawal | undefined;
  el.addEventListener('cp-consent-withdraw', (e) => {
    e.preventDefault();
    w = e.detail.withdrawal;
  });
  return () => w;
}

describe('<cp-consent-withdraw>', () => {
  it('says plainly that no reason is needed, and the reason field is optional', async () => {
    const el = await mount();
    expect(text($(el, '.heading'))).to.equal('Withdraw your consent');
    expect(text(el.shadowRoot)).to.include('You can withdraw at any time. You do not have to give a reason.');
    const reason = $(el, 'cp-textarea')!;
    expect(text(reason.shadowRoot!.querySelector('label'))).to.equal('Why are you withdrawing? (optional)');
    expect(text(reason.shadowRoot!.querySelector('.hint'))).to.include('You do not have to tell us');
    expect(text(el.shadowRoot)).to.include(study.withdrawal.until!);
  });

  it('withdraws from everything agreed to, in one step', async () => {
    const el = await mount();
    const got = caught(el);
    await click(el, 'cp-checkbox-group', 'input[value=""]');
    await press(el);
    await waitUntil(got, 'cp-consent-withdraw fired');
    const w = got()!;
    expect(Object.keys(w)).to.deep.equal(['id', 'recordId', 'consentId', 'type', 'at', 'all', 'statements']);
    expect(w.id).to.match(UUID);
    expect(w.recordId).to.equal(record.id);
    expect(w.consentId).to.equal('peer-research-2026');
    expect(w.type).to.equal('withdrawn');
    expect(Date.parse(w.at)).to.be.closeTo(Date.now(), 60_000);
    expect(w.all).to.equal(true);
    expect(w.statements).to.deep.equal(['read', 'voluntary', 'notes', 'audio', 'quotes']);
    expect(check(withdrawalSchema as Schema, w)).to.deep.equal([]);
    await settled(el.shadowRoot!);
    expect(text($(el, '.heading'))).to.equal('You have withdrawn');
    expect(deepActive()).to.equal($(el, '.heading'));
    expect(text(el.shadowRoot)).to.include('You have withdrawn from everything you agreed to.');
  });

  it('withdraws from chosen optional statements only, with a reason if given', async () => {
    const el = await mount();
    const got = caught(el);
    const group = $(el, 'cp-checkbox-group')!;
    const labels = [...group.shadowRoot!.querySelectorAll('label')].map(text);
    expect(labels, 'only optional statements this person agreed to, then everything').to.deep.equal([
      study.statements[3]!.text,
      study.statements[4]!.text,
      'Everything: I no longer want to take part',
    ]);
    expect(text(group.shadowRoot!.querySelector('.divider'))).to.equal('or');
    await click(el, 'cp-checkbox-group', 'input[value="quotes"]');
    const textarea = $(el, 'cp-textarea')!.shadowRoot!.querySelector('textarea')!;
    textarea.value = '  I would rather not be quoted.  ';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await press(el);
    await waitUntil(got, 'cp-consent-withdraw fired');
    expect(got()!.all).to.equal(false);
    expect(got()!.statements).to.deep.equal(['quotes']);
    expect(got()!.reason).to.equal('I would rather not be quoted.');
    expect(check(withdrawalSchema as Schema, got())).to.deep.equal([]);
    await settled(el.shadowRoot!);
    expect([...el.shadowRoot!.querySelectorAll('li')].map(text)).to.deep.equal([study.statements[4]!.text]);
  });

  it('asks what to withdraw from with an error summary; everything and some things exclude each other', async () => {
    const el = await mount();
    const got = caught(el);
    await press(el);
    const summary = $(el, 'cp-error-summary')!;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map(text)).to.deep.equal(['Select what you would like to withdraw from']);
    await expectNoAxeViolations(el);
    expect(got()).to.equal(undefined);
    // Everything and some things cannot both be chosen.
    await click(el, 'cp-checkbox-group', 'input[value=""]');
    await click(el, 'cp-checkbox-group', 'input[value="audio"]');
    expect(($(el, 'cp-checkbox-group') as unknown as { value: string[] }).value).to.deep.equal(['audio']);
    await click(el, 'cp-checkbox-group', 'input[value=""]');
    expect(($(el, 'cp-checkbox-group') as unknown as { value: string[] }).value).to.deep.equal(['']);
  });

  it('offers only "everything" when nothing optional was agreed to', async () => {
    const el = await mount({ record: workshopRecord as ConsentRecord, consent: workshop as ConsentDefinition });
    const got = caught(el);
    expect($(el, 'cp-checkbox-group')).to.equal(null);
    expect(text(el.shadowRoot)).to.include('This withdraws everything you agreed to.');
    await press(el);
    await waitUntil(got);
    expect(got()!.statements).to.deep.equal(['take-part']);
    expect(got()!.all).to.equal(true);
  });

  it('works from a record id and the definition, withdrawing from every statement', async () => {
    const el = await mount({ recordId: record.id, consent: study });
    const got = caught(el);
    await click(el, 'cp-checkbox-group', 'input[value=""]');
    await press(el);
    await waitUntil(got);
    expect(got()!.recordId).to.equal(record.id);
    expect(got()!.statements).to.deep.equal(study.statements.map((s) => s.id));
  });

  it('without the definition, offers only everything', async () => {
    const el = await mount({ record });
    const got = caught(el);
    await press(el);
    await waitUntil(got);
    expect(got()!.all).to.equal(true);
    expect(got()!.consentId).to.equal(record.consentId);
  });

  it('says so, and tells the page author, when it does not know which consent to withdraw from', async () => {
    const errors: string[] = [];
    const log = console.error;
    console.error = (m: string) => void errors.push(m);
    try {
      const el = await mount({});
      expect(text(el.shadowRoot)).to.equal('Sorry, this cannot be shown because its content has a problem.');
      expect($(el, 'form')).to.equal(null);
    } finally {
      console.error = log;
    }
    expect(errors.join('\n')).to.include('needs `record`, or `record-id` and `consent`');
  });

  it('takes fewer steps than giving consent', async () => {
    // Giving consent: one form per step, then the confirmation. Withdrawing: one form.
    const el = await mount();
    expect(el.shadowRoot!.querySelectorAll('form').length).to.equal(1);
    expect(stepsOf(study).length).to.be.greaterThan(1);
  });

  describe('delivery', () => {
    it('POSTs the withdrawal with its id as Idempotency-Key and says it was sent', async () => {
      const { calls } = stub(201);
      const el = await mount({ record });
      let flags: boolean[] = [];
      // Heard outside the component: the event bubbles, crosses shadow roots and can be cancelled.
      el.parentElement!.addEventListener('cp-consent-withdraw', (e) => (flags = [e.bubbles, e.composed, e.cancelable]));
      await press(el);
      await waitUntil(() => el.withdrawal, 'sent');
      await settled(el.shadowRoot!);
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal(ENDPOINT);
      expect(calls[0]!.body).to.deep.equal(el.withdrawal);
      expect(calls[0]!.headers['idempotency-key']).to.equal(el.withdrawal!.id);
      expect(flags).to.deep.equal([true, true, true]);
      expect(text($(el, '.delivery'))).to.equal('Sent. Thank you.');
    });

    it('keeps it on the device when offline, and says so', async () => {
      stub(offline());
      const el = await mount({ record });
      await press(el);
      await waitUntil(() => el.withdrawal, 'saved');
      await settled(el.shadowRoot!);
      expect(text($(el, '.delivery'))).to.equal('Saved on this device. It will be sent when you are back online.');
      expect((await outbox.entries()).map((e) => JSON.parse(e.body).type)).to.deep.equal(['withdrawn']);
    });

    it('sends nothing when the page handles the event', async () => {
      const { calls } = stub(201);
      const el = await mount({ record });
      const got = caught(el);
      await press(el);
      await waitUntil(got);
      await settled(el.shadowRoot!);
      expect(calls).to.have.length(0);
      expect($(el, '.delivery')).to.equal(null);
    });

    it('keeps the form and the answers when refused, and keeps the id when tried again', async () => {
      const { calls } = stub(400, 201);
      const el = await mount();
      await click(el, 'cp-checkbox-group', 'input[value=""]');
      await press(el);
      await waitUntil(() => $(el, '.delivery'), 'the message shows');
      expect($(el, '.delivery')!.getAttribute('role')).to.equal('alert');
      expect(el.withdrawal).to.equal(undefined);
      expect(($(el, 'cp-checkbox-group') as unknown as { value: string[] }).value).to.deep.equal(['']);
      await press(el);
      await waitUntil(() => el.withdrawal, 'sent');
      expect((calls[1]!.body as ConsentWithdrawal).id).to.equal((calls[0]!.body as ConsentWithdrawal).id);
    });
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mount();
    const got = caught(el);
    await tabTo($(el, 'cp-checkbox-group'));
    await sendKeys({ press: 'Space' });
    await tabTo($(el, 'cp-textarea'));
    await sendKeys({ type: 'Too busy' });
    await tabTo($(el, 'cp-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(got, 'sent from the keyboard');
    expect(got()!.statements).to.deep.equal(['audio']);
    expect(got()!.reason).to.equal('Too busy');
  });

  it('has no axe violations, before and after, and right to left', async () => {
    const el = await mount();
    await expectNoAxeViolations(el.parentElement!);
    await click(el, 'cp-checkbox-group', 'input[value="audio"]');
    await expectNoAxeViolations(el.parentElement!);
    caught(el);
    await press(el);
    await waitUntil(() => el.withdrawal);
    await expectNoAxeViolations(el.parentElement!);
    const rtl = await mount({ record, consent: study }, 'rtl');
    expect(getComputedStyle(rtl).direction).to.equal('rtl');
    await expectNoAxeViolations(rtl.parentElement!);
  });
});

describe('the right-to-left story', () => {
  it('is in Arabic throughout: no English words in an Arabic page', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.RightToLeft as StoryLike);
    await waitUntil(() => main.querySelector('cp-consent-withdraw')?.shadowRoot?.textContent, 'the story renders');
    await settled(main);
    expectArabicOnly(main.querySelector('cp-consent-withdraw')!);
  });
});

axeEveryStory('consent-withdraw.stories.ts', stories, async (el) => {
  const w = el.querySelector('cp-consent-withdraw')!;
  await settled(el);
  const ready = w.dataset.ready;
  if (ready === 'errors') await waitUntil(() => $(w, 'cp-error-summary')!.shadowRoot!.querySelector('.summary'), 'the errors show');
  if (ready === 'some')
    await waitUntil(() => ($(w, 'cp-checkbox-group') as unknown as { value: string[] }).value.length, 'a statement is ticked');
  await settled(el);
});
