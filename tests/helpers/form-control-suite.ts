import { html, expect, waitUntil } from '@open-wc/testing';
import { nothing, render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './axe.js';
import { settled, text } from './dom.js';
import { registerStrings, type StringKey, type Strings } from '../../src/core/strings.js';
import type { FormControl } from '../../src/core/form-control.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the suite runs every control, whatever its value type
export type Control = FormControl<any> & HTMLElement;

export interface MountOptions {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface Mounted<E extends Control> {
  el: E;
  form: HTMLFormElement;
  wrapper: HTMLElement;
  /** A button after the control, for checking that Tab leaves it. */
  after: HTMLButtonElement;
  /** How many times the form really submitted (the submit is always cancelled). */
  submits: () => number;
}

const placed: HTMLElement[] = [];
afterEach(() => placed.splice(0).forEach((c) => c.remove()));

/**
 * Renders a template into a new container on the page (removed after the test) and waits for
 * every component in it. Unlike `fixture()` it never waits for an animation frame: in a run
 * with several test files at once only one page is visible, and hidden pages get no frames.
 */
export async function place<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  placed.push(container);
  render(template, container);
  await settled(container);
  return container.firstElementChild as T;
}

/**
 * Puts a control in a form, with `props` set before it connects (so they are its initial
 * state, as attributes in HTML would be), between a button before and a button after.
 */
export async function mount<E extends Control>(
  tag: string,
  props: Record<string, unknown>,
  { lang, dir }: MountOptions = {},
): Promise<Mounted<E>> {
  const wrapper = await place(html`<div lang=${lang ?? nothing} dir=${dir ?? nothing}>
    <form>
      <button type="button" id="before">Before</button>
      <button type="button" id="after">After</button>
    </form>
  </div>`);
  const form = wrapper.querySelector('form')!;
  let count = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    count++;
  });
  const el = document.createElement(tag) as E;
  Object.assign(el, props);
  const after = form.querySelector<HTMLButtonElement>('#after')!;
  form.insertBefore(el, after);
  await settled(wrapper);
  return { el, form, wrapper, after, submits: () => count };
}

/** Shift+Tab (the Chrome launcher's keyboard cannot press key combinations in one go). */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** Every value submitted under `name`. */
export const entries = (form: HTMLFormElement, name: string): string[] => new FormData(form).getAll(name).map(String);

/** The ids in an element's aria-describedby. */
export const describedByIds = (el: Element): string[] =>
  (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);

const describeEl = (el: Element | null | undefined): string =>
  el
    ? `<${el.localName}${el.id ? `#${el.id}` : ''}${'value' in el ? ` value="${(el as HTMLInputElement).value}"` : ''}> "${text(el).slice(0, 40)}"`
    : String(el);

/**
 * Checks two elements are the same one. (A failed chai assertion on an element inside a Lit
 * component kills the test page while the error is serialised, so describe them instead.)
 */
export function expectSame(
  actual: Element | null | undefined,
  expected: Element | null | undefined,
  what: string,
): void {
  if (actual !== expected) throw new Error(`${what}: expected ${describeEl(expected)} but got ${describeEl(actual)}`);
}

/** The element with focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The rendered error message element, or null. */
export const errorEl = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.error');

/** The element that carries the label association and aria-describedby. */
export const describedElement = (el: Control, group: boolean): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(group ? 'fieldset' : '.input')!;

/** Submits the form as a submit button would, and waits for the result to render. */
export async function submit(form: HTMLFormElement): Promise<void> {
  form.requestSubmit();
  await settled(form);
}

/** Checks the error shown on a control: the visually hidden prefix, then the message. */
/** Checks no error message is shown. */
export function expectNoError(el: Control, what = 'no error is shown'): void {
  expect(text(errorEl(el)), what).to.equal('');
  expect(errorEl(el) === null, what).to.equal(true);
}

export function expectError(el: Control, message: string, prefix = 'Error:'): void {
  const p = errorEl(el);
  expect(p, 'an error message is shown').to.exist;
  expect(text(p)).to.equal(`${prefix} ${message}`);
  const hidden = p!.querySelector('.vh')!;
  expect(text(hidden)).to.equal(prefix);
  const style = getComputedStyle(hidden);
  expect(style.position).to.equal('absolute');
  expect(style.width).to.equal('1px');
  expect(style.clipPath).to.equal('inset(50%)');
  expect(p!.getBoundingClientRect().height, 'the message itself is visible').to.be.greaterThan(1);
}

export interface SuiteConfig<E extends Control> {
  tag: string;
  /** Properties every instance needs, such as `options`. */
  base?: Record<string, unknown>;
  /** A fieldset and legend around several inputs, rather than one labelled input. */
  group: boolean;
  /** Answers from the keyboard, starting with the control focused and empty. */
  answer: (el: E) => Promise<void>;
  /** What FormData holds under the name after `answer` on an empty control. */
  answered: string[];
  /** What FormData holds under the name with no answer. */
  empty: string[];
  /** An initial value, and what FormData holds for it. */
  initial: { value: unknown; entries: string[] };
  /** The key of the built-in "required" message, and its English text for a label. */
  requiredKey: StringKey;
  requiredMessage: (label: string) => string;
}

const LABEL = 'Your answer';
const NAME = 'answer';

/** Behaviour every kit form control shares. Call inside the component's `describe`. */
export function formControlSuite<E extends Control>(cfg: SuiteConfig<E>): void {
  const make = (props: Record<string, unknown> = {}, opts?: MountOptions) =>
    mount<E>(cfg.tag, { name: NAME, label: LABEL, ...cfg.base, ...props }, opts);
  const labelText = (el: E) => text(el.shadowRoot!.querySelector(cfg.group ? 'legend' : 'label.label'));

  describe('as a form control', () => {
    it(cfg.group ? 'is a fieldset named by its legend' : 'labels its input with <label for>', async () => {
      const { el } = await make();
      const root = el.shadowRoot!;
      if (cfg.group) {
        const fieldset = root.querySelector('fieldset')!;
        expect(fieldset, 'a fieldset').to.exist;
        expect(fieldset.firstElementChild!.localName).to.equal('legend');
        expect(text(fieldset.querySelector('legend'))).to.equal(`${LABEL} (optional)`);
        const inputs = [...root.querySelectorAll('input')];
        expect(inputs.length).to.be.greaterThan(1);
        for (const input of inputs) {
          expect(fieldset.contains(input)).to.equal(true);
          expect(input.labels!.length, `input ${input.value} has a label`).to.equal(1);
          expect(text(input.labels![0])).to.not.equal('');
        }
      } else {
        const label = root.querySelector('label')!;
        const control = root.getElementById(label.htmlFor);
        expectSame(control, describedElement(el, false), 'the label points at the control');
        expect((control as HTMLInputElement).labels!.length).to.equal(1);
        expectSame((control as HTMLInputElement).labels![0], label, 'the control is labelled by the label');
        expect(text(label)).to.equal(`${LABEL} (optional)`);
      }
    });

    it('says "(optional)" unless required', async () => {
      const { el } = await make();
      expect(labelText(el)).to.equal(`${LABEL} (optional)`);
      el.required = true;
      await el.updateComplete;
      expect(labelText(el)).to.equal(LABEL);
      expect(el.shadowRoot!.querySelector('.optional') === null, 'no .optional').to.equal(true);
      expect(el.hasAttribute('required')).to.equal(true);
    });

    it('points aria-describedby at the hint, then the error, in its own shadow root', async () => {
      const { el } = await make();
      const target = describedElement(el, cfg.group);
      const before = describedByIds(target);
      el.hint = 'Think about the last month';
      await el.updateComplete;
      const withHint = describedByIds(target);
      expect(withHint.length).to.equal(before.length + 1);
      const hint = el.shadowRoot!.getElementById(withHint[0]!);
      expect(text(hint)).to.equal('Think about the last month');

      el.error = 'Tell us what happened';
      await el.updateComplete;
      const ids = describedByIds(target);
      expect(ids.slice(0, 2)).to.deep.equal([withHint[0], errorEl(el)!.id]);
      for (const id of ids) {
        expect(el.shadowRoot!.getElementById(id), `#${id} is in the same shadow root`).to.exist;
        expect(document.getElementById(id) === null, `#${id} is not in the page`).to.equal(true);
      }

      el.error = '';
      el.hint = '';
      await el.updateComplete;
      expect(describedByIds(target)).to.deep.equal(before);
    });

    it('shows an error with a visually hidden "Error:" before the message', async () => {
      const { el } = await make({ error: 'Tell us what happened' });
      expectError(el, 'Tell us what happened');
      expect(describedByIds(describedElement(el, cfg.group))).to.include(errorEl(el)!.id);
      expect(el.shadowRoot!.querySelector('[part="field"]')!.classList.contains('invalid')).to.equal(true);
      if (!cfg.group) expect(describedElement(el, false).getAttribute('aria-invalid')).to.equal('true');

      el.error = '';
      await el.updateComplete;
      expectNoError(el);
      expect(el.shadowRoot!.querySelector('[part="field"]')!.classList.contains('invalid')).to.equal(false);
      if (!cfg.group) expect(describedElement(el, false).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('is in FormData under its name once answered from the keyboard', async () => {
      const { el, form } = await make();
      expectSame(el.form, form, 'el.form');
      expect(entries(form, NAME)).to.deep.equal(cfg.empty);
      el.focus();
      await cfg.answer(el);
      await el.updateComplete;
      expect(entries(form, NAME)).to.deep.equal(cfg.answered);
    });

    it('form.reset() restores the initial value and clears the error', async () => {
      const { el, form } = await make({ value: cfg.initial.value });
      expect(entries(form, NAME)).to.deep.equal(cfg.initial.entries);
      el.focus();
      await cfg.answer(el);
      await el.updateComplete;
      expect(entries(form, NAME)).to.not.deep.equal(cfg.initial.entries);
      el.error = 'A message from the server';
      await el.updateComplete;

      form.reset();
      await settled(form);
      expect(el.value).to.deep.equal(cfg.initial.value);
      expect(entries(form, NAME)).to.deep.equal(cfg.initial.entries);
      expect(el.error).to.equal('');
      expectNoError(el);
    });

    it('a required control with no answer is invalid, but says so only when checked', async () => {
      const { el } = await make({ required: true });
      expect(el.validity.valid).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal(cfg.requiredMessage(LABEL));
      expect(el.willValidate).to.equal(true);
      expectNoError(el, 'nothing shown before submit');

      let invalid = 0;
      el.addEventListener('invalid', () => invalid++);
      expect(el.checkValidity()).to.equal(false);
      expect(invalid).to.equal(1);
      await el.updateComplete;
      expectError(el, cfg.requiredMessage(LABEL));
    });

    it('an optional control with no answer is valid', async () => {
      const { el, form, submits } = await make();
      expect(el.checkValidity()).to.equal(true);
      expect(el.validity.valid).to.equal(true);
      await submit(form);
      expect(submits()).to.equal(1);
      expectNoError(el);
    });

    it('submitting shows the required message and stops the submit until answered', async () => {
      const { el, form, submits } = await make({ required: true });
      await submit(form);
      expect(submits()).to.equal(0);
      expectError(el, cfg.requiredMessage(LABEL));
      expect(el.error).to.equal(cfg.requiredMessage(LABEL));
      expect(describedByIds(describedElement(el, cfg.group))).to.include(errorEl(el)!.id);

      el.focus();
      await cfg.answer(el);
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      await submit(form);
      expect(submits()).to.equal(1);
      expect(entries(form, NAME)).to.deep.equal(cfg.answered);
    });

    it('uses required-message instead of the built-in message', async () => {
      const { el, form } = await make({ required: true, requiredMessage: 'Tell us, please' });
      expect(el.validationMessage).to.equal('Tell us, please');
      await submit(form);
      expectError(el, 'Tell us, please');
    });

    it('validate() shows the error for the current value and clears it once answered', async () => {
      const { el } = await make({ required: true });
      expect(el.validate()).to.equal(false);
      await el.updateComplete;
      expectError(el, cfg.requiredMessage(LABEL));

      el.focus();
      await cfg.answer(el);
      await el.updateComplete;
      expect(el.validate()).to.equal(true);
      await el.updateComplete;
      expectNoError(el);
    });

    it('shows no error while someone answers or moves past the control', async () => {
      const { el, form } = await make({ required: true });
      el.focus();
      await shiftTab();
      await settled(el);
      // Leaving a required control empty is not an error until the form is submitted.
      expectSame(document.activeElement, form.querySelector('#before'), 'focus after Shift+Tab');
      expectNoError(el);
      expect(el.validity.valueMissing).to.equal(true);

      el.focus();
      await cfg.answer(el);
      await settled(el);
      expectNoError(el);
      await sendKeys({ press: 'Tab' });
      await settled(el);
      expectNoError(el);
    });

    it('keeps the answer through every kind of validation', async () => {
      const { el, form } = await make({ required: true });
      el.focus();
      await cfg.answer(el);
      await el.updateComplete;
      const value = structuredClone(el.value);
      el.error = 'A message from the server';
      await el.updateComplete;
      expect(el.value).to.deep.equal(value);
      el.checkValidity();
      el.validate();
      await submit(form);
      expect(el.value).to.deep.equal(value);
      expect(entries(form, NAME)).to.deep.equal(cfg.answered);
    });

    it('is disabled by a disabled fieldset and then left out of FormData', async () => {
      const { el, form } = await make({ value: cfg.initial.value });
      const fieldset = document.createElement('fieldset');
      form.append(fieldset);
      fieldset.append(el);
      fieldset.disabled = true;
      await settled(form);
      expect(el.disabled).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      const inputs = [...el.shadowRoot!.querySelectorAll('input, textarea')] as HTMLInputElement[];
      expect(inputs.length).to.be.greaterThan(0);
      expect(inputs.every((i) => i.disabled)).to.equal(true);
      expect(entries(form, NAME)).to.deep.equal([]);

      fieldset.disabled = false;
      await settled(form);
      expect(el.disabled).to.equal(false);
      expect(el.matches(':disabled')).to.equal(false);
      expect(inputs.some((i) => i.disabled)).to.equal(false);
      expect(entries(form, NAME)).to.deep.equal(cfg.initial.entries);
    });

    it('takes its words from the strings property', async () => {
      const strings: Partial<Strings> = {
        optional: '(if you like)',
        errorPrefix: 'Problem:',
        [cfg.requiredKey]: 'Please answer “{label}”',
      };
      const { el, form } = await make({ strings });
      expect(labelText(el)).to.equal(`${LABEL} (if you like)`);
      el.required = true;
      await el.updateComplete;
      await submit(form);
      expectError(el, `Please answer “${LABEL}”`, 'Problem:');
    });

    it('takes its words from registerStrings for the nearest lang, and follows lang changes', async () => {
      registerStrings('cy', {
        optional: '(dewisol)',
        errorPrefix: 'Gwall:',
        [cfg.requiredKey]: 'Atebwch “{label}”',
      });
      const { el, form, wrapper } = await make({}, { lang: 'cy-GB' });
      expect(labelText(el)).to.equal(`${LABEL} (dewisol)`);
      el.required = true;
      await el.updateComplete;
      await submit(form);
      expectError(el, `Atebwch “${LABEL}”`, 'Gwall:');

      el.required = false;
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => labelText(el) === `${LABEL} (optional)`, 'the label follows the new lang', {
        timeout: 5000,
      });
    });

    it('has no axe violations', async () => {
      const { el, wrapper } = await make({ hint: 'Think about the last month', value: cfg.initial.value });
      await expectNoAxeViolations(el);
      await expectNoAxeViolations(wrapper);
    });

    it('has no axe violations when showing an error', async () => {
      const { el, form, wrapper } = await make({ hint: 'Think about the last month', required: true });
      await submit(form);
      expect(errorEl(el)).to.exist;
      await expectNoAxeViolations(wrapper);
    });

    it('has no axe violations right to left', async () => {
      const { el, form, wrapper } = await make(
        { hint: 'Think about the last month', required: true },
        { dir: 'rtl', lang: 'ar' },
      );
      expect(getComputedStyle(el).direction).to.equal('rtl');
      await expectNoAxeViolations(wrapper);
      await submit(form);
      expect(errorEl(el)).to.exist;
      await expectNoAxeViolations(wrapper);
    });
  });
}
