import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/consent/consent-withdraw.index.js';
import type { CpConsentWithdraw } from '../src/components/consent/consent-withdraw.index.js';
import type {
  ConsentCreditChange,
  ConsentDefinition,
  ConsentRecord,
  ConsentWithdrawal,
} from '../src/components/consent/types.js';
import { stepsOf } from '../src/components/consent/consent-helpers.js';
import { outbox } from '../src/core/outbox.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settled, text, waitUntil } from './helpers/dom.js';
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
import withdrawalSchema from '../src/contract/schemas/consent-withdrawal.schema.json';
import creditSchema from '../src/contract/schemas/consent-credit-change.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import { quickExit } from '../src/core/quick-exit.js';
import { ConsentWithdrawHarness, FieldHarness } from '../src/testing/index.js';

const study = peerResearch as ConsentDefinition;
const record = peerRecord as ConsentRecord;
const ENDPOINT = 'https://collector.test/v1/consent';
const UUID_1 = 'c3d5e7f9-2b4d-4e6f-8a0b-1c2d3e4f5a6b';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const stub = useFetchStub();

/** A withdraw form with `props` set before it connects, as a page's template would set them. */
async function mount(
  props: Partial<CpConsentWithdraw> = { record, consent: study },
  dir = 'ltr',
): Promise<CpConsentWithdraw> {
  const wrapper = await place(html`<div lang="en-GB" dir=${dir}></div>`);
  const el = Object.assign(document.createElement('cp-consent-withdraw'), { endpoint: ENDPOINT }, props);
  wrapper.append(el);
  await settled(wrapper);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
/** The widget as a person uses it (coproduce-kit/testing), and one of its controls. */
const withdraw = (el: Element) => new ConsentWithdrawHarness(el as HTMLElement);
const field = (c: Element) => new FieldHarness(c);
const WHAT = 'What would you like to withdraw from?';
const EVERYTHING = 'Everything: I no longer want to take part';
async function press(el: CpConsentWithdraw) {
  await withdraw(el).send();
}
/** Ticks or unticks one option of "What would you like to withdraw from?", by its words. */
async function click(el: CpConsentWithdraw, words: string) {
  await withdraw(el).field(WHAT).toggle(words);
  await withdraw(el).settle();
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
    expect(withdraw(el).text()).to.include('You can withdraw at any time. You do not have to give a reason.');
    const reason = withdraw(el).field('Why are you withdrawing?');
    expect(reason.label).to.equal('Why are you withdrawing? (optional)');
    expect(reason.hint).to.include('You do not have to tell us');
    expect(withdraw(el).text()).to.include(study.withdrawal.until!);
  });

  it('withdraws from everything agreed to, in one step', async () => {
    const el = await mount();
    const got = caught(el);
    await click(el, EVERYTHING);
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
    await withdraw(el).settle();
    expect(text($(el, '.heading'))).to.equal('You have withdrawn');
    expect(deepActive()).to.equal($(el, '.heading'));
    expect(withdraw(el).text()).to.include('You have withdrawn from everything you agreed to.');
  });

  it('withdraws from chosen optional statements only, with a reason if given', async () => {
    const el = await mount();
    const got = caught(el);
    const group = $(el, 'cp-checkbox-group')!;
    const labels = field(group).options;
    expect(labels, 'only optional statements this person agreed to, in plain words, then everything').to.deep.equal([
      'Recording my voice',
      'Quoting my words in the report',
      'Everything: I no longer want to take part',
    ]);
    expect(text(group.shadowRoot!.querySelector('.divider'))).to.equal('or');
    await click(el, 'Quoting my words in the report');
    await withdraw(el).field('Why are you withdrawing?').fill('  I would rather not be quoted.  ');
    await press(el);
    await waitUntil(got, 'cp-consent-withdraw fired');
    expect(got()!.all).to.equal(false);
    expect(got()!.statements).to.deep.equal(['quotes']);
    expect(got()!.reason).to.equal('I would rather not be quoted.');
    expect(check(withdrawalSchema as Schema, got())).to.deep.equal([]);
    await withdraw(el).settle();
    expect(withdraw(el).listed()).to.deep.equal(['Quoting my words in the report']);
  });

  it('asks what to withdraw from with an error summary; everything and some things exclude each other', async () => {
    const el = await mount();
    const got = caught(el);
    await press(el);
    expect(withdraw(el).errors()).to.deep.equal(['Select what you would like to withdraw from']);
    await expectNoAxeViolations(el);
    expect(got()).to.equal(undefined);
    // Everything and some things cannot both be chosen.
    await click(el, EVERYTHING);
    await click(el, 'Recording my voice');
    expect(withdraw(el).field(WHAT).value).to.deep.equal(['audio']);
    await click(el, EVERYTHING);
    expect(withdraw(el).field(WHAT).value).to.deep.equal(['']);
  });

  it('offers only "everything" when nothing optional was agreed to', async () => {
    const el = await mount({ record: workshopRecord as ConsentRecord, consent: workshop as ConsentDefinition });
    const got = caught(el);
    expect($(el, 'cp-checkbox-group')).to.equal(null);
    expect(withdraw(el).text()).to.include('This withdraws everything you agreed to.');
    await press(el);
    await waitUntil(got);
    expect(got()!.statements).to.deep.equal(['take-part']);
    expect(got()!.all).to.equal(true);
  });

  it('works from a record id and the definition, withdrawing from every statement', async () => {
    const el = await mount({ recordId: record.id, consent: study });
    const got = caught(el);
    await click(el, EVERYTHING);
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
      const el = await mount({ endpoint: undefined });
      expect(withdraw(el).text()).to.equal('Sorry, this cannot be shown because its content has a problem.');
      expect($(el, 'form')).to.equal(null);
    } finally {
      console.error = log;
    }
    expect(errors.join('\n')).to.include('needs `record`, or `record-id` and `consent`, or an `endpoint`');
  });

  it('takes fewer steps than giving consent', async () => {
    // Giving consent: one form per step, then the confirmation. Withdrawing: one form.
    const el = await mount();
    expect(el.shadowRoot!.querySelectorAll('form.withdraw').length).to.equal(1);
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
      await withdraw(el).settle();
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
      await withdraw(el).settle();
      expect(text($(el, '.delivery'))).to.equal('Saved on this device. It will be sent when you are back online.');
      expect((await outbox.entries()).map((e) => JSON.parse(e.body).type)).to.deep.equal(['withdrawn']);
    });

    it('sends nothing when the page handles the event', async () => {
      const { calls } = stub(201);
      const el = await mount({ record });
      const got = caught(el);
      await press(el);
      await waitUntil(got);
      await withdraw(el).settle();
      expect(calls).to.have.length(0);
      expect($(el, '.delivery')).to.equal(null);
    });

    it('keeps the form and the answers when refused, and keeps the id when tried again', async () => {
      const { calls } = stub(400, 201);
      const el = await mount();
      await click(el, EVERYTHING);
      await press(el);
      await waitUntil(() => $(el, '.delivery'), 'the message shows');
      expect($(el, '.delivery')!.getAttribute('role')).to.equal('alert');
      expect(el.withdrawal).to.equal(undefined);
      expect(withdraw(el).field(WHAT).value).to.deep.equal(['']);
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
    await click(el, 'Recording my voice');
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

/** Types into a kit text field or textarea, as a person would. */
async function type(el: CpConsentWithdraw, name: string, value: string) {
  await field($(el, `[name="${name}"]`)!).fill(value);
  await withdraw(el).settle();
}
/** Presses the button of one of the widget's forms. */
async function pressIn(el: CpConsentWithdraw, form: 'form.withdraw' | 'form.credit-change' | 'form.manage') {
  await withdraw(el).send(form.slice('form.'.length) as 'withdraw' | 'credit-change' | 'manage');
}
/** A `fetch` reply with a JSON body. */
const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const updated: ConsentDefinition = {
  ...study,
  version: '2.2',
  date: '2026-05-01',
  withdrawal: {
    ...study.withdrawal,
    options: [
      { id: 'delete-recordings', label: 'Delete my recordings' },
      { id: 'keep-quotes', label: 'Keep my quotes, without my name' },
    ],
  },
  changes: [
    { version: '2.0', date: '2026-01-10', summary: 'The first version.' },
    { version: '2.2', date: '2026-05-01', summary: 'We now keep recordings for 2 years.' },
    { version: '2.1', date: '2026-02-01', summary: 'We added a session in Bradford.' },
  ],
};
const REF = 'PR-7K4Q-M2XD';
const KEY = 'QX7K4M2XDP9RT3VW8YH6JN5BC2FG';
const answer = { record, definition: study, withdrawals: [] as ConsentWithdrawal[] };
/** A withdrawal the collector already holds for the record: from everything, or from these statements. */
const earlierWithdrawal = (all: boolean, statements: string[]): ConsentWithdrawal => ({
  id: UUID_1,
  recordId: record.id,
  consentId: record.consentId,
  type: 'withdrawn',
  at: '2026-04-01T10:00:00Z',
  all,
  statements,
});

describe('<cp-consent-withdraw>: what happens to what was given', () => {
  it("offers the definition's withdrawal options, and sends the chosen ids", async () => {
    const el = await mount({ record, consent: updated });
    const got = caught(el);
    const groups = withdraw(el)
      .fields($(el, 'form.withdraw')!)
      .filter((f) => f.element.localName === 'cp-checkbox-group');
    expect(groups).to.have.length(2);
    const options = groups[1]!;
    expect(options.label).to.include('What should happen to what you have already given?');
    expect(options.options).to.deep.equal(['Delete my recordings', 'Keep my quotes, without my name']);
    await click(el, 'Recording my voice');
    await options.toggle('Delete my recordings');
    await withdraw(el).settle();
    await pressIn(el, 'form.withdraw');
    await waitUntil(got, 'cp-consent-withdraw fired');
    expect(got()!.options).to.deep.equal(['delete-recordings']);
    expect(check(withdrawalSchema as Schema, got())).to.deep.equal([]);
    await withdraw(el).settle();
    expect(withdraw(el).text()).to.include('You asked us to:');
    expect(withdraw(el).listed()).to.deep.equal(['Recording my voice', 'Delete my recordings']);
  });
});

describe('<cp-consent-withdraw>: changing how you are credited', () => {
  it("shows the credit as it is, with the consent flow's choices, and sends a credit-changed body", async () => {
    const { calls } = stub(201);
    const el = await mount({ record, consent: study });
    const form = $(el, 'form.credit-change')!;
    expect(text(form.querySelector('h2'))).to.equal('Change how you are credited');
    expect(text(form)).to.include('Now: A made-up name: Sunny');
    const radios = withdraw(el).field('How would you like to be credited?', form);
    expect(radios.options).to.deep.equal([
      'My full name',
      'My first name only',
      'My initials',
      'A made-up name',
      'The name of my group',
      'Credit me, but without my name',
      'Do not list me at all',
    ]);
    expect(radios.value).to.equal('pseudonym');
    expect(withdraw(el).field('The name we should use', form).value).to.equal('Sunny');
    await radios.choose('My first name only');
    await withdraw(el).settle();
    await type(el, 'creditName', ' Sam ');
    await pressIn(el, 'form.credit-change');
    await waitUntil(() => el.creditChange, 'sent');
    await withdraw(el).settle();
    const body = calls[0]!.body as ConsentCreditChange;
    expect(calls[0]!.url).to.equal(ENDPOINT);
    expect(calls[0]!.headers['idempotency-key']).to.equal(body.id);
    expect(Object.keys(body)).to.deep.equal(['id', 'recordId', 'consentId', 'type', 'at', 'credit']);
    expect(body).to.include({ recordId: record.id, consentId: record.consentId, type: 'credit-changed' });
    expect(body.credit).to.deep.equal({ credit: 'first-name', name: 'Sam' });
    expect(check(creditSchema as Schema, body)).to.deep.equal([]);
    expect(text($(el, '.credit-done'))).to.equal('We will credit you as: My first name only: Sam');
    expect(deepActive()).to.equal($(el, '.credit-done'));
    expect(text($(el, '.credit-change .delivery'))).to.equal('Sent. Thank you.');
    expect($(el, 'form.withdraw'), 'withdrawing is still there').to.not.equal(null);
  });

  it('"not at all" needs no name; choosing none asks, without sending', async () => {
    const el = await mount({ record: { ...record, credit: undefined }, consent: study });
    let change: ConsentCreditChange | undefined;
    el.addEventListener('cp-consent-credit', (e) => (e.preventDefault(), (change = e.detail.change)));
    expect(text($(el, 'form.credit-change'))).to.not.include('Now:');
    await pressIn(el, 'form.credit-change');
    expect(withdraw(el).errors($(el, 'form.credit-change')!)).to.deep.equal([
      'Choose how you would like to be credited',
    ]);
    expect(change).to.equal(undefined);
    await withdraw(el).field('How would you like to be credited?').choose('Do not list me at all');
    expect($(el, 'form.credit-change cp-text-field')).to.equal(null);
    await pressIn(el, 'form.credit-change');
    await waitUntil(() => change, 'cp-consent-credit fired');
    expect(change!.credit).to.deep.equal({ credit: 'hidden' });
  });

  describe('with lived experience (issue 12)', () => {
    const lived = {
      ...record,
      credit: { credit: 'pseudonym', pseudonym: 'Sunny', livedExperience: true },
    } as ConsentRecord;
    const box = (el: CpConsentWithdraw) => $(el, 'form.credit-change cp-checkbox-group[name="lived"]');
    const YES = 'Say that I took part with lived experience';
    const ticked = (el: CpConsentWithdraw) => field(box(el)!).checked(YES);
    const chooseCredit = async (el: CpConsentWithdraw, value: string) => {
      await withdraw(el).field('How would you like to be credited?', $(el, 'form.credit-change')!).toggle(value);
      await withdraw(el).settle();
    };
    /** Saves the credit form and returns the body, valid against the published schema. */
    async function save(el: CpConsentWithdraw): Promise<ConsentCreditChange> {
      let change: ConsentCreditChange | undefined;
      el.addEventListener('cp-consent-credit', (e) => (e.preventDefault(), (change = e.detail.change)));
      await pressIn(el, 'form.credit-change');
      await waitUntil(() => change, 'cp-consent-credit fired');
      expect(check(creditSchema as Schema, change)).to.deep.equal([]);
      await withdraw(el).settle();
      return change!;
    }

    it('keeps it: ticked as the record has it, said in "Now:", sent again with the credit', async () => {
      const el = await mount({ record: lived, consent: study });
      expect(text($(el, 'form.credit-change'))).to.include('Now: A made-up name: Sunny, with lived experience');
      expect(field(box(el)!).label).to.equal('Lived experience (optional)');
      expect(field(box(el)!).options[0]).to.equal('Say that I took part with lived experience');
      expect(ticked(el)).to.equal(true);
      const change = await save(el);
      expect(change.credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny', livedExperience: true });
      expect(text($(el, '.credit-done'))).to.equal(
        'We will credit you as: A made-up name: Sunny, with lived experience',
      );
    });

    it('drops it when unticked, or when the new choice does not name them', async () => {
      const el = await mount({ record: lived, consent: study });
      await field(box(el)!).toggle(YES);
      await withdraw(el).settle();
      expect((await save(el)).credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny' });
      expect(text($(el, '.credit-done'))).to.equal('We will credit you as: A made-up name: Sunny');
      for (const choice of ['anonymous', 'hidden', 'group']) {
        const other = await mount({ record: lived, consent: study });
        await chooseCredit(other, choice);
        expect(box(other), `not offered for ${choice}`).to.equal(null);
        if (choice === 'group') await type(other, 'creditName', 'Northfield Peer Researchers');
        expect((await save(other)).credit).to.not.have.property('livedExperience');
        other.parentElement!.remove();
      }
    });

    it('offers it unticked to a named person who did not choose it, and adds it when ticked', async () => {
      const el = await mount({ record, consent: study });
      expect(ticked(el)).to.equal(false);
      await field(box(el)!).toggle(YES);
      await withdraw(el).settle();
      expect((await save(el)).credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny', livedExperience: true });
    });

    it('with askLivedExperience: false, is not offered, unless the record has it (so it can be dropped)', async () => {
      const off = { ...study, askLivedExperience: false };
      const el = await mount({ record, consent: off });
      expect(box(el)).to.equal(null);
      expect((await save(el)).credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny' });
      const had = await mount({ record: lived, consent: off });
      expect(ticked(had)).to.equal(true);
    });
  });

  it('is not offered when the record has no credit and the definition does not ask', async () => {
    const el = await mount({ record: workshopRecord as ConsentRecord, consent: workshop as ConsentDefinition });
    expect($(el, '.credit-change')).to.equal(null);
  });
});

describe('<cp-consent-withdraw>: manage my consent', () => {
  let url: string;
  beforeEach(() => (url = location.href));
  afterEach(() => history.replaceState(null, '', url));

  it('by link: reads ?ref and key, asks the collector, and sends both with the withdrawal', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=pr-7k4q-m2xd&key=${KEY.toLowerCase()}`);
    const { calls } = stub(
      json(200, {
        ...answer,
        withdrawals: [earlierWithdrawal(false, ['quotes'])],
      }),
      201,
    );
    const el = await mount({});
    await waitUntil(() => $(el, 'form.withdraw'), 'the record was found');
    expect(calls[0]!.url).to.equal(`${ENDPOINT}/manage`);
    expect(calls[0]!.init.method).to.equal('POST');
    expect(calls[0]!.body).to.deep.equal({ reference: REF, key: KEY });
    expect(el.consent, 'the definition from the answer').to.deep.equal(study);
    const labels = withdraw(el).field(WHAT).options;
    expect(labels, 'quotes were withdrawn already').to.deep.equal([
      'Recording my voice',
      'Everything: I no longer want to take part',
    ]);
    await click(el, 'Recording my voice');
    await pressIn(el, 'form.withdraw');
    await waitUntil(() => el.withdrawal, 'sent');
    const w = calls[1]!.body as ConsentWithdrawal;
    expect(w).to.include({ reference: REF, key: KEY, recordId: record.id });
    expect(w.statements).to.deep.equal(['audio']);
    expect(check(withdrawalSchema as Schema, w)).to.deep.equal([]);
  });

  it('by the reference and key properties, which win over the page address', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=XX-XXXX-XXXX&key=nope`);
    const { calls } = stub(json(200, answer));
    const el = await mount({ reference: REF, key: KEY });
    await waitUntil(() => $(el, 'form.withdraw'), 'the record was found');
    expect(calls[0]!.body).to.deep.equal({ reference: REF, key: KEY });
  });

  it('by typing: the reference and key from their copy, with hints, and a kind word for each way it can go wrong', async () => {
    const { calls } = stub(json(403, { error: 'no' }), json(404, { error: 'no' }), offline(), json(200, answer));
    const el = await mount({});
    expect(text($(el, 'h2'))).to.equal('Manage your consent');
    const [refField, keyField] = withdraw(el)
      .fields()
      .filter((f) => f.element.localName === 'cp-text-field');
    expect(refField!.label).to.equal('Your reference');
    expect(refField!.hint).to.include('It is on your copy, for example SH-7K4Q-M2XD.');
    expect(keyField!.label).to.equal('Your key');
    expect(keyField!.hint).to.include('Keep it private');
    await pressIn(el, 'form.manage');
    expect(withdraw(el).errors($(el, 'form.manage')!)).to.deep.equal(['Enter your reference', 'Enter your key']);
    expect(calls).to.have.length(0);
    await type(el, 'reference', 'pr 7k4q m2xd');
    await type(el, 'key', 'wrong-key');
    await pressIn(el, 'form.manage');
    await waitUntil(() => $(el, '.lookup-problem'), 'refused');
    expect($(el, '.lookup-problem')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '.lookup-problem'))).to.equal(
      'The reference and key do not match. Check both on your copy and try again. If you cannot find your copy, contact the team who asked for your consent.',
    );
    expect(refField!.value, 'what they typed stays').to.equal('pr 7k4q m2xd');
    expect(keyField!.value).to.equal('wrong-key');
    expect(calls[0]!.body).to.deep.equal({ reference: REF, key: 'WRONGKEY' });
    await pressIn(el, 'form.manage');
    await waitUntil(() => text($(el, '.lookup-problem')).startsWith('We could not find'), 'not found');
    expect(text($(el, '.lookup-problem'))).to.equal(
      'We could not find consent with this reference. Check it on your copy and try again.',
    );
    await pressIn(el, 'form.manage');
    await waitUntil(() => text($(el, '.lookup-problem')).includes('could not be checked'), 'offline');
    expect(text($(el, '.lookup-problem'))).to.equal(
      'Your consent could not be checked just now. Check your connection and try again.',
    );
    await expectNoAxeViolations(el.parentElement!);
    await type(el, 'key', KEY);
    await pressIn(el, 'form.manage');
    await waitUntil(() => $(el, 'form.withdraw'), 'found');
    await withdraw(el).settle();
    expect(deepActive()).to.equal($(el, 'form.withdraw .heading'));
    expect(el.reference).to.equal(REF);
  });

  it('says so when everything was withdrawn already', async () => {
    stub(
      json(200, {
        ...answer,
        withdrawals: [earlierWithdrawal(true, [])],
      }),
    );
    const el = await mount({ reference: REF, key: KEY });
    await waitUntil(() => withdraw(el).text().includes('already'), 'found');
    expect(withdraw(el).text()).to.include('You have already withdrawn from everything you agreed to.');
    expect($(el, 'form')).to.equal(null);
  });
});

describe('<cp-consent-withdraw>: re-consent', () => {
  it('says the information has changed, lists what changed since their version, and fires cp-reconsent', async () => {
    const el = await mount({ record: { ...record, version: '2.0' }, consent: updated });
    const notice = $(el, '.reconsent')!;
    expect(text(notice.querySelector('h2'))).to.equal('The information has changed');
    expect(text(notice)).to.include('You agreed to version 2.0. Since then:');
    expect([...notice.querySelectorAll('li')].map(text)).to.deep.equal([
      'Version 2.1, 1 February 2026: We added a session in Bradford.',
      'Version 2.2, 1 May 2026: We now keep recordings for 2 years.',
    ]);
    let detail: { changes: unknown[]; record: ConsentRecord } | undefined;
    el.parentElement!.addEventListener('cp-reconsent', (e) => (detail = e.detail));
    await withdraw(el).press('Read what changed and agree again');
    expect(detail!.changes).to.have.length(2);
    expect(detail!.record.id).to.equal(record.id);
    expect($(el, 'form.withdraw'), 'withdrawing is still offered').to.not.equal(null);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('links to consent-url when it is set', async () => {
    const el = await mount({ record: { ...record, version: '2.0' }, consent: updated, consentUrl: '/consent?again=1' });
    const link = $(el, '.reconsent a')!;
    expect(text(link)).to.equal('Read what changed and agree again');
    expect(link.getAttribute('href')).to.equal('/consent?again=1');
  });

  it('says nothing when the record is for the current version, or a newer one', async () => {
    expect($(await mount({ record, consent: study }), '.reconsent')).to.equal(null);
    expect(
      $(await mount({ record: { ...record, version: '2.10' }, consent: { ...study, version: '2.9' } }), '.reconsent'),
    ).to.equal(null);
    expect(
      $(await mount({ record: { ...record, version: '2.9' }, consent: { ...study, version: '2.10' } }), '.reconsent'),
    ).to.not.equal(null);
  });
});

describe('the manage-by-link story', () => {
  it('finds the consent from the pretend collector, with no running collector', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.ManageByLink as StoryLike);
    const w = main.querySelector('cp-consent-withdraw')!;
    await waitUntil(() => $(w, 'form.withdraw'), 'found');
    expect(withdraw(w).text()).to.include('Now: A made-up name: Sunny');
    const groups = withdraw(w)
      .fields($(w, 'form.withdraw')!)
      .filter((f) => f.element.localName === 'cp-checkbox-group')
      .map((g) => g.options);
    expect(groups).to.deep.equal([
      ['Recording my voice', 'Everything: I no longer want to take part'],
      ['Delete my recordings', 'Keep my quotes, without my name'],
    ]);
  });
});

describe('<cp-consent-withdraw>: quick exit', () => {
  const realGo = quickExit.go;
  let exits: string[] = [];
  beforeEach(() => {
    exits = [];
    quickExit.go = (url) => void exits.push(url);
  });
  afterEach(() => (quickExit.go = realGo));

  it('with exit-url, the "Exit this page" button and Shift pressed 3 times replace the page', async () => {
    const el = await mount({ record, consent: study, exitUrl: 'https://www.bbc.co.uk/weather' });
    const bar = el.shadowRoot!.querySelector('.exit')!;
    expect(text(bar)).to.equal('Exit this page');
    expect(withdraw(el).text()).to.include('You can also press Shift 3 times to leave at once.');
    expect(getComputedStyle(bar).position).to.equal('sticky');
    await waitUntil(
      () => getComputedStyle(el).getPropertyValue('--cp-sticky-top'),
      'the bar keeps focus clear of itself',
    );
    await withdraw(el).quickExit();
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    exits = [];
    for (const key of ['Shift', 'Shift', 'a', 'Shift', 'Shift']) await sendKeys({ press: key });
    expect(exits, 'not yet: "a" started the count again').to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    expect(exits).to.deep.equal(['https://www.bbc.co.uk/weather']);
    await expectNoAxeViolations(el.parentElement!);
  });

  it('without exit-url, no bar and Shift does nothing', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.exit')).to.equal(null);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(exits).to.deep.equal([]);
  });
});

axeEveryStory('consent-withdraw.stories.ts', stories, async (el) => {
  const w = el.querySelector('cp-consent-withdraw')!;
  await settled(el);
  const ready = w.dataset.ready;
  if (ready === 'errors') await waitUntil(() => withdraw(w).errorSummary(), 'the errors show');
  if (ready === 'found') await waitUntil(() => $(w, 'form.withdraw'), 'the pretend collector answered');
  if (ready === 'some')
    await waitUntil(() => (field($(w, 'cp-checkbox-group')!).value as string[]).length, 'a statement is ticked');
  await settled(el);
});

describe('the definition through the one data loader, as every data widget takes it (issue 17)', () => {
  /** Whether the form offers the optional statements in the definition's plain words. */
  const shows = (el: CpConsentWithdraw) => {
    const labels = [...($(el, 'cp-checkbox-group')?.shadowRoot?.querySelectorAll('label') ?? [])].map(text);
    return labels.includes('Recording my voice') && labels.includes('Quoting my words in the report');
  };
  const logs: string[] = [];
  let log = console.error;
  beforeEach(() => {
    logs.length = 0;
    log = console.error;
    console.error = (m: string) => void logs.push(String(m));
  });
  afterEach(() => (console.error = log));

  it('takes it as `data`, as `consent` (its earlier name) and as the `consent` attribute, and says it is ready', async () => {
    const byData = await mount({ record, data: study });
    expect(shows(byData), 'data').to.equal(true);
    expect(byData.loader.state).to.equal('ready');
    expect(byData.consent, 'consent reads data').to.equal(study);
    const byConsent = await mount({ record, consent: study });
    expect(shows(byConsent), 'consent').to.equal(true);
    expect(byConsent.data, 'consent sets data').to.equal(study);
    const wrapper = await place(html`<div lang="en-GB"></div>`);
    const el = Object.assign(document.createElement('cp-consent-withdraw'), { record });
    el.setAttribute('consent', JSON.stringify(study));
    wrapper.append(el);
    await settled(wrapper);
    expect(shows(el), 'the consent attribute').to.equal(true);
    expect(logs).to.deep.equal([]);
  });

  it('takes it from an inline <script type="application/json">', async () => {
    const wrapper = await place(html`<div lang="en-GB"></div>`);
    const el = Object.assign(document.createElement('cp-consent-withdraw'), { record });
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify(study),
    });
    el.append(script);
    wrapper.append(el);
    await settled(wrapper);
    expect(shows(el)).to.equal(true);
    expect(el.loader.state).to.equal('ready');
  });

  it('loads it from `src`, saying so while it loads, and offers to try again when it cannot', async () => {
    let answer: (r: Response) => void = () => {};
    const { calls } = stub(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await mount({ record, src: '/consent.json' });
    expect(el.loader.state).to.equal('loading');
    expect($(el, '[role="status"].state'), 'Loading…').not.to.equal(null);
    expect(calls[0]!.url).to.include('/consent.json');
    answer(new Response(JSON.stringify(study), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await waitUntil(() => el.loader.state === 'ready', 'loaded');
    await settled(el.shadowRoot!);
    expect(shows(el)).to.equal(true);

    stub(500);
    const failed = await mount({ record, src: '/missing.json' });
    await waitUntil(() => failed.loader.state === 'failed', 'failed');
    await settled(failed.shadowRoot!);
    expect($(failed, '[role="alert"] button.retry'), 'Try again').not.to.equal(null);
    expect($(failed, 'form'), 'no form while the words are missing').to.equal(null);
  });

  it('checks it against the schema: an invalid definition is said to have a problem, and the console names the field', async () => {
    const el = await mount({ record, data: { ...study, statements: 'none' } as unknown as ConsentDefinition });
    expect(el.loader.state).to.equal('invalid');
    expect(text($(el, '[role="alert"]'))).to.include('Sorry, this cannot be shown because its content has a problem.');
    expect($(el, 'form')).to.equal(null);
    expect(logs.join('\n')).to.include('statements');
  });
});
