import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/consent/consent-flow.index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { ConsentDefinition, ConsentRecord } from '../src/components/consent/types.js';
import type { ConsentStep } from '../src/components/consent/consent-flow.index.js';
import { canonical, sha256, sha256Fallback, textHash } from '../src/contract/hash.js';
import { outbox } from '../src/core/outbox.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { deepActive, place } from './helpers/form-control-suite.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import { tabTo } from './helpers/keyboard.js';
import { axeEveryStory, renderStory, type StoryLike } from './helpers/stories.js';
import { expectArabicOnly } from './helpers/seen-text.js';
import * as stories from '../stories/consent-flow.stories.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import workshop from '../stories/data/consent/workshop-recording.json';
import recordSchema from '../src/contract/schemas/consent-record.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import declineSchema from '../src/contract/schemas/consent-decline.schema.json';
import { quickExit } from '../src/core/quick-exit.js';
import { ConsentFlowHarness, FieldHarness, WidgetHarness } from '../src/testing/index.js';

const study = peerResearch as ConsentDefinition;
const ENDPOINT = 'https://collector.test/v1/consent';
const EXIT = 'https://www.bbc.co.uk/weather';
const copy = <T>(v: T): T => structuredClone(v);

const stub = useFetchStub();
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

type Flow = CpConsentFlow;

async function mount(def: ConsentDefinition = study, props: Record<string, unknown> = {}, attrs = ''): Promise<Flow> {
  const wrapper = await place(html`<div lang="en-GB" dir=${attrs === 'rtl' ? 'rtl' : 'ltr'}>
    <cp-consent-flow .data=${def} endpoint=${ENDPOINT} ?save-draft=${!!props.saveDraft}></cp-consent-flow>
  </div>`);
  const el = wrapper.querySelector('cp-consent-flow') as Flow;
  Object.assign(el, props);
  await settled(wrapper);
  await waitUntil(() => el.textHash, 'the definition is hashed');
  await flow(el).settle();
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const heading = (el: Element) => text($(el, '.heading'));

/** The flow as a person uses it (coproduce-kit/testing), and one of its controls. */
const flow = (el: Element) => new ConsentFlowHarness(el as HTMLElement);
const field = (c: Element) => new FieldHarness(c);

async function next(el: Flow): Promise<void> {
  await flow(el).continue();
}
/** Ticks or unticks the box under a statement, found by the statement's words. */
async function tick(el: Flow, id: string): Promise<void> {
  const words = field($(el, `cp-checkbox-group[name="s:${id}"]`)!).name;
  await flow(el).agree(words, !flow(el).agreed(words));
}
async function choose(el: Flow, name: string, value: string): Promise<void> {
  await field($(el, `cp-radio-group[name="${name}"]`)!).toggle(value);
  await flow(el).settle();
}
async function type(el: Flow, sel: string, value: string): Promise<void> {
  await field($(el, sel)!).fill(value);
  await flow(el).settle();
}
/** Goes from the information to the statements, ticking the required ones. */
async function toStatements(el: Flow) {
  await next(el);
  if (el.step === 'payment') await next(el);
  expect(el.step).to.equal('statements');
}
async function agreeRequired(el: Flow, def = study) {
  for (const s of def.statements.filter((s) => s.required)) await tick(el, s.id);
}
/** The record from a complete run that the page handles itself (preventDefault). */
async function runToRecord(el: Flow, def = study, answer = async () => {}): Promise<ConsentRecord> {
  let record: ConsentRecord | undefined;
  el.addEventListener('cp-consent', (e) => {
    e.preventDefault();
    record = e.detail.record;
  });
  await toStatements(el);
  await agreeRequired(el, def);
  await answer();
  while (el.step !== 'check') await next(el);
  await next(el);
  await waitUntil(() => record, 'cp-consent fired');
  return record!;
}

describe('<cp-consent-flow>', () => {
  describe('steps', () => {
    it('starts with the information, its version, and says "Step 1 of 6"', async () => {
      const el = await mount();
      expect(text($(el, '.title'))).to.equal(study.title);
      expect(heading(el)).to.equal('Step 1 of 6 About taking part');
      expect($$(el, 'h4').map(text)).to.deep.equal(study.sections.map((s) => s.heading));
      expect(flow(el).text()).to.include('Version 2.1, 1 February 2026');
      expect($(el, '.back'), 'no Back on the first step').to.equal(null);
    });

    it('takes the definition as JSON in the data attribute, as every data widget does', async () => {
      const wrapper = await place(
        html`<div lang="en-GB"><cp-consent-flow data=${JSON.stringify(study)}></cp-consent-flow></div>`,
      );
      const el = wrapper.querySelector('cp-consent-flow') as Flow;
      await waitUntil(() => el.loader.state === 'ready', 'the definition is read from the attribute');
      await flow(el).settle();
      expect(text($(el, '.title'))).to.equal(study.title);
      expect(heading(el)).to.equal('Step 1 of 6 About taking part');
    });

    it('has an Easy Read switch that shows the Easy Read text and records the format', async () => {
      const el = await mount();
      const toggle = $(el, 'form > cp-button[type="button"]')!;
      expect(text(toggle)).to.equal('Show the Easy Read version');
      expect(flow(el).text()).to.include(study.sections[0]!.body.split('\n')[0]!);
      expect(await flow(el).easyRead()).to.equal('Show the standard version');
      expect(text(toggle)).to.equal('Show the standard version');
      expect(flow(el).text()).to.include('You will be part of a team.');
      expect(flow(el).text()).not.to.include('peer researchers: people who');
      const record = await runToRecord(el);
      expect(record.format).to.equal('easy-read');
    });

    it('has no Easy Read switch when no section has Easy Read text', async () => {
      const el = await mount(workshop as ConsentDefinition);
      expect($(el, 'form > cp-button[type="button"]')).to.equal(null);
    });

    it('moves focus to each step’s heading, which says the step number', async () => {
      const el = await mount();
      await next(el);
      expect(el.step).to.equal('payment');
      expect(deepActive()).to.equal($(el, '.heading'));
      expect(heading(el)).to.equal('Step 2 of 6 Payment and thanks');
    });

    it('says how much, how it is paid and why, the benefits note and expenses', async () => {
      const el = await mount(study, { step: 'payment' });
      const page = flow(el).text();
      expect(page).to.include('You will be paid £25 for each session.');
      expect(page).to.include('We pay with a voucher.');
      expect(page).to.include(study.payment!.why!);
      expect(page).to.include('If you get benefits');
      expect(page).to.include(study.payment!.benefitsNote!);
      expect(page).to.include(study.payment!.expenses!);
    });

    it('says when payment is by choice, and will not show a payment without a benefits note', async () => {
      const el = await mount(workshop as ConsentDefinition, { step: 'payment' });
      const page = flow(el).text();
      expect(page).to.include('You will be paid £20 for each workshop.');
      // The choice itself is asked below (tests/consent-record.test.ts).
      expect(page).to.include('You can choose cash, a bank payment or a voucher.');
      expect($$(el, 'h4').map(text)).to.include('If you get benefits');

      const errors: string[] = [];
      const log = console.error;
      console.error = (m: string) => void errors.push(m);
      try {
        const bad = copy(study);
        delete (bad.payment as Partial<ConsentDefinition['payment']>)!.benefitsNote;
        delete (bad.payment as Partial<ConsentDefinition['payment']>)!.why;
        const wrapper = await place(html`<div><cp-consent-flow no-draft .data=${bad}></cp-consent-flow></div>`);
        await settled(wrapper);
        expect(text(wrapper.firstElementChild!.shadowRoot)).to.equal(
          'Sorry, this cannot be shown because its content has a problem.',
        );
      } finally {
        console.error = log;
      }
      expect(errors.join('\n')).to.include('payment.benefitsNote: is required');
      expect(errors.join('\n')).to.include('payment.why: is required');
    });

    it('takes the definition from a src URL too', async () => {
      const wrapper = await place(
        html`<div><cp-consent-flow no-draft src="/tests/fixtures/consent-workshop.json.txt"></cp-consent-flow></div>`,
      );
      const el = wrapper.querySelector('cp-consent-flow') as Flow;
      await waitUntil(() => el.textHash, 'the definition loaded and was hashed');
      await flow(el).settle();
      expect(text($(el, '.title'))).to.equal(workshop.title);
      expect(el.textHash).to.equal(await textHash(workshop));
    });

    it('takes the definition from an inline JSON child too', async () => {
      const wrapper = await place(html`<div>
        <cp-consent-flow no-draft><script type="application/json">${JSON.stringify(workshop)}</script></cp-consent-flow>
      </div>`);
      const el = wrapper.querySelector('cp-consent-flow')!;
      await settled(wrapper);
      expect(text($(el, '.title'))).to.equal(workshop.title);
    });

    it('asks for credit and access needs only when askCredit and askAccessNeeds', async () => {
      const def = copy(study);
      delete def.askCredit;
      delete def.askAccessNeeds;
      delete def.payment;
      const el = await mount(def);
      expect(heading(el)).to.equal('Step 1 of 3 About taking part');
      await next(el);
      await agreeRequired(el);
      await next(el);
      expect(el.step).to.equal('check');
      expect(heading(el)).to.equal('Step 3 of 3 Check your answers');

      const el2 = await mount(workshop as ConsentDefinition);
      expect(heading(el2)).to.equal('Step 1 of 5 About taking part');
    });

    it('Back keeps every answer', async () => {
      const el = await mount();
      await toStatements(el);
      await agreeRequired(el);
      await tick(el, 'audio');
      await next(el);
      await choose(el, 'credit', 'pseudonym');
      await type(el, 'cp-text-field', 'Sunny');
      await flow(el).back();
      expect(el.step).to.equal('statements');
      expect(deepActive()).to.equal(flow(el).stepHeading());
      const ticked = $$(el, 'cp-checkbox-group').map((g) => (field(g).value as string[]).length > 0);
      expect(ticked).to.deep.equal([true, true, true, true, false, false]);
      await next(el);
      expect(el.step).to.equal('credit');
      expect(flow(el).field('How would you like to be credited?').value).to.equal('pseudonym');
      expect(flow(el).field('The name we should use').value).to.equal('Sunny');
    });

    it('"Change" on Check your answers goes to the step and comes back to the check', async () => {
      const el = await mount();
      await toStatements(el);
      await agreeRequired(el);
      while (el.step !== 'check') await next(el);
      const keys = $$(el, 'dt');
      // The information, the payment choice, each statement, credit, access needs and contact.
      expect(keys.length).to.equal(2 + study.statements.length + 3);
      expect($$(el, 'a.change').length, 'a Change link for each').to.equal(keys.length);
      const credit = keys.find((dt) => text(dt) === 'How would you like to be credited?')!;
      expect(text(credit.nextElementSibling)).to.equal('Not given');
      const change = credit.nextElementSibling!.nextElementSibling!.querySelector<HTMLAnchorElement>('a.change')!;
      expect(text(change)).to.equal('Change How would you like to be credited?');
      change.click();
      await flow(el).settle();
      expect(el.step).to.equal('credit');
      // Focus goes to the field the link changes (defect 9), not the step heading.
      await waitUntil(() => deepActive() !== document.body, 'focus moved');
      expect(deepActive()).to.equal($(el, 'cp-radio-group[name="credit"]')!.shadowRoot!.querySelector('input'));
      await choose(el, 'credit', 'initials');
      await type(el, 'cp-text-field', 'A. H.');
      await next(el);
      expect(el.step).to.equal('check');
      expect(flow(el).text()).to.include('My initials: A. H.');
    });

    it('nothing is timed: a step stays as long as the person needs', async () => {
      const el = await mount();
      await next(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(el.step).to.equal('payment');
    });
  });

  describe('statements', () => {
    it('are separate, unticked checkboxes; the optional ones say so', async () => {
      const el = await mount(study, { step: 'statements' });
      const groups = $$(el, 'cp-checkbox-group');
      expect(groups.length).to.equal(study.statements.length);
      for (const [i, g] of groups.entries()) {
        const s = study.statements[i]!;
        expect(field(g).label).to.equal(s.required ? s.text : `${s.text} (optional)`);
        expect(field(g).options.length).to.equal(1);
        expect(flow(el).agreed(s.text)).to.equal(false);
      }
    });

    it('a required statement left unticked is not an error: it is explained, and the step stays', async () => {
      const el = await mount(study, { step: 'statements' });
      await tick(el, 'read');
      await tick(el, 'audio');
      await next(el);
      expect(el.step).to.equal('statements');
      expect(flow(el).errorSummary(), 'no error summary').to.equal(null);
      const errors = $$(el, 'cp-checkbox-group').map((g) => field(g).error);
      expect(errors.filter(Boolean), 'no statement shows an error').to.deep.equal([]);
      expect([...$(el, '.declined ul')!.querySelectorAll('li')].map(text)).to.deep.equal([
        study.statements[1]!.text,
        study.statements[2]!.text,
      ]);
      await expectNoAxeViolations(el);

      await tick(el, 'voluntary');
      await tick(el, 'notes');
      await next(el);
      expect(el.step).to.equal('credit');
    });

    it('optional statements never nag, and are recorded as false when left unticked', async () => {
      const el = await mount();
      const record = await runToRecord(el);
      expect(record.decisions).to.deep.equal({
        read: true,
        voluntary: true,
        notes: true,
        audio: false,
        quotes: false,
        future: false,
      });
    });

    it('records ticked optional statements as true', async () => {
      const el = await mount();
      const record = await runToRecord(el, study, async () => {
        await tick(el, 'quotes');
      });
      expect(record.decisions.quotes).to.equal(true);
      expect(record.decisions.audio).to.equal(false);
    });
  });

  describe('the record', () => {
    it('has the shape of the issue, with the hash of the definition shown', async () => {
      const el = await mount();
      const record = await runToRecord(el);
      expect(Object.keys(record)).to.deep.equal([
        'id',
        'reference',
        'keyHash',
        'consentId',
        'version',
        'textHash',
        'decisions',
        'locale',
        'format',
        'events',
        'method',
      ]);
      expect(record.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(record.consentId).to.equal('peer-research-2026');
      expect(record.version).to.equal('2.1');
      expect(record.textHash).to.equal(await textHash(study));
      expect(record.textHash).to.match(/^sha256:[0-9a-f]{64}$/);
      expect(record.locale).to.equal('en-GB');
      expect(record.format).to.equal('standard');
      expect(record.events).to.have.length(1);
      expect(record.events[0]!.type).to.equal('given');
      expect(Date.parse(record.events[0]!.at)).to.be.closeTo(Date.now(), 60_000);
    });

    it('meets the published record schema, with every part answered', async () => {
      const el = await mount();
      const record = await runToRecord(el, study, async () => {
        await tick(el, 'audio');
        await next(el);
        await choose(el, 'credit', 'group');
        await type(el, 'cp-text-field', 'Northfield Peer Researchers');
        await next(el);
        await type(el, 'cp-textarea', 'Step-free access');
        await choose(el, 'contact', 'in-person');
      });
      expect(record.credit).to.deep.equal({ credit: 'group', group: 'Northfield Peer Researchers' });
      expect(record.contact).to.deep.equal({ method: 'in-person' });
      expect(check(recordSchema as Schema, record)).to.deep.equal([]);
    });

    it('keeps the credit choice, with the name under the right key', async () => {
      for (const [choice, key] of [
        ['pseudonym', 'pseudonym'],
        ['full', 'name'],
        ['group', 'group'],
      ] as const) {
        const el = await mount();
        const record = await runToRecord(el, study, async () => {
          await next(el);
          await choose(el, 'credit', choice);
          await type(el, 'cp-text-field', ' Sunny ');
        });
        expect(record.credit).to.deep.equal({ credit: choice, [key]: 'Sunny' });
        el.parentElement!.remove();
      }
      const el = await mount();
      const record = await runToRecord(el, study, async () => {
        await next(el);
        await choose(el, 'credit', 'anonymous');
      });
      expect(record.credit).to.deep.equal({ credit: 'anonymous' });
    });

    it('asks for the name when the credit choice needs one', async () => {
      const el = await mount(study, { step: 'credit' });
      expect($(el, 'cp-text-field')).to.equal(null);
      await choose(el, 'credit', 'pseudonym');
      expect(field($(el, 'cp-text-field')!).label).to.equal('The name we should use');
      await next(el);
      expect(el.step).to.equal('credit');
      expect(flow(el).errors()[0]).to.equal('Enter the name we should use');
      await choose(el, 'credit', 'hidden');
      expect($(el, 'cp-text-field')).to.equal(null);
      await next(el);
      expect(el.step).to.equal('access');
    });

    it('keeps access needs and the contact method', async () => {
      const el = await mount();
      const record = await runToRecord(el, study, async () => {
        await next(el);
        await next(el);
        await type(el, 'cp-textarea', 'A quiet room and breaks');
        await choose(el, 'contact', 'text');
      });
      expect(record.accessNeeds).to.equal('A quiet room and breaks');
      expect(record.contact).to.deep.equal({ method: 'text' });
    });
  });

  describe('textHash', () => {
    it('changes when any text in the definition changes', async () => {
      const base = await textHash(study);
      const edits: ((d: ConsentDefinition) => void)[] = [
        (d) => (d.title += '.'),
        (d) => (d.sections[1]!.body = d.sections[1]!.body.replace('council', 'Council')),
        (d) => (d.sections[0]!.easyRead += ' '),
        (d) => (d.statements[3]!.text = 'I agree to my voice being recorded.'),
        (d) => (d.statements[3]!.required = true),
        (d) => (d.payment!.amount = 20),
        (d) => (d.payment!.why = d.payment!.why!.replace('cash', 'money')),
        (d) => (d.withdrawal.until = 'Any time.'),
        (d) => (d.contacts.independent = undefined),
        (d) => (d.version = '2.2'),
      ];
      const hashes = new Set([base]);
      for (const edit of edits) {
        const d = copy(study);
        edit(d);
        hashes.add(await textHash(d));
      }
      expect(hashes.size).to.equal(edits.length + 1);
    });

    it('is the same for the same definition with its keys in another order', async () => {
      const reorder = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(reorder)
          : v && typeof v === 'object'
            ? Object.fromEntries(
                Object.entries(v)
                  .reverse()
                  .map(([k, x]) => [k, reorder(x)]),
              )
            : v;
      const reordered = reorder(study) as ConsentDefinition;
      expect(JSON.stringify(reordered)).not.to.equal(JSON.stringify(study));
      expect(await textHash(reordered)).to.equal(await textHash(study));
      expect(canonical({ b: 1, a: [{ d: 2, c: 'x' }] })).to.equal('{"a":[{"c":"x","d":2}],"b":1}');
    });

    it('is a real SHA-256, with the same answer without crypto.subtle', async () => {
      expect(await sha256('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      for (const s of ['', 'abc', 'é😀'.repeat(40), canonical(study)]) {
        expect(sha256Fallback(new TextEncoder().encode(s)), s.slice(0, 20)).to.equal(await sha256(s));
      }
    });

    it('is the hash of what was shown: a new definition gives records a new hash', async () => {
      const el = await mount();
      const changed = copy(study);
      changed.statements[0]!.text = 'I have read the information sheet';
      el.data = changed;
      await waitUntil(async () => el.textHash === (await textHash(changed)), 'hashed again');
      const record = await runToRecord(el, changed);
      expect(record.textHash).to.equal(await textHash(changed));
      expect(record.textHash).not.to.equal(await textHash(study));
    });
  });

  describe('draft and resume', () => {
    it('keeps progress on this device and resumes it with a notice', async () => {
      const el = await mount(study, { saveDraft: true });
      await toStatements(el);
      await tick(el, 'read');
      await tick(el, 'future');
      await next(el);
      expect(el.step).to.equal('statements');
      el.parentElement!.remove();

      const again = await mount(study, { saveDraft: true });
      expect(again.step).to.equal('statements');
      expect(text($(again, '.notice'))).to.equal('Welcome back. We kept your answers on this device. Start again');
      expect(again.answers.agreed).to.deep.equal(['read', 'future']);
      const ticked = $$(again, 'cp-checkbox-group').map((g) => (field(g).value as string[]).length > 0);
      expect(ticked).to.deep.equal([true, false, false, false, false, true]);
      await expectNoAxeViolations(again);

      $(again, '.notice a')!.click();
      await flow(again).settle();
      expect(again.step).to.equal('info');
      expect(again.answers.agreed).to.deep.equal([]);
      expect($(again, '.notice')).to.equal(null);
      expect(localStorage.length).to.equal(0);
    });

    it('does not resume answers given to different text', async () => {
      const el = await mount(study, { saveDraft: true });
      await toStatements(el);
      await tick(el, 'read');
      el.parentElement!.remove();
      const changed = copy(study);
      changed.statements[0]!.text = 'I have read the new information';
      const again = await mount(changed, { saveDraft: true });
      expect(again.step).to.equal('info');
      expect(again.answers.agreed).to.deep.equal([]);
      expect($(again, '.notice')).to.equal(null);
    });

    it('keeps nothing by default (devices are often shared); save-draft keeps a draft until it is sent', async () => {
      const el = await mount();
      await next(el);
      await next(el);
      await tick(el, 'read');
      expect(el.step).to.equal('statements');
      expect(localStorage.length).to.equal(0);
      expect($(el, '.draft-note'), 'nothing to say or clear').to.equal(null);
      el.parentElement!.remove();
      const el2 = await mount(study, { saveDraft: true });
      await next(el2);
      expect(localStorage.length).to.equal(1);
      await runToRecord(el2);
      await waitUntil(() => el2.step === 'done');
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('delivery', () => {
    async function toCheck(el: Flow) {
      await toStatements(el);
      await agreeRequired(el);
      while (el.step !== 'check') await next(el);
    }

    it('POSTs the record with its id as Idempotency-Key and says it was sent', async () => {
      const { calls } = stub(201);
      const el = await mount();
      let detail: ConsentRecord | undefined;
      let flags: boolean[] = [];
      // Heard outside the component: cp-consent bubbles, crosses shadow roots and can be cancelled.
      el.parentElement!.addEventListener('cp-consent', (e) => {
        detail = e.detail.record;
        flags = [e.bubbles, e.composed, e.cancelable];
      });
      await toCheck(el);
      await next(el);
      await waitUntil(() => el.step === 'done', 'the confirmation shows');
      await flow(el).settle();
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal(ENDPOINT);
      expect(calls[0]!.body).to.deep.equal(detail);
      expect(calls[0]!.headers['idempotency-key']).to.equal(detail!.id);
      expect(calls[0]!.headers['content-type']).to.equal('application/json');
      expect(flags).to.deep.equal([true, true, true]);
      expect(text($(el, '.delivery'))).to.equal('Sent. Thank you.');
      expect(deepActive()).to.equal($(el, '.heading'));
      expect(heading(el)).to.equal('Thank you for agreeing to take part');
    });

    it('keeps the record on the device when offline, and says so', async () => {
      stub(offline());
      const el = await mount();
      await toCheck(el);
      await next(el);
      await waitUntil(() => el.step === 'done', 'the confirmation shows');
      await flow(el).settle();
      expect(text($(el, '.delivery'))).to.equal('Saved on this device. It will be sent when you are back online.');
      const entries = await outbox.entries();
      expect(entries).to.have.length(1);
      expect(JSON.parse(entries[0]!.body).consentId).to.equal('peer-research-2026');
    });

    it('sends nothing when the page handles cp-consent itself', async () => {
      const { calls } = stub(201);
      const el = await mount();
      await runToRecord(el);
      await waitUntil(() => el.step === 'done');
      expect(calls).to.have.length(0);
      expect($(el, '.delivery')).to.equal(null);
    });

    it('stays on the check, with every answer, when the endpoint refuses; trying again keeps the id', async () => {
      const { calls } = stub(422, 201);
      const el = await mount();
      await toCheck(el);
      await next(el);
      await waitUntil(() => $(el, '.delivery'), 'the message shows');
      expect(el.step).to.equal('check');
      expect(text($(el, '.delivery'))).to.include('could not be sent');
      expect($(el, '.delivery')!.getAttribute('role')).to.equal('alert');
      await next(el);
      await waitUntil(() => el.step === 'done');
      expect(calls).to.have.length(2);
      expect((calls[1]!.body as ConsentRecord).id).to.equal((calls[0]!.body as ConsentRecord).id);
    });
  });

  describe('the participant copy', () => {
    it('can be downloaded and printed, and says exactly what was agreed and how to withdraw', async () => {
      const el = await mount();
      const record = await runToRecord(el, study, async () => {
        await tick(el, 'audio');
      });
      await waitUntil(() => el.step === 'done');
      await flow(el).settle();
      const page = text($(el, '.copy'));
      for (const s of study.statements) expect(page).to.include(s.text);
      // The reference people can read out, never the UUID (tests/consent-record.test.ts).
      expect(page).to.include(record.reference);
      expect(page).not.to.include(record.id);
      expect(page).to.include(study.withdrawal.how);
      expect(page).to.include(study.withdrawal.until!);
      expect(page).to.include(study.contacts.independent!);

      const link = $<HTMLAnchorElement>(el, 'a[download]')!;
      expect(link.href).to.match(/^blob:/);
      expect(link.download).to.equal('consent-peer-research-2026-2.1.txt');
      const file = await (await fetch(link.href)).text();
      expect(file).to.include(`${study.statements[3]!.text}\nAgreed`);
      expect(file).to.include(`${study.statements[4]!.text}\nNot agreed`);
      expect(file).to.include('How to withdraw');
      expect(file).to.include(study.withdrawal.how);
      expect(file).to.include(study.contacts.independent!);

      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await flow(el).press('Print your copy');
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('keyboard', () => {
    /** Tabs to Continue (or Agree and send) and presses Enter. */
    async function pressContinue(el: Flow, next: ConsentStep) {
      await tabTo($(el, 'form > cp-button.next'));
      await sendKeys({ press: 'Enter' });
      await flow(el).settle();
      expect(el.step).to.equal(next);
    }

    it('can be completed with the keyboard alone', async () => {
      const { calls } = stub(201);
      const el = await mount();
      const before = document.createElement('button');
      before.textContent = 'Before';
      el.parentElement!.before(before);
      before.focus();

      await pressContinue(el, 'payment');
      // Focus is now on the payment heading: Tab goes on from there.
      await pressContinue(el, 'statements');
      // Space ticks each required statement.
      for (const s of study.statements.filter((s) => s.required)) {
        await tabTo($(el, `cp-checkbox-group[name="s:${s.id}"]`));
        await sendKeys({ press: 'Space' });
      }
      await pressContinue(el, 'credit');
      // Arrow keys choose in the radio group; Enter in the name field goes on.
      await tabTo($(el, 'cp-radio-group'));
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await flow(el).settle();
      expect(el.answers.credit).to.equal('pseudonym');
      await tabTo($(el, 'cp-text-field'));
      await sendKeys({ type: 'Sunny' });
      await sendKeys({ press: 'Enter' });
      await flow(el).settle();
      expect(el.step).to.equal('access');
      await tabTo($(el, 'cp-textarea'));
      await sendKeys({ type: 'Large print' });
      await pressContinue(el, 'check');
      await tabTo($(el, 'form > cp-button.next'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'done', 'sent');
      const body = calls[0]!.body as ConsentRecord;
      expect(body.credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny' });
      expect(body.accessNeeds).to.equal('Large print');
      expect(body.decisions.audio).to.equal(false);
      before.remove();
    });
  });

  describe('accessibility', () => {
    for (const step of ['info', 'payment', 'statements', 'credit', 'access', 'check', 'done'] as const) {
      it(`has no axe violations on the ${step} step`, async () => {
        const el = await mount(study, {
          step,
          answers: { agreed: ['read'], credit: 'pseudonym', creditName: 'Sunny' },
        });
        await expectNoAxeViolations(el.parentElement!);
      });
    }

    it('has no axe violations right to left', async () => {
      const el = await mount(study, { step: 'check' }, 'rtl');
      expect(getComputedStyle(el).direction).to.equal('rtl');
      await expectNoAxeViolations(el.parentElement!);
    });

    it('says when the definition is not valid', async () => {
      const bad = copy(study) as Partial<ConsentDefinition>;
      delete bad.statements;
      const wrapper = await place(html`<div><cp-consent-flow .data=${bad}></cp-consent-flow></div>`);
      const el = wrapper.firstElementChild as Flow;
      await settled(wrapper);
      expect(flow(el).text()).to.equal('Sorry, this cannot be shown because its content has a problem.');
    });
  });
});

describe('<cp-consent-flow>: not agreeing, quick exit and shared devices', () => {
  const press = async (host: Element, label: string) => {
    const widget = new WidgetHarness(host as HTMLElement);
    expect(() => widget.button(label), label).to.not.throw();
    await widget.press(label);
  };
  const realGo = quickExit.go;
  let exits: string[] = [];
  beforeEach(() => {
    exits = [];
    quickExit.go = (url) => void exits.push(url);
  });
  afterEach(async () => {
    quickExit.go = realGo;
    await setViewport({ width: 800, height: 600 });
  });

  describe('declining a required statement', () => {
    it('names the statement, says what it means and that it is fine, who to ask, and moves focus there: no error', async () => {
      const before = document.title;
      const el = await mount(study, { step: 'statements' });
      await tick(el, 'read');
      await tick(el, 'voluntary');
      await next(el);
      expect(el.step).to.equal('statements');
      // Never the error summary, an "Error:" title or an error on the box.
      expect(flow(el).errorSummary()).to.equal(null);
      expect(document.title).to.not.match(/^Error/);
      expect(document.title).to.equal(before);
      const box = $(el, 'cp-checkbox-group[name="s:notes"]')!;
      expect(box.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(box.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);

      const message = $(el, '.declined')!;
      expect(deepActive(), 'focus moves to the message').to.equal(message);
      expect(message.getAttribute('role')).to.equal('region');
      expect(message.getAttribute('aria-labelledby')).to.equal('declined-title');
      expect(text($(el, '#declined-title'))).to.equal('You have not agreed to this');
      const words = text(message);
      expect(words).to.include(study.statements[2]!.text);
      expect(words).to.include('You need to agree to this to take part in this project.');
      expect(words).to.include('That is fine. It is your choice, and you do not have to give a reason.');
      expect(words).to.include(`To ask about other ways to take part, contact ${study.contacts.team}.`);
      expect(words).to.include('You can still tick it and continue, or leave without agreeing.');
      expect(words).to.not.match(/\b(error|problem)\b/i);
      expect(text(message.querySelector('cp-button'))).to.equal('Leave without agreeing');
      await expectNoAxeViolations(el.parentElement!);

      // Still free to tick it and go on.
      await tick(el, 'notes');
      await next(el);
      expect(el.step).to.equal('credit');
      expect($(el, '.declined')).to.equal(null);
    });

    it('lists every required statement not agreed to, in the plural', async () => {
      const el = await mount(study, { step: 'statements' });
      await next(el);
      const required = study.statements.filter((s) => s.required);
      expect([...$(el, '.declined ul')!.querySelectorAll('li')].map(text)).to.deep.equal(required.map((s) => s.text));
      expect(text($(el, '#declined-title'))).to.equal('You have not agreed to these');
      expect(text($(el, '.declined'))).to.include('You need to agree to these to take part in this project.');
      expect(text($(el, '.declined'))).to.include('You can still tick them and continue, or leave without agreeing.');
    });

    it('"Leave without agreeing" ends calmly: nothing sent, who to contact, focus and title on the page, an event with nothing personal', async () => {
      const { calls } = stub(201);
      const el = await mount(study, { step: 'statements' });
      el.answers = { agreed: ['read'], access: 'A quiet room', credit: 'full', creditName: 'Rae Jones' };
      await flow(el).settle();
      const events: CustomEvent[] = [];
      el.addEventListener('cp-consent-declined', (e) => events.push(e));
      await next(el);
      await press(el, 'Leave without agreeing');
      await waitUntil(() => events.length, 'cp-consent-declined fired');

      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      const d = events[0]!.detail.decline;
      expect(Object.keys(d).sort()).to.deep.equal(['at', 'consentId', 'id', 'statements', 'type', 'version']);
      expect([d.consentId, d.version, d.type, d.statements]).to.deep.equal([
        study.id,
        study.version,
        'declined',
        ['voluntary', 'notes'],
      ]);
      expect(JSON.stringify(d)).to.not.match(/Rae|quiet/);
      expect(calls, 'nothing is sent without recordDeclines').to.have.length(0);

      const heading = $(el, '.heading')!;
      expect(text(heading)).to.equal('You have not agreed');
      expect(deepActive()).to.equal(heading);
      expect(document.title).to.match(/^You have not agreed – /);
      const page = flow(el).text();
      expect(page).to.include('You have not agreed Nothing has been sent.');
      expect(page).to.include(study.contacts.team);
      if (study.contacts.independent) expect(page).to.include(study.contacts.independent);
      expect(page).to.not.match(/\b(error|problem)\b/i);
      expect($(el, 'form'), 'the flow has ended').to.equal(null);
      expect(el.answers, 'the answers are forgotten').to.deep.equal({ agreed: [] });
      await expectNoAxeViolations(el.parentElement!);
    });

    it('with recordDeclines, sends the note (nothing personal) through the same transport, valid against its schema', async () => {
      const { calls } = stub(201);
      const def = { ...copy(study), recordDeclines: true };
      const el = await mount(def, { step: 'statements' });
      el.answers = { agreed: ['read', 'voluntary'], access: 'Large print' };
      await flow(el).settle();
      await next(el);
      await press(el, 'Leave without agreeing');
      await waitUntil(() => calls.length, 'sent');
      const body = calls[0]!.body as Record<string, unknown>;
      expect(calls[0]!.url).to.equal(ENDPOINT);
      expect(calls[0]!.headers['idempotency-key']).to.equal(body.id);
      expect(body).to.include({ consentId: study.id, version: study.version, type: 'declined' });
      expect(body.statements).to.deep.equal(['notes']);
      expect(check(declineSchema as unknown as Schema, body)).to.deep.equal([]);
      expect(check(declineSchema as unknown as Schema, { ...body, accessNeeds: 'Large print' })).to.not.deep.equal([]);
      await flow(el).settle();
      expect(flow(el).text()).to.include(
        'Nothing about you has been sent. We only keep a note that someone chose not to take part.',
      );
    });

    it('forgets a kept draft on leaving', async () => {
      const el = await mount(study, { saveDraft: true });
      await toStatements(el);
      await tick(el, 'read');
      expect(localStorage.length).to.equal(1);
      await next(el);
      await press(el, 'Leave without agreeing');
      expect(localStorage.length).to.equal(0);
    });
  });

  describe('quick exit', () => {
    it('the button and Shift pressed 3 times replace the page; without exit-url, neither', async () => {
      const el = await mount(study, { exitUrl: EXIT });
      await flow(el).settle();
      expect(text($(el, '.exit'))).to.equal('Exit this page');
      expect(flow(el).text()).to.include('You can also press Shift 3 times to leave at once.');
      await press(el, 'Exit this page');
      expect(exits).to.deep.equal([EXIT]);
      exits = [];
      for (const key of ['Shift', 'Shift', 'a', 'Shift', 'Shift']) await sendKeys({ press: key });
      expect(exits, 'not yet: "a" started the count again').to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(exits).to.deep.equal([EXIT]);
      el.parentElement!.remove();

      exits = [];
      const plain = await mount();
      expect($(plain, '.exit')).to.equal(null);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(exits).to.deep.equal([]);
    });

    it('at 320×256, Tab and Shift+Tab never leave focus under the sticky bar (WCAG 2.4.11)', async () => {
      await setViewport({ width: 320, height: 256 });
      const wrapper = await place(html`<div lang="en-GB">
        <button id="before">Before</button>
        <cp-consent-flow .data=${study} step="statements" exit-url=${EXIT}></cp-consent-flow>
        <button id="after">After</button>
        <div style="height: 100vh"></div>
      </div>`);
      const el = wrapper.querySelector('cp-consent-flow') as Flow;
      await waitUntil(() => el.textHash, 'hashed');
      await flow(el).settle();
      expect(getComputedStyle(el).getPropertyValue('--cp-sticky-top')).to.match(/calc\(\d/);
      const bar = $(el, '.exit')!;
      const covered: string[] = [];
      let stops = 0;
      for (const [start, key, end] of [
        ['#before', 'Tab', 'after'],
        ['#after', 'Shift+Tab', 'before'],
      ] as const) {
        wrapper.querySelector<HTMLButtonElement>(start)!.focus();
        if (key !== 'Tab') await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 60; i++) {
          await sendKeys({ press: 'Tab' });
          await new Promise((r) => requestAnimationFrame(r));
          const active = deepActive()!;
          if (active.id === end) break;
          stops++;
          if (bar.contains((active.getRootNode() as ShadowRoot).host ?? active)) continue;
          const a = active.getBoundingClientRect();
          const b = bar.getBoundingClientRect();
          if (a.top < b.bottom && b.top < a.bottom)
            covered.push(`${key}: ${active.localName} ${text(active).slice(0, 30)}`);
        }
        if (key !== 'Tab') await sendKeys({ up: 'Shift' });
      }
      expect(stops).to.be.greaterThan(10);
      expect(covered).to.deep.equal([]);
    });
  });

  describe('shared devices', () => {
    it('with save-draft, every step says answers are kept here, and "Clear my answers" is always there', async () => {
      const el = await mount(study, { saveDraft: true });
      expect(text($(el, '.draft-note p'))).to.equal(
        'Your answers are kept on this device until you send them, so you can come back later. If other people use this device, clear your answers when you finish.',
      );
      expect($(el, '.notice'), 'not only after a restore').to.equal(null);
      await toStatements(el);
      await tick(el, 'read');
      expect(localStorage.length).to.equal(1);
      expect(text($(el, '.draft-note cp-button'))).to.equal('Clear my answers');
      await expectNoAxeViolations(el.parentElement!);
      await press(el, 'Clear my answers');
      expect(localStorage.length).to.equal(0);
      expect(el.answers.agreed).to.deep.equal([]);
      expect(el.step).to.equal('info');
      expect(deepActive()).to.equal($(el, '.heading'));
    });

    it('without save-draft, nothing is kept and nothing says it is', async () => {
      const el = await mount();
      await toStatements(el);
      await tick(el, 'read');
      expect(localStorage.length).to.equal(0);
      expect($(el, '.draft-note')).to.equal(null);
      expect(flow(el).text()).to.not.include('kept on this device');
    });
  });
});

describe('the right-to-left story', () => {
  it('is in Arabic throughout: no English words in an Arabic page', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.RightToLeft as StoryLike);
    await waitUntil(() => main.querySelector('cp-consent-flow')?.shadowRoot?.textContent, 'the story renders');
    await settled(main);
    expectArabicOnly(main.querySelector('cp-consent-flow')!);
  });
});

axeEveryStory('consent-flow.stories.ts', stories, async (el) => {
  const flow = el.querySelector('cp-consent-flow') as Flow;
  await waitUntil(() => flow.textHash, 'the definition is hashed');
  // The error stories press Continue once rendered: wait for the error summary, or (for a required
  // statement left unticked) the message about not agreeing, or the page after leaving.
  if (flow.dataset.errors === 'yes')
    await waitUntil(
      () => new ConsentFlowHarness(flow).errorSummary() ?? $(flow, '.declined, .left'),
      'the errors or the message show',
    );
  await settled(el);
});
