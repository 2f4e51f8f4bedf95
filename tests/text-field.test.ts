import { html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { inner, settled, text } from './helpers/dom.js';
import {
  deepActive,
  entries,
  expectError,
  expectNoError,
  expectSame,
  formControlSuite,
  mount,
  place,
  shiftTab,
  submit,
} from './helpers/form-control-suite.js';
import '../src/components/text-field/index.js';
import type { CpTextField } from '../src/components/text-field/index.js';

const field = (props: Record<string, unknown> = {}) =>
  mount<CpTextField>('cp-text-field', { name: 'name', label: 'Your name', ...props });
const input = (el: CpTextField) => inner<HTMLInputElement>(el, 'input');

describe('cp-text-field', () => {
  formControlSuite<CpTextField>({
    tag: 'cp-text-field',
    group: false,
    answer: () => sendKeys({ type: 'Hello' }),
    answered: ['Hello'],
    empty: [''],
    initial: { value: 'Ada', entries: ['Ada'] },
    requiredKey: 'requiredText',
    requiredMessage: (label) => `Enter an answer for “${label}”`,
  });

  describe('typing', () => {
    it('takes what is typed as its value, firing input for every key', async () => {
      const { el, form } = await field();
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      el.focus();
      expectSame(deepActive(), input(el), 'focus');
      await sendKeys({ type: 'Ada Lovelace' });
      await el.updateComplete;
      expect(el.value).to.equal('Ada Lovelace');
      expect(input(el).value).to.equal('Ada Lovelace');
      expect(inputs).to.equal('Ada Lovelace'.length);
      expect(entries(form, 'name')).to.deep.equal(['Ada Lovelace']);
    });

    it('fires change on the host when the person leaves after changing it', async () => {
      const { el } = await field();
      const changes: Event[] = [];
      el.addEventListener('change', (e) => changes.push(e));
      el.focus();
      await sendKeys({ type: 'Ada' });
      expect(changes.length, 'no change while typing').to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(changes.length).to.equal(1);
      expectSame(changes[0]!.target as Element, el, 'change target');
      expect(changes[0]!.bubbles).to.equal(true);
    });

    it('is one stop in the Tab order', async () => {
      const { el, form, after } = await field({ hint: 'As you would like us to write it' });
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), input(el), 'focus');
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'focus');
      await shiftTab();
      expectSame(deepActive(), input(el), 'focus');
    });

    it('submits the form on Enter, as a native input does', async () => {
      const { el, submits } = await field();
      el.focus();
      await sendKeys({ type: 'Ada' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(submits()).to.equal(1);
    });

    it('shows the required error when Enter submits an empty required field', async () => {
      const { el, submits } = await field({ required: true });
      el.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(submits()).to.equal(0);
      expectError(el, 'Enter an answer for “Your name”');
    });

    it('treats only spaces as no answer', async () => {
      const { el } = await field({ required: true });
      el.focus();
      await sendKeys({ type: '   ' });
      await el.updateComplete;
      expect(el.value).to.equal('   ');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('does not show or change an error while the person types', async () => {
      const { el, form } = await field({ required: true });
      el.focus();
      await sendKeys({ type: 'A' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(el.validity.valueMissing).to.equal(true);
      expectNoError(el);

      await submit(form);
      expectError(el, 'Enter an answer for “Your name”');
      el.focus();
      await sendKeys({ type: 'Ada' });
      await el.updateComplete;
      // Fixing the answer does not re-check it as they type: the next check does.
      expectError(el, 'Enter an answer for “Your name”');
      expect(el.validity.valid).to.equal(true);
      expect(el.validate()).to.equal(true);
      await el.updateComplete;
      expectNoError(el);
      expect(el.value).to.equal('Ada');
    });
  });

  describe('types', () => {
    it('reports an email address in the wrong format on submit, keeping what was typed', async () => {
      const { el, form, submits } = await field({ type: 'email', label: 'Email address', name: 'email' });
      expect(input(el).type).to.equal('email');
      el.focus();
      await sendKeys({ type: 'ada.example.com' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.validity.typeMismatch).to.equal(true);
      expectNoError(el, 'not while typing or on leaving');

      await submit(form);
      expect(submits()).to.equal(0);
      expectError(el, 'Enter an email address in the correct format, like name@example.com');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(el.value).to.equal('ada.example.com');
      expect(input(el).value).to.equal('ada.example.com');
      expect(entries(form, 'email')).to.deep.equal(['ada.example.com']);
    });

    it('accepts an email address in the right format', async () => {
      const { el, form, submits } = await field({ type: 'email', name: 'email' });
      el.focus();
      await sendKeys({ type: 'ada@example.com' });
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      await submit(form);
      expect(submits()).to.equal(1);
    });

    it('names the field in a format error for other types', async () => {
      const { el, form } = await field({ type: 'url', label: 'Your website' });
      el.focus();
      await sendKeys({ type: 'not a web address' });
      await submit(form);
      expect(el.validity.typeMismatch).to.equal(true);
      expectError(el, 'Check the format of your answer to “Your website”');
    });

    it('passes autocomplete, inputmode and width to the input', async () => {
      const { el } = await field({ autocomplete: 'postal-code', inputmode: 'numeric', width: 10 });
      const i = input(el);
      expect(i.getAttribute('autocomplete')).to.equal('postal-code');
      expect(i.getAttribute('inputmode')).to.equal('numeric');
      expect(i.style.maxWidth).to.equal('13ch');
      expect(i.name).to.equal('name');
    });

    it('marks a required input aria-required', async () => {
      const { el } = await field({ required: true });
      expect(input(el).getAttribute('aria-required')).to.equal('true');
      el.required = false;
      await el.updateComplete;
      expect(input(el).hasAttribute('aria-required')).to.equal(false);
    });
  });

  describe('in HTML', () => {
    it('reads label, hint, value and required from attributes', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-text-field name="town" label="Town" hint="Or village" value="Leeds" required></cp-text-field>
      </form>`);
      const el = form.querySelector('cp-text-field')!;
      await settled(form);
      expect(text(inner(el, 'label'))).to.equal('Town');
      expect(text(inner(el, '.hint'))).to.equal('Or village');
      expect(input(el).value).to.equal('Leeds');
      expect(entries(form, 'town')).to.deep.equal(['Leeds']);
      expect(el.checkValidity()).to.equal(true);
    });

    it('is disabled by its own disabled attribute until it is removed', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-text-field name="town" label="Town" value="Leeds" disabled></cp-text-field>
      </form>`);
      const el = form.querySelector('cp-text-field')!;
      await settled(form);
      expect(el.disabled).to.equal(true);
      expect(input(el).disabled).to.equal(true);
      expect(entries(form, 'town')).to.deep.equal([]);
      el.removeAttribute('disabled');
      await settled(form);
      expect(input(el).disabled).to.equal(false);
      expect(entries(form, 'town')).to.deep.equal(['Leeds']);
    });

    it('gives each field its own ids', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-text-field label="First" hint="One"></cp-text-field>
        <cp-text-field label="Second" hint="Two"></cp-text-field>
      </form>`);
      await settled(form);
      const [a, b] = [...form.querySelectorAll('cp-text-field')];
      expect(input(a!).id).to.not.equal(input(b!).id);
      expect(inner(a!, '.hint').id).to.not.equal(inner(b!, '.hint').id);
    });
  });
});
