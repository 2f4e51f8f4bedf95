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
import '../src/components/radio-group/index.js';
import type { CpRadioGroup } from '../src/components/radio-group/index.js';
import type { ChoiceOption } from '../src/core/choice-group.js';

const travel: ChoiceOption[] = [
  { value: 'walk', label: 'I walk' },
  { value: 'bus', label: 'By bus', hint: 'Including community transport' },
  { value: 'car', label: 'Someone gives me a lift' },
  { value: 'none', label: 'I do not go', exclusive: true },
];

const group = (props: Record<string, unknown> = {}, dir?: 'rtl') =>
  mount<CpRadioGroup>(
    'cp-radio-group',
    { name: 'travel', label: 'How do you travel?', options: travel, ...props },
    { dir },
  );
const radios = (el: CpRadioGroup) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
const radio = (el: CpRadioGroup, value: string) => radios(el).find((r) => r.value === value)!;
const checked = (el: CpRadioGroup) =>
  radios(el)
    .filter((r) => r.checked)
    .map((r) => r.value);

/** Presses a key and waits for the group to render what it did. */
async function press(el: CpRadioGroup, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

describe('cp-radio-group', () => {
  formControlSuite<CpRadioGroup>({
    tag: 'cp-radio-group',
    base: { options: travel },
    group: true,
    // Focus lands on the first radio; the down arrow moves to the second and chooses it.
    answer: () => sendKeys({ press: 'ArrowDown' }),
    answered: ['bus'],
    empty: [],
    initial: { value: 'car', entries: ['car'] },
    requiredKey: 'requiredChoice',
    requiredMessage: (label) => `Select an answer for “${label}”`,
  });

  describe('options', () => {
    it('renders a native radio with a label for each option, none chosen', async () => {
      const { el, form } = await group();
      expect(radios(el).map((r) => r.type)).to.deep.equal(['radio', 'radio', 'radio', 'radio']);
      expect(radios(el).map((r) => text(r.labels![0]))).to.deep.equal(travel.map((o) => o.label));
      expect(new Set(radios(el).map((r) => r.name)).size, 'one radio group').to.equal(1);
      expect(checked(el)).to.deep.equal([]);
      expect(el.value).to.equal('');
      expect(new FormData(form).has('travel')).to.equal(false);
    });

    it('describes an option by its hint', async () => {
      const { el } = await group();
      const bus = radio(el, 'bus');
      const hint = el.shadowRoot!.getElementById(bus.getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Including community transport');
      expect(radio(el, 'walk').hasAttribute('aria-describedby')).to.equal(false);
    });

    it('puts "or" before an exclusive option', async () => {
      const { el } = await group();
      const dividers = [...el.shadowRoot!.querySelectorAll('[part="divider"]')];
      expect(dividers.map((d) => text(d))).to.deep.equal(['or']);
      expect(text(dividers[0]!.nextElementSibling)).to.equal('I do not go');
    });

    it('reads <option> children, with data-hint and data-exclusive', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-radio-group name="contact" label="How should we contact you?">
          <option value="email">Email</option>
          <option value="phone" data-hint="We call between 9am and 5pm">Phone</option>
          <option value="none" data-exclusive>Do not contact me</option>
        </cp-radio-group>
      </form>`);
      const el = form.querySelector('cp-radio-group')!;
      expect(radios(el).map((r) => r.value)).to.deep.equal(['email', 'phone', 'none']);
      expect(radios(el).map((r) => text(r.labels![0]))).to.deep.equal(['Email', 'Phone', 'Do not contact me']);
      expect(text(el.shadowRoot!.getElementById(radio(el, 'phone').getAttribute('aria-describedby')!))).to.equal(
        'We call between 9am and 5pm',
      );
      expect(text(inner(el, '[part="divider"]'))).to.equal('or');
      expect(checked(el)).to.deep.equal([]);
      expect(new FormData(form).has('contact')).to.equal(false);
      expect(el.querySelector('option')!.getClientRects().length, 'the options are not shown twice').to.equal(0);

      const post = document.createElement('option');
      post.value = 'post';
      post.textContent = 'Post';
      el.querySelector('[data-exclusive]')!.before(post);
      await new Promise((r) => setTimeout(r));
      await settled(el);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['email', 'phone', 'post', 'none']);
    });

    it('lays short options side by side when inline', async () => {
      const yesNo = [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ];
      const { el } = await group({ inline: true, options: yesNo });
      expect(el.hasAttribute('inline')).to.equal(true);
      const [a, b] = radios(el).map((r) => r.getBoundingClientRect());
      expect(Math.round(a!.top)).to.equal(Math.round(b!.top));
      expect(b!.left).to.be.greaterThan(a!.right);
      el.inline = false;
      await settled(el);
      const [c, d] = radios(el).map((r) => r.getBoundingClientRect());
      expect(d!.top, 'stacked when not inline').to.be.greaterThan(c!.bottom);
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop: Tab enters on the first radio and leaves the group', async () => {
      const { el, form, after } = await group();
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), radio(el, 'walk'), 'Tab into the group');
      expect(checked(el), 'focus does not choose').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'Tab out of the group');
      await shiftTab();
      expect(radios(el).includes(deepActive() as HTMLInputElement), 'Shift+Tab goes back into the group').to.equal(
        true,
      );
      await shiftTab();
      expectSame(deepActive(), form.querySelector('#before'), 'Shift+Tab leaves the group at once');
    });

    it('Tab enters on the chosen radio', async () => {
      const { el, form, after } = await group({ value: 'car' });
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), radio(el, 'car'), 'Tab into the group');
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'Tab out of the group');
    });

    it('arrow keys move between options and choose them, firing input and change', async () => {
      const { el, form } = await group();
      const events: string[] = [];
      el.addEventListener('change', (e) => events.push(`change:${(e.target as CpRadioGroup).value}`));
      el.addEventListener('input', () => events.push('input'));
      el.focus();
      await press(el, 'ArrowDown');
      expect(el.value).to.equal('bus');
      expectSame(deepActive(), radio(el, 'bus'), 'focus follows');
      await press(el, 'ArrowRight');
      expect(el.value).to.equal('car');
      await press(el, 'ArrowUp');
      expect(el.value).to.equal('bus');
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('walk');
      expect(checked(el)).to.deep.equal(['walk']);
      expect(entries(form, 'travel')).to.deep.equal(['walk']);
      expect(events.filter((e) => e.startsWith('change'))).to.deep.equal([
        'change:bus',
        'change:car',
        'change:bus',
        'change:walk',
      ]);
      expect(events.filter((e) => e === 'input').length).to.equal(4);
    });

    it('arrow keys wrap from the last option to the first and back', async () => {
      const { el } = await group();
      el.focus();
      await press(el, 'ArrowUp');
      expect(el.value).to.equal('none');
      await press(el, 'ArrowDown');
      expect(el.value).to.equal('walk');
    });

    it('Space chooses the focused radio', async () => {
      const { el } = await group();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.focus();
      await press(el, 'Space');
      expect(el.value).to.equal('walk');
      expect(changes).to.equal(1);
      await press(el, 'Space');
      expect(changes, 'choosing it again is no change').to.equal(1);
    });

    it('right to left, the left arrow moves to the next option', async () => {
      const { el } = await group({}, 'rtl');
      expect(getComputedStyle(radio(el, 'walk')).direction).to.equal('rtl');
      el.focus();
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('bus');
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('car');
      await press(el, 'ArrowRight');
      expect(el.value).to.equal('bus');
    });

    it('does not fire change when the page sets the value', async () => {
      const { el } = await group();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.value = 'car';
      await settled(el);
      expect(checked(el)).to.deep.equal(['car']);
      expect(changes).to.equal(0);
    });
  });

  describe('choosing with a pointer', () => {
    it('chooses an option when its label is clicked', async () => {
      const { el, form } = await group();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      radio(el, 'car').labels![0]!.click();
      await settled(el);
      expect(el.value).to.equal('car');
      expect(entries(form, 'travel')).to.deep.equal(['car']);
      expect(changes).to.equal(1);
    });
  });

  describe('validation', () => {
    it('anchors the required message on the first radio: a failed submit focuses it', async () => {
      const { el, form, submits } = await group({ required: true });
      await submit(form);
      expect(submits()).to.equal(0);
      expectSame(deepActive(), radio(el, 'walk'), 'focus after the failed submit');
      expectError(el, 'Select an answer for “How do you travel?”');
    });

    it('keeps the choice made after an error', async () => {
      const { el, form } = await group({ required: true, error: 'Choose one, please' });
      expectError(el, 'Choose one, please');
      el.focus();
      await press(el, 'ArrowDown');
      expect(el.value).to.equal('bus');
      expect(el.validate()).to.equal(true);
      await submit(form);
      expect(entries(form, 'travel')).to.deep.equal(['bus']);
    });
  });
});
