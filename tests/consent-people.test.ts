// Issue 11: assisted and recorded consent (staff mode), and young people (assent plus a parent's consent).
import { expect, html } from '@open-wc/testing';
import '../src/components/consent/consent-flow.index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { ConsentDefinition, ConsentRecord } from '../src/components/consent/types.js';
import recordSchema from '../src/contract/schemas/consent-record.schema.json';
import definitionSchema from '../src/contract/schemas/consent-definition.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { deepActive, place } from './helpers/form-control-suite.js';
import workshopJson from '../stories/data/consent/workshop-recording.json';
import youngJson from '../stories/data/consent/young-carers.json';

const workshop = workshopJson as ConsentDefinition;
const young = youngJson as ConsentDefinition;
type Flow = CpConsentFlow;

async function mount(def: ConsentDefinition, staff = false, props: Record<string, unknown> = {}): Promise<Flow> {
  const wrapper = await place(html`<div lang="en-GB">
    <cp-consent-flow .data=${def} ?staff-mode=${staff} endpoint="https://collector.test/v1/consent"></cp-consent-flow>
  </div>`);
  const el = wrapper.querySelector('cp-consent-flow') as Flow;
  Object.assign(el, props);
  await settled(wrapper);
  await waitUntil(() => el.textHash, 'the definition is hashed');
  await settled(el.shadowRoot!);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const heading = (el: Element) => text($(el, '.heading'));
const page = (el: Element) => text(el.shadowRoot);
/** "Check your answers" as "what: answer" lines. */
const summaryOf = (el: Element) =>
  $$(el, '[part="summary"] dt').map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`);

async function next(el: Flow): Promise<void> {
  $(el, 'form > cp-button.next')!.shadowRoot!.querySelector('button')!.click();
  await settled(el.shadowRoot!);
}
async function tick(el: Flow, name: string): Promise<void> {
  $(el, `cp-checkbox-group[name="${name}"]`)!.shadowRoot!.querySelector('input')!.click();
  await settled(el.shadowRoot!);
}
async function choose(el: Flow, name: string, value: string): Promise<void> {
  $(el, `cp-radio-group[name="${name}"]`)!
    .shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!
    .click();
  await settled(el.shadowRoot!);
}
async function type(el: Flow, name: string, value: string): Promise<void> {
  const input = $(el, `[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(el.shadowRoot!);
}
/** Catches the record the flow would send (the page handles it: preventDefault). */
function catchRecord(el: Flow): () => ConsentRecord | undefined {
  let record: ConsentRecord | undefined;
  el.addEventListener('cp-consent', (e) => {
    e.preventDefault();
    record = e.detail.record;
  });
  return () => record;
}
/** Continues to "Check your answers", ticking the required statements on the way, and sends. */
async function finish(el: Flow, def: ConsentDefinition, got: () => ConsentRecord | undefined): Promise<ConsentRecord> {
  while (el.step !== 'check') {
    if (el.step === 'statements') for (const s of def.statements.filter((s) => s.required)) await tick(el, `s:${s.id}`);
    await next(el);
  }
  await next(el);
  await waitUntil(got, 'cp-consent fired');
  const record = got()!;
  expect(check(recordSchema as unknown as Schema, record), 'the record fits the published schema').to.deep.equal([]);
  return record;
}

describe('<cp-consent-flow> staff mode (assisted and recorded consent)', () => {
  it('without staff-mode: no staff step, "I agree", and the record says online with no recordedBy', async () => {
    const el = await mount(workshop);
    expect(el.step).to.equal('info');
    expect(heading(el)).to.equal('Step 1 of 5 About taking part');
    const got = catchRecord(el);
    await next(el);
    await next(el);
    expect(el.step).to.equal('statements');
    expect(heading(el)).to.include('What you agree to');
    expect(text($(el, 'cp-checkbox-group')!.shadowRoot!.querySelector('label'))).to.include('I agree');
    const record = await finish(el, workshop, got);
    expect(record.method).to.equal('online');
    expect(record).not.to.have.property('recordedBy');
  });

  it('asks first how consent is being taken and who is recording it, both needed', async () => {
    const el = await mount(workshop, true);
    expect(el.step).to.equal('staff');
    expect(heading(el)).to.equal('Step 1 of 6 How consent is being taken');
    const method = $(el, 'cp-radio-group[name="method"]')!;
    expect(text(method.shadowRoot!.querySelector('legend'))).to.include('How are they giving consent?');
    const values = [...method.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(values).to.deep.equal(['verbal', 'paper', 'assisted']);
    expect($(el, 'cp-text-field[name="recordedBy"]')!.hasAttribute('required')).to.equal(true);
    await next(el);
    expect(el.step, 'both are needed: it is the staff member’s account, not the participant’s answer').to.equal(
      'staff',
    );
    const links = [...$(el, 'cp-error-summary')!.shadowRoot!.querySelectorAll('a')].map(text);
    expect(links).to.deep.equal(['Select how they are giving consent', 'Enter your name or role']);
    await expectNoAxeViolations(el);
    await choose(el, 'method', 'verbal');
    await type(el, 'recordedBy', 'Jo, facilitator');
    await next(el);
    expect(el.step).to.equal('info');
    expect(deepActive()).to.equal($(el, '.heading'));
  });

  it('reads "They agree…" and speaks of the participant in the third person, then records method and recordedBy', async () => {
    const el = await mount(workshop, true);
    const got = catchRecord(el);
    await choose(el, 'method', 'paper');
    await type(el, 'recordedBy', 'Peer research lead');
    await next(el);
    await next(el);
    expect(el.step).to.equal('payment');
    expect(page(el)).to.include('They will be paid £20 for each workshop.');
    expect(page(el)).to.include('If they get benefits');
    await next(el);
    expect(heading(el)).to.equal('Step 4 of 6 What they agree to');
    expect(page(el)).to.include('Tick each one they agree to.');
    const boxes = $$(el, 'cp-checkbox-group').map((g) => text(g.shadowRoot!.querySelector('label')));
    expect(
      boxes.every((b) => b.startsWith('They agree')),
      boxes.join(' | '),
    ).to.equal(true);
    expect(page(el)).not.to.match(/\bI agree\b(?!:)/);
    for (const s of workshop.statements.filter((s) => s.required)) await tick(el, `s:${s.id}`);
    await next(el);
    expect(text($(el, 'cp-textarea')!.shadowRoot!.querySelector('label'))).to.include(
      'What would they need in place to take part?',
    );
    await next(el);
    expect(el.step).to.equal('check');
    const summary = summaryOf(el);
    expect(summary).to.include('How consent was given: On a paper form');
    expect(summary).to.include('Recorded by: Peer research lead');
    expect(page(el)).to.include('you confirm that they agreed');
    const record = await finish(el, workshop, got);
    expect(record.method).to.equal('paper');
    expect(record.recordedBy).to.equal('Peer research lead');
    await waitUntil(() => el.step === 'done' && $(el, '[part="copy"]'), 'the copy shows');
    const copy = text($(el, '[part="copy"]'));
    expect(copy, 'their copy says how consent was taken and by whom').to.include('Recorded by');
    expect(copy).to.include('Peer research lead');
  });

  it('in staff mode, not agreeing is explained about them, not to them', async () => {
    const el = await mount(workshop, true, {
      step: 'statements',
      answers: { agreed: [], method: 'verbal', recordedBy: 'Jo' },
    });
    await settled(el.shadowRoot!);
    await next(el);
    expect(el.step).to.equal('statements');
    const declined = text($(el, '.declined'));
    expect(declined).to.include('They have not agreed to this');
    expect(declined).to.include('They need to agree to this to take part in this project.');
    expect(declined).to.include('It is their choice');
    await expectNoAxeViolations(el);
  });

  it('lets every staff-mode string be reworded, like any other', async () => {
    const el = await mount(workshop, true, {
      step: 'statements',
      strings: { consentFlowAgree_staff: 'Yes, agreed by phone[: {statement}]' },
    });
    await settled(el.shadowRoot!);
    expect(text($(el, 'cp-checkbox-group')!.shadowRoot!.querySelector('label'))).to.include('Yes, agreed by phone');
  });

  it('"Change" on the check goes back to the staff step', async () => {
    const el = await mount(workshop, true, {
      step: 'check',
      answers: { agreed: ['take-part'], method: 'assisted', recordedBy: 'Sam' },
    });
    await settled(el.shadowRoot!);
    const change = $$(el, 'a.change').find((a) => text(a).includes('Recorded by'))!;
    change.click();
    await settled(el.shadowRoot!);
    expect(el.step).to.equal('staff');
  });
});

describe('<cp-consent-flow> young people (assent plus a parent or carer)', () => {
  it('the definition schema takes ageGroups and assent texts', () => {
    expect(check(definitionSchema as unknown as Schema, young)).to.deep.equal([]);
    expect(check(definitionSchema as unknown as Schema, { ...young, ageGroups: {} }).map((e) => e.path)).to.include(
      'ageGroups.parentalConsentBelow',
    );
  });

  it('without ageGroups, no age question, and nothing about age in the record', async () => {
    const el = await mount(workshop);
    expect($(el, 'cp-radio-group[name="age"]')).to.equal(null);
    const got = catchRecord(el);
    const record = await finish(el, workshop, got);
    for (const key of ['ageGroup', 'consentBy', 'assent']) expect(record).not.to.have.property(key);
  });

  it('asks one optional, coarse question first, and never a date of birth', async () => {
    const el = await mount(young);
    expect(el.step).to.equal('age');
    expect(heading(el)).to.equal('Step 1 of 5 About you');
    const age = $(el, 'cp-radio-group[name="age"]')!;
    expect(age.hasAttribute('required')).to.equal(false);
    expect(text(age.shadowRoot!.querySelector('legend'))).to.include('Are you under 16?');
    expect(text(age.shadowRoot!.querySelector('legend'))).to.include('(optional)');
    expect([...age.shadowRoot!.querySelectorAll('label')].map(text)).to.deep.equal([
      'Yes',
      'No',
      'I prefer not to say',
    ]);
    expect(el.shadowRoot!.querySelector('input[type="date"], cp-text-field')).to.equal(null);
    await expectNoAxeViolations(el);
  });

  it('at or over the age, or not said, the person consents alone as before', async () => {
    for (const [answer, group] of [
      ['over', 'over'],
      ['not-said', 'not-said'],
      [undefined, undefined],
    ] as const) {
      const el = await mount(young);
      const got = catchRecord(el);
      if (answer) await choose(el, 'age', answer);
      await next(el);
      expect(el.step, `after "${answer}"`).to.equal('info');
      expect(page(el)).not.to.include('This part is for a parent or carer');
      const record = await finish(el, young, got);
      expect(record.ageGroup).to.equal(group);
      expect(record.consentBy).to.equal('self');
      expect(record).not.to.have.property('assent');
      el.parentElement!.remove();
    }
  });

  it('under the age: the young person’s own page in words for them, then the parent’s consent, in one record', async () => {
    const el = await mount(young);
    const got = catchRecord(el);
    await choose(el, 'age', 'under');
    await next(el);
    expect(el.step).to.equal('assent');
    expect(heading(el)).to.equal('Step 2 of 6 Your say');
    expect(page(el)).to.include(young.sections[0]!.assent!);
    expect(page(el)).not.to.include(young.sections[0]!.body);
    const labels = $$(el, 'cp-checkbox-group').map((g) => text(g.shadowRoot!.querySelector('legend')));
    expect(labels[0]).to.include('I want to come to the meetings');
    expect(text($(el, 'cp-checkbox-group')!.shadowRoot!.querySelector('label'))).to.include('Yes, this is OK with me');
    await expectNoAxeViolations(el);

    // Saying no to what is needed is a choice, not an error: the calm message, no error summary.
    await next(el);
    expect(el.step).to.equal('assent');
    expect($(el, '.declined'), 'the young person’s "no" is met calmly').not.to.equal(null);
    expect(text($(el, '.declined'))).to.include('I want to come to the meetings');
    await tick(el, 'a:take-part');
    await next(el);

    expect(el.step).to.equal('info');
    expect(page(el)).to.include('This part is for a parent or carer');
    expect(page(el)).to.include(young.sections[0]!.body);
    await next(el);
    expect(el.step).to.equal('statements');
    await tick(el, 's:take-part');
    await tick(el, 's:quotes');
    await next(el);
    await next(el);
    expect(el.step).to.equal('check');
    const summary = summaryOf(el);
    expect(summary).to.include('Under 16: Yes');
    expect(summary).to.include('Who agreed: The young person, and a parent or carer');
    expect(summary).to.include('Young person: I want to come to the meetings: Agreed');
    expect(summary).to.include('Young person: You can use my words in the report, without my name: Not agreed');
    expect(summary).to.include('I agree to quotes being used in the report without names: Agreed');
    const record = await finish(el, young, got);
    expect(record.ageGroup).to.equal('under');
    expect(record.consentBy).to.equal('parent-or-carer');
    expect(record.assent).to.deep.equal({ decisions: { 'take-part': true, quotes: false } });
    expect(record.decisions).to.deep.equal({ 'take-part': true, quotes: true });
    await waitUntil(() => el.step === 'done' && $(el, '[part="copy"]'), 'the copy shows');
    const copy = text($(el, '[part="copy"]'));
    expect(copy, 'the copy holds both parts').to.include(
      'Young person: You can use my words in the report, without my name',
    );
    expect(copy).to.include('The young person, and a parent or carer');
  });

  it('in staff mode the young person’s page speaks of them', async () => {
    const el = await mount(young, true, {
      step: 'assent',
      answers: { agreed: [], age: 'under', method: 'assisted', recordedBy: 'Priya' },
    });
    await settled(el.shadowRoot!);
    expect(heading(el)).to.include('The young person’s say');
    expect(text($(el, 'cp-checkbox-group')!.shadowRoot!.querySelector('label'))).to.include('Yes, they say this is OK');
  });
});
