// Issue 11: the payment choice, the reference and key, and a complete copy to keep.
import { expect, html } from '@open-wc/testing';
import '../src/components/consent/consent-flow.index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { ConsentDefinition, ConsentRecord } from '../src/components/consent/types.js';
import {
  ALPHABET,
  KEY_LENGTH,
  groupKey,
  keyHashOf,
  newKey,
  newReference,
  normaliseKey,
  normaliseReference,
  referencePrefix,
} from '../src/components/consent/record.js';
import { sha256 } from '../src/contract/hash.js';
import recordSchema from '../src/contract/schemas/consent-record.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { place } from './helpers/form-control-suite.js';
import { useFetchStub } from './helpers/fetch.js';
import { renderStory, type StoryLike } from './helpers/stories.js';
import * as stories from '../stories/consent-flow.stories.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import workshop from '../stories/data/consent/workshop-recording.json';

const study = peerResearch as ConsentDefinition;
const choice = workshop as ConsentDefinition;
const ENDPOINT = 'https://collector.test/v1/consent';
const MANAGE = 'https://northfield-voices.org.uk/consent/manage';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const REFERENCE = /^[A-HJKMNP-TV-Z]{2}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

const stub = useFetchStub();
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

type Flow = CpConsentFlow;

async function mount(
  def: ConsentDefinition = study,
  props: Record<string, unknown> = {},
  manage = true,
): Promise<Flow> {
  const wrapper = await place(
    html`<div lang="en-GB">
      <cp-consent-flow
        .data=${def}
        endpoint=${ENDPOINT}
        save-draft
        manage-url=${manage ? MANAGE : ''}
      ></cp-consent-flow>
    </div>`,
  );
  const el = wrapper.querySelector('cp-consent-flow') as Flow;
  if (!manage) el.removeAttribute('manage-url');
  Object.assign(el, props);
  await settled(wrapper);
  await waitUntil(() => el.textHash, 'the definition is hashed');
  await settled(el.shadowRoot!);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function next(el: Flow): Promise<void> {
  $(el, 'form > cp-button.next')!.shadowRoot!.querySelector('button')!.click();
  await settled(el.shadowRoot!);
}
async function tick(el: Flow, id: string): Promise<void> {
  $(el, `cp-checkbox-group[name="s:${id}"]`)!.shadowRoot!.querySelector('input')!.click();
  await settled(el.shadowRoot!);
}
async function choose(el: Flow, name: string, value: string): Promise<void> {
  $(el, `cp-radio-group[name="${name}"]`)!
    .shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!
    .click();
  await settled(el.shadowRoot!);
}
const optionsOf = (el: Flow, name: string) =>
  [...$(el, `cp-radio-group[name="${name}"]`)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((i) => [
    i.value,
    text(i.labels?.[0]),
  ]);

/** Goes through every step: a payment answer when asked, the required statements, then to the check. */
async function toCheck(el: Flow, def: ConsentDefinition, pay?: string) {
  while (el.step !== 'statements') {
    if (el.step === 'payment' && pay) await choose(el, 'payment', pay);
    await next(el);
  }
  for (const s of def.statements.filter((s) => s.required)) await tick(el, s.id);
  while ((el.step as string) !== 'check') await next(el);
}

/** The record of a complete run that the page handles itself (preventDefault). */
async function run(el: Flow, def: ConsentDefinition, pay?: string): Promise<ConsentRecord> {
  let record: ConsentRecord | undefined;
  el.addEventListener('cp-consent', (e) => {
    e.preventDefault();
    record = e.detail.record;
  });
  await toCheck(el, def, pay);
  await next(el);
  await waitUntil(() => record && el.step === 'done', 'cp-consent fired');
  await settled(el.shadowRoot!);
  return record!;
}

/** All the text a person can see in the flow, through every shadow root. */
function seen(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += `${n.textContent} `;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/\s+/g, ' ');
}

const copyOf = (el: Flow) => seen($(el, '.copy')!).trim();
const codes = (el: Flow) => $$(el, '.copy dd.code').map(text);
const download = async (el: Flow) => (await fetch($<HTMLAnchorElement>(el, 'a[download]')!.href)).text();

describe('payment choice (issue 11)', () => {
  it('asks how to be paid when the method is a choice, always offers "I do not want to be paid", and records it', async () => {
    const el = await mount(choice, { step: 'payment' });
    expect(optionsOf(el, 'payment')).to.deep.equal([
      ['cash', 'Cash'],
      ['bank', 'Bank transfer'],
      ['voucher', 'A voucher'],
      ['none', 'I do not want to be paid'],
    ]);
    expect(text($(el, 'cp-radio-group[name="payment"]')!.shadowRoot!.querySelector('legend'))).to.equal(
      'How would you like to be paid? (optional)',
    );
    el.step = 'info';
    await settled(el.shadowRoot!);
    expect((await run(el, choice, 'bank')).payment).to.deep.equal({
      method: 'bank',
    });
    el.parentElement!.remove();

    const el2 = await mount(choice);
    const record = await run(el2, choice, 'none');
    expect(record.payment).to.deep.equal({ method: 'none' });
    expect(copyOf(el2)).to.include('How would you like to be paid? I do not want to be paid');
    expect(await download(el2)).to.include('How would you like to be paid?\nI do not want to be paid\n');
  });

  it('offers "I do not want to be paid" when there is no choice of method too', async () => {
    const el = await mount(study, { step: 'payment' });
    expect(optionsOf(el, 'payment')).to.deep.equal([
      ['voucher', 'A voucher'],
      ['none', 'I do not want to be paid'],
    ]);
    el.step = 'info';
    await settled(el.shadowRoot!);
    expect((await run(el, study, 'none')).payment).to.deep.equal({
      method: 'none',
    });
  });

  it('is optional: skipping it records no payment and Continue goes on', async () => {
    const el = await mount(choice);
    await next(el);
    expect(el.step).to.equal('payment');
    await next(el);
    expect(el.step).to.equal('statements');
    el.step = 'info';
    await settled(el.shadowRoot!);
    const record = await run(el, choice);
    expect(record).not.to.have.property('payment');
  });

  it('shows on "Check your answers" with a Change link to the payment step', async () => {
    const el = await mount(choice);
    await toCheck(el, choice, 'cash');
    const dt = $$(el, 'dt').find((d) => text(d) === 'How would you like to be paid?')!;
    expect(text(dt.nextElementSibling)).to.equal('Cash');
    const change = dt.nextElementSibling!.nextElementSibling!.querySelector('a')!;
    change.click();
    await settled(el.shadowRoot!);
    expect(el.step).to.equal('payment');
  });
});

describe('the reference and key (issue 11)', () => {
  it('references look like PR-7K4Q-M2XD, use only the unambiguous alphabet, and do not repeat', () => {
    expect(ALPHABET).to.have.length(30);
    for (const c of '01OILU') expect(ALPHABET).not.to.include(c);
    const seenRefs = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const r = newReference('peer-research-2026');
      expect(r).to.match(REFERENCE);
      seenRefs.add(r);
    }
    expect(seenRefs.size, 'no two the same').to.equal(20_000);
    // Every character of the alphabet turns up, and nothing else does.
    const chars = new Set([...seenRefs].flatMap((r) => [...r.slice(3).replace('-', '')]));
    expect([...chars].sort().join('')).to.equal([...ALPHABET].sort().join(''));
  });

  it('takes its two letters from the consent id, without letters that look like digits', () => {
    expect(referencePrefix('peer-research-2026')).to.equal('PR');
    expect(referencePrefix('workshop-recording-2026-03')).to.equal('WR');
    expect(referencePrefix('older-people')).to.equal('PD'); // O and L are left out
    expect(referencePrefix('2026')).to.equal('CP');
    expect(normaliseReference(' pr 7k4q m2xd ')).to.equal('PR-7K4Q-M2XD');
  });

  it('keys are over 128 bits of randomness, shown in groups of four', () => {
    expect(KEY_LENGTH * Math.log2(ALPHABET.length)).to.be.greaterThan(128);
    const keys = new Set(Array.from({ length: 2000 }, newKey));
    expect(keys.size).to.equal(2000);
    for (const k of keys) expect(k).to.match(new RegExp(`^[${ALPHABET}]{${KEY_LENGTH}}$`));
    const k = [...keys][0]!;
    expect(groupKey(k)).to.match(/^(\w{4} ){6}\w{4}$/);
    expect(normaliseKey(groupKey(k).toLowerCase())).to.equal(k);
  });

  it('the record has a reference and the hash of the key, never the key; the copy has both', async () => {
    const { calls } = stub(201);
    const el = await mount();
    await toCheck(el, study);
    await next(el);
    await waitUntil(() => el.step === 'done', 'sent');
    await settled(el.shadowRoot!);
    const body = calls[0]!.body as ConsentRecord;
    expect(body.reference).to.match(REFERENCE);
    expect(body.reference.slice(0, 2)).to.equal('PR');
    expect(body.id).to.match(UUID);
    const [reference, grouped] = codes(el);
    expect(reference).to.equal(body.reference);
    const key = normaliseKey(grouped!);
    expect(key).to.have.length(KEY_LENGTH);
    expect(body.keyHash).to.equal(`sha256:${await sha256(key)}`);
    expect(body.keyHash).to.equal(await keyHashOf(grouped!));
    expect(JSON.stringify(body)).not.to.include(key);
    expect(Object.keys(body)).not.to.include('key');
    expect(calls[0]!.headers['idempotency-key']).to.equal(body.id);
    // The manage link carries the reference and the key.
    const link = $<HTMLAnchorElement>(el, '.copy a[href^="https:"]')!;
    const url = new URL(link.href);
    expect(url.origin + url.pathname).to.equal(MANAGE);
    expect([url.searchParams.get('ref'), url.searchParams.get('key')]).to.deep.equal([body.reference, key]);
    expect(text(link)).to.equal(link.href);
  });

  it('has no manage link without manage-url', async () => {
    const el = await mount(study, {}, false);
    await run(el, study);
    expect(codes(el)).to.have.length(2);
    expect($(el, '.copy a')).to.equal(null);
    expect(copyOf(el)).not.to.include('Your link to change or withdraw');
  });

  it('keeps the same reference and key when the endpoint refuses and the person tries again', async () => {
    const { calls } = stub(422, 201);
    const el = await mount();
    await toCheck(el, study);
    await next(el);
    await waitUntil(() => $(el, '.delivery'), 'refused');
    expect(el.step).to.equal('check');
    await next(el);
    await waitUntil(() => el.step === 'done', 'sent');
    await settled(el.shadowRoot!);
    const [a, b] = calls.map((c) => c.body as ConsentRecord);
    expect([b!.id, b!.reference, b!.keyHash]).to.deep.equal([a!.id, a!.reference, a!.keyHash]);
    expect(codes(el)[0]).to.equal(a!.reference);
  });

  it('keeps the same reference and key in the draft, when the page is closed after a refusal', async () => {
    const { calls } = stub(422, 201);
    const el = await mount();
    await toCheck(el, study);
    await next(el);
    await waitUntil(() => $(el, '.delivery'), 'refused');
    el.parentElement!.remove();
    const again = await mount();
    expect(again.step).to.equal('check');
    await next(again);
    await waitUntil(() => again.step === 'done', 'sent');
    const [a, b] = calls.map((c) => c.body as ConsentRecord);
    expect([b!.id, b!.reference, b!.keyHash]).to.deep.equal([a!.id, a!.reference, a!.keyHash]);
  });

  it('"Start again" makes a new reference', async () => {
    const { calls } = stub(422, 201);
    const el = await mount();
    await toCheck(el, study);
    await next(el);
    await waitUntil(() => $(el, '.delivery'), 'refused');
    el.parentElement!.remove();
    const again = await mount();
    $(again, '.notice a')!.click();
    await settled(again.shadowRoot!);
    await toCheck(again, study);
    await next(again);
    await waitUntil(() => again.step === 'done', 'sent');
    expect((calls[1]!.body as ConsentRecord).reference).not.to.equal((calls[0]!.body as ConsentRecord).reference);
  });
});

describe('the complete participant copy (issue 11)', () => {
  const dated = (): ConsentDefinition => ({
    ...structuredClone(study),
    withdrawal: { how: study.withdrawal.how, until: '2026-07-01' },
  });

  it('holds the information read (Easy Read), payment terms and choice, every decision, how to withdraw and until when, contacts and the reference', async () => {
    const def = dated();
    const el = await mount(def, { answers: { agreed: [], easy: true } });
    const record = await run(el, def, 'voucher');
    const page = copyOf(el);
    const file = await download(el);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const copy of [page, flat(file)]) {
      for (const s of def.sections) {
        expect(copy).to.include(s.heading);
        for (const p of s.easyRead!.split(/\n\s*\n/)) expect(copy).to.include(flat(p.trim()));
        expect(copy).not.to.include(flat(s.body.split(/\n\s*\n/)[0]!.trim()));
      }
      expect(copy).to.include('Version 2.1, 1 February 2026 (Easy Read)');
      expect(copy).to.include('You will be paid £25 for each session.');
      expect(copy).to.include('We pay with a voucher.');
      expect(copy).to.include(flat(def.payment!.why!));
      expect(copy).to.include(flat(def.payment!.benefitsNote));
      expect(copy).to.include(flat(def.payment!.expenses!));
      expect(copy).to.include('How would you like to be paid? A voucher');
      for (const s of def.statements)
        expect(copy).to.include(`${s.text} ${record.decisions[s.id] ? 'Agreed' : 'Not agreed'}`);
      expect(copy).to.include(flat(def.withdrawal.how));
      expect(copy).to.include('You can withdraw until 1 July 2026.');
      expect(copy).not.to.include('2026-07-01');
      expect(copy).to.include(def.contacts.team);
      expect(copy).to.include(def.contacts.independent!);
      expect(copy).to.include(def.organisation.contact!);
      expect(copy).to.include(record.reference);
      expect(copy).to.include('Keep your key and link private, like a password.');
      expect(copy).to.include(`${MANAGE}?ref=${record.reference}&key=`);
    }
    expect(file).to.include(`${def.statements[3]!.text}\nNot agreed`);
    const key = normaliseKey(codes(el)[1]!);
    expect(file).to.include(groupKey(key));
    expect(file).to.include(`Your reference\n${record.reference}\n`);
  });

  it('shows the standard information when that is what was read, and the until text as it is when it is not a date', async () => {
    const el = await mount();
    await run(el, study);
    const page = copyOf(el);
    expect(page).to.include(
      study.sections[1]!.body.split(/\n\s*\n/)[0]!
        .trim()
        .replace(/\s+/g, ' '),
    );
    expect(page).not.to.include('(Easy Read)');
    expect(page).to.include(study.withdrawal.until!.replace(/\s+/g, ' '));
  });

  it('never shows a UUID: not on the confirmation, the copy, the file or the title', async () => {
    stub(201);
    const el = await mount();
    await toCheck(el, study);
    await next(el);
    await waitUntil(() => el.step === 'done', 'sent');
    await settled(el.shadowRoot!);
    expect(el.record!.id).to.match(UUID);
    expect(seen(el.shadowRoot!)).to.include(el.record!.reference);
    expect(seen(el.shadowRoot!)).not.to.match(UUID);
    expect(await download(el)).not.to.match(UUID);
    expect(document.title).not.to.match(UUID);
  });

  it('makes the download once per record, not on every render, and lets it go when the flow leaves the page', async () => {
    const made: string[] = [];
    const revoked: string[] = [];
    const [create, revoke] = [URL.createObjectURL, URL.revokeObjectURL];
    URL.createObjectURL = (b: Blob) => (made.push(create(b)), made.at(-1)!);
    URL.revokeObjectURL = (u: string) => (revoked.push(u), revoke(u));
    try {
      const el = await mount();
      await run(el, study);
      for (let i = 0; i < 5; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect(made).to.have.length(1);
      expect($<HTMLAnchorElement>(el, 'a[download]')!.href).to.equal(made[0]);
      expect(revoked).to.deep.equal([]);
      el.parentElement!.remove();
      expect(revoked).to.deep.equal(made);
    } finally {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
    }
  });

  it('the story shows everything: reference, key, manage link, Easy Read information and the payment choice', async () => {
    const main = await renderStory(stories.default as StoryLike, stories.CompleteParticipantCopy as StoryLike);
    const el = main.querySelector('cp-consent-flow') as Flow;
    await waitUntil(() => el.shadowRoot?.querySelector('.copy'), 'the copy shows');
    await settled(main);
    expect(codes(el)[0]).to.match(REFERENCE);
    expect(normaliseKey(codes(el)[1]!)).to.have.length(KEY_LENGTH);
    expect(copyOf(el)).to.include('I do not want to be paid');
    expect(copyOf(el)).to.include('(Easy Read)');
    expect($(el, '.copy a[href*="?ref="]')).not.to.equal(null);
    expect(seen(el.shadowRoot!)).not.to.match(UUID);
  });
});

describe('with lived experience: the credit step (issue 12)', () => {
  const box = (el: Flow) => $(el, 'cp-checkbox-group[name="lived"]') as (HTMLElement & { value: string[] }) | null;
  async function tickLived(el: Flow) {
    box(el)!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await settled(el.shadowRoot!);
  }
  async function typeName(el: Flow, name: string) {
    const input = $(el, 'cp-text-field[name="creditName"]')!.shadowRoot!.querySelector('input')!;
    input.value = name;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(el.shadowRoot!);
  }
  /** The record of a complete run, with `answer` done on the credit step. */
  async function runCredit(el: Flow, def: ConsentDefinition, answer: () => Promise<void>): Promise<ConsentRecord> {
    let record: ConsentRecord | undefined;
    el.addEventListener('cp-consent', (e) => {
      e.preventDefault();
      record = e.detail.record;
    });
    while (el.step !== 'statements') await next(el);
    for (const s of def.statements.filter((s) => s.required)) await tick(el, s.id);
    await next(el);
    expect(el.step).to.equal('credit');
    await answer();
    while ((el.step as string) !== 'check') await next(el);
    await next(el);
    await waitUntil(() => record && el.step === 'done', 'cp-consent fired');
    await settled(el.shadowRoot!);
    expect(check(recordSchema as Schema, record)).to.deep.equal([]);
    return record!;
  }

  it('is offered, unticked and optional, only to people who chose to be named: not for a group, not named, or not listed', async () => {
    const el = await mount(study, { step: 'credit' });
    expect(box(el), 'nothing before a choice').to.equal(null);
    for (const choice of ['full', 'first-name', 'initials', 'pseudonym']) {
      await choose(el, 'credit', choice);
      const group = box(el)!;
      expect(group, choice).to.not.equal(null);
      expect(text(group.shadowRoot!.querySelector('legend'))).to.equal('Lived experience (optional)');
      expect(text(group.shadowRoot!.querySelector('label'))).to.equal('Say that I took part with lived experience');
      expect(text(group.shadowRoot!.querySelector('.hint'))).to.equal(
        'Some people take part because of their own experience of what this project is about. If you tick this, the credits say “with lived experience” after your name. You can skip this.',
      );
      expect(group.shadowRoot!.querySelector<HTMLInputElement>('input')!.checked, 'never pre-ticked').to.equal(false);
    }
    for (const choice of ['group', 'anonymous', 'hidden']) {
      await choose(el, 'credit', choice);
      expect(box(el), choice).to.equal(null);
    }
    // Skipping it is fine: Continue goes on.
    await choose(el, 'credit', 'initials');
    await typeName(el, 'Amina Khan');
    await next(el);
    expect(el.step).to.equal('access');
  });

  it('ticked, puts livedExperience: true in the record (valid against the schema), on Check your answers and in the copy', async () => {
    const el = await mount();
    let checkRows: string[] = [];
    const record = await runCredit(el, study, async () => {
      await choose(el, 'credit', 'pseudonym');
      await typeName(el, 'Sunny');
      await tickLived(el);
      while ((el.step as string) !== 'check') await next(el);
      checkRows = $$(el, '[part="summary"] dt').map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);
    });
    expect(record.credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny', livedExperience: true });
    expect(checkRows).to.include('Lived experience: Say that I took part with lived experience');
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const copy of [copyOf(el), flat(await download(el))])
      expect(copy).to.include('A made-up name: Sunny Lived experience Say that I took part with lived experience');
  });

  it('not ticked, leaves it out of the record, and the copy says it is not mentioned', async () => {
    const el = await mount();
    const record = await runCredit(el, study, async () => {
      await choose(el, 'credit', 'full');
      await typeName(el, 'Rae Jones');
    });
    expect(record.credit).to.deep.equal({ credit: 'full', name: 'Rae Jones' });
    expect(copyOf(el)).to.include('Lived experience Not mentioned');
  });

  it('ticked, then a choice that does not name them: left out of the record and the copy', async () => {
    for (const choice of ['anonymous', 'hidden', 'group']) {
      const el = await mount();
      const record = await runCredit(el, study, async () => {
        await choose(el, 'credit', 'first-name');
        await typeName(el, 'Rae');
        await tickLived(el);
        await choose(el, 'credit', choice);
        if (choice === 'group') await typeName(el, 'Northfield Peer Researchers');
      });
      expect(record.credit, choice).to.not.have.property('livedExperience');
      expect(copyOf(el)).to.not.include('Lived experience');
      el.parentElement!.remove();
    }
  });

  it('is not asked when the definition says askLivedExperience: false', async () => {
    const off = { ...structuredClone(study), askLivedExperience: false };
    const el = await mount(off, { answers: { agreed: [], lived: ['yes'] } });
    const record = await runCredit(el, off, async () => {
      await choose(el, 'credit', 'pseudonym');
      expect(box(el)).to.equal(null);
      await typeName(el, 'Sunny');
    });
    expect(record.credit).to.deep.equal({ credit: 'pseudonym', pseudonym: 'Sunny' });
    expect(copyOf(el)).to.not.include('Lived experience');
  });

  it('"Change" on Check your answers goes to the checkbox', async () => {
    const el = await mount(study, {
      answers: { agreed: ['read', 'voluntary', 'notes'], credit: 'initials', creditName: 'Amina Khan', lived: ['yes'] },
      step: 'check',
    });
    const dt = $$(el, '[part="summary"] dt').find((d) => text(d) === 'Lived experience')!;
    const change = dt.nextElementSibling!.nextElementSibling!.querySelector<HTMLAnchorElement>('a.change')!;
    expect(text(change)).to.equal('Change Lived experience');
    change.click();
    await settled(el.shadowRoot!);
    expect(el.step).to.equal('credit');
    expect(box(el)!.value).to.deep.equal(['yes']);
  });
});
