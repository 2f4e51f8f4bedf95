import { html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inner, settled, text } from './helpers/dom.js';
import {
  deepActive,
  entries,
  expectError,
  expectSame,
  formControlSuite,
  mount,
  place,
  shiftTab,
  submit,
} from './helpers/form-control-suite.js';
import '../src/components/checkbox-group/index.js';
import type { CpCheckboxGroup } from '../src/components/checkbox-group/index.js';
import type { ChoiceOption } from '../src/core/choice-group.js';

const needs: ChoiceOption[] = [
  { value: 'step-free', label: 'Step-free access' },
  { value: 'loop', label: 'A hearing loop' },
  { value: 'bsl', label: 'A British Sign Language interpreter', hint: 'Tell us which session' },
  { value: 'none', label: 'None of these', exclusive: true },
];

const group = (props: Record<string, unknown> = {}) =>
  mount<CpCheckboxGroup>('cp-checkbox-group', { name: 'needs', label: 'What do you need?', options: needs, ...props });
const boxes = (el: CpCheckboxGroup) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
const box = (el: CpCheckboxGroup, value: string) => boxes(el).find((b) => b.value === value)!;
const checked = (el: CpCheckboxGroup) =>
  boxes(el)
    .filter((b) => b.checked)
    .map((b) => b.value);

/** Presses a key and waits for the group to render what it did. */
async function press(el: CpCheckboxGroup, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

/** Moves focus to an option's checkbox with Tab from the first one, then presses Space. */
async function toggle(el: CpCheckboxGroup, value: string) {
  box(el, needs[0]!.value).focus();
  for (const o of needs) {
    if (o.value === value) break;
    await sendKeys({ press: 'Tab' });
  }
  expectSame(deepActive(), box(el, value), `focus on ${value}`);
  await press(el, 'Space');
}

describe('cp-checkbox-group', () => {
  formControlSuite<CpCheckboxGroup>({
    tag: 'cp-checkbox-group',
    base: { options: needs },
    group: true,
    // Focus lands on the first checkbox: Space checks it, Tab and Space check the next.
    answer: async () => {
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    },
    answered: ['step-free', 'loop'],
    empty: [],
    initial: { value: ['bsl'], entries: ['bsl'] },
    requiredKey: 'requiredMulti',
    requiredMessage: (label) => `Select at least one option for “${label}”`,
  });

  describe('options', () => {
    it('renders a native checkbox with a label for each option, none checked', async () => {
      const { el, form } = await group();
      expect(boxes(el).map((b) => b.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
      expect(boxes(el).map((b) => text(b.labels![0]))).to.deep.equal(needs.map((o) => o.label));
      expect(checked(el)).to.deep.equal([]);
      expect(el.value).to.deep.equal([]);
      expect(new FormData(form).has('needs')).to.equal(false);
      const hint = el.shadowRoot!.getElementById(box(el, 'bsl').getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Tell us which session');
    });

    it('puts "or" before the exclusive option', async () => {
      const { el } = await group();
      const dividers = [...el.shadowRoot!.querySelectorAll('[part="divider"]')];
      expect(dividers.map((d) => text(d))).to.deep.equal(['or']);
      expect(text(dividers[0]!.nextElementSibling)).to.equal('None of these');
    });

    it('reads <option> children, with data-hint and data-exclusive', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-checkbox-group name="days" label="Which days suit you?">
          <option value="mon">Monday</option>
          <option value="sat" data-hint="Morning only">Saturday</option>
          <option value="any" data-exclusive>Any day</option>
        </cp-checkbox-group>
      </form>`);
      const el = form.querySelector('cp-checkbox-group')!;
      expect(boxes(el).map((b) => text(b.labels![0]))).to.deep.equal(['Monday', 'Saturday', 'Any day']);
      expect(text(inner(el, '[part="divider"]'))).to.equal('or');
      expect(text(el.shadowRoot!.getElementById(box(el, 'sat').getAttribute('aria-describedby')!))).to.equal(
        'Morning only',
      );

      el.focus();
      await press(el, 'Space');
      await sendKeys({ press: 'Tab' });
      await press(el, 'Space');
      expect(entries(form, 'days')).to.deep.equal(['mon', 'sat']);
      await sendKeys({ press: 'Tab' });
      await press(el, 'Space');
      expect(entries(form, 'days'), 'data-exclusive clears the others').to.deep.equal(['any']);
    });
  });

  describe('keyboard', () => {
    it('makes every checkbox a Tab stop, then Tab leaves the group', async () => {
      const { el, form, after } = await group();
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      for (const o of needs) {
        await sendKeys({ press: 'Tab' });
        expectSame(deepActive(), box(el, o.value), `Tab to ${o.value}`);
      }
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'Tab out of the group');
      await shiftTab();
      expectSame(deepActive(), box(el, 'none'), 'Shift+Tab back to the last checkbox');
      expect(checked(el), 'moving focus checks nothing').to.deep.equal([]);
    });

    it('Space checks and unchecks, firing input and change each time', async () => {
      const { el, form } = await group();
      const events: string[] = [];
      el.addEventListener('change', () => events.push(`change:${el.value.join('+')}`));
      el.addEventListener('input', () => events.push('input'));
      el.focus();
      await press(el, 'Space');
      expect(el.value).to.deep.equal(['step-free']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await press(el, 'Space');
      expect(el.value).to.deep.equal(['step-free', 'bsl']);
      await shiftTab();
      await shiftTab();
      await press(el, 'Space');
      expect(el.value).to.deep.equal(['bsl']);
      expect(checked(el)).to.deep.equal(['bsl']);
      expect(entries(form, 'needs')).to.deep.equal(['bsl']);
      expect(events.filter((e) => e.startsWith('change'))).to.deep.equal([
        'change:step-free',
        'change:step-free+bsl',
        'change:bsl',
      ]);
      expect(events.filter((e) => e === 'input').length).to.equal(3);
    });
  });

  describe('FormData', () => {
    it('submits every checked value under the one name', async () => {
      const { el, form, submits } = await group();
      await toggle(el, 'step-free');
      await toggle(el, 'loop');
      await toggle(el, 'bsl');
      expect(entries(form, 'needs')).to.deep.equal(['step-free', 'loop', 'bsl']);
      await submit(form);
      expect(submits()).to.equal(1);
    });

    it('restores the initial set of checked boxes on reset', async () => {
      const { el, form } = await group({ value: ['loop', 'bsl'] });
      expect(checked(el)).to.deep.equal(['loop', 'bsl']);
      await toggle(el, 'step-free');
      await toggle(el, 'loop');
      expect(checked(el)).to.deep.equal(['step-free', 'bsl']);
      form.reset();
      await settled(form);
      expect(checked(el)).to.deep.equal(['loop', 'bsl']);
      expect(entries(form, 'needs')).to.deep.equal(['loop', 'bsl']);
    });
  });

  describe('exclusive option', () => {
    it('checking "None of these" clears the others', async () => {
      const { el, form } = await group();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await toggle(el, 'step-free');
      await toggle(el, 'bsl');
      await toggle(el, 'none');
      expect(el.value).to.deep.equal(['none']);
      expect(checked(el)).to.deep.equal(['none']);
      expect(entries(form, 'needs')).to.deep.equal(['none']);
      expect(changes).to.equal(3);
    });

    it('checking another option clears "None of these"', async () => {
      const { el, form } = await group();
      await toggle(el, 'none');
      await toggle(el, 'loop');
      expect(el.value).to.deep.equal(['loop']);
      expect(checked(el)).to.deep.equal(['loop']);
      expect(entries(form, 'needs')).to.deep.equal(['loop']);
    });

    it('unchecking "None of these" leaves nothing checked', async () => {
      const { el, form } = await group({ required: true });
      await toggle(el, 'none');
      await toggle(el, 'none');
      expect(checked(el)).to.deep.equal([]);
      expect(entries(form, 'needs')).to.deep.equal([]);
      await submit(form);
      expectError(el, 'Select at least one option for “What do you need?”');
    });
  });
});
