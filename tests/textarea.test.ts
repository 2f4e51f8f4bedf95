import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerStrings } from '../src/core/strings.js';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import {
  deepActive,
  describedByIds,
  entries,
  expectError,
  expectNoError,
  expectSame,
  formControlSuite,
  mount,
  submit,
} from './helpers/form-control-suite.js';
import '../src/components/textarea/index.js';
import { CpTextarea } from '../src/components/textarea/index.js';

const area = (props: Record<string, unknown> = {}, lang?: string) =>
  mount<CpTextarea>('cp-textarea', { name: 'feedback', label: 'Feedback', ...props }, { lang });
const textarea = (el: CpTextarea) => inner<HTMLTextAreaElement>(el, 'textarea');
/** The visible count under the textarea. */
const count = (el: CpTextarea) => text(inner(el, '[part="count"]'));
/** The polite live region that reads the count out after a pause. */
const live = (el: CpTextarea) => inner(el, '[aria-live]');

/** Types into the textarea, from the keyboard. */
async function type(el: CpTextarea, keys: string) {
  el.focus();
  await sendKeys({ type: keys });
  await el.updateComplete;
}

describe('cp-textarea', () => {
  const delay = CpTextarea.announceDelay;
  before(() => (CpTextarea.announceDelay = 50));
  after(() => (CpTextarea.announceDelay = delay));

  formControlSuite<CpTextarea>({
    tag: 'cp-textarea',
    group: false,
    answer: () => sendKeys({ type: 'The room was cold' }),
    answered: ['The room was cold'],
    empty: [''],
    initial: { value: 'It was fine', entries: ['It was fine'] },
    requiredKey: 'requiredText',
    requiredMessage: (label) => `Enter an answer for “${label}”`,
  });

  describe('typing', () => {
    it('takes every line typed as its value, firing input for every key', async () => {
      const { el, form } = await area();
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      el.focus();
      expectSame(deepActive(), textarea(el), 'focus');
      await sendKeys({ type: 'Line one' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Two' });
      await el.updateComplete;
      expect(el.value).to.equal('Line one\nTwo');
      expect(inputs).to.equal('Line one\nTwo'.length);
      expect(entries(form, 'feedback')).to.deep.equal(['Line one\nTwo']);
    });

    it('does not submit the form on Enter', async () => {
      const { el, submits } = await area();
      await type(el, 'Hello');
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(submits()).to.equal(0);
      expect(el.value).to.equal('Hello\n');
    });

    it('fires change on the host when the person leaves after changing it', async () => {
      const { el } = await area();
      const changes: Event[] = [];
      el.addEventListener('change', (e) => changes.push(e));
      await type(el, 'Hello');
      expect(changes.length, 'no change while typing').to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(changes.length).to.equal(1);
      expectSame(changes[0]!.target as Element, el, 'change target');
    });

    it('lets Tab leave the textarea instead of typing a tab', async () => {
      const { el, after } = await area();
      await type(el, 'Hi');
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'focus after Tab');
      expect(el.value).to.equal('Hi');
    });

    it('passes rows and autocomplete to the textarea', async () => {
      const { el } = await area({ rows: 8, autocomplete: 'off' });
      expect(textarea(el).rows).to.equal(8);
      expect(textarea(el).getAttribute('autocomplete')).to.equal('off');
      expect(textarea(el).name).to.equal('feedback');
    });
  });

  describe('character count', () => {
    it('says the limit until the threshold, then how many are left', async () => {
      const { el } = await area({ maxlength: 10 });
      expect(count(el)).to.equal('You can enter up to 10 characters');
      await type(el, 'abcdefg');
      expect(count(el), '7 of 10 is below 75%').to.equal('You can enter up to 10 characters');
      await type(el, 'h');
      expect(count(el)).to.equal('You have 2 characters remaining');
      await type(el, 'i');
      expect(count(el)).to.equal('You have 1 character remaining');
      await type(el, 'j');
      expect(count(el)).to.equal('You have 0 characters remaining');
      expect(inner(el, '[part="count"]').classList.contains('over')).to.equal(false);
    });

    it('says how many are too many, and never stops anyone typing', async () => {
      const { el, form } = await area({ maxlength: 10 });
      await type(el, 'abcdefghijk');
      expect(count(el)).to.equal('You have 1 character too many');
      await type(el, 'lm');
      expect(count(el)).to.equal('You have 3 characters too many');
      expect(el.value).to.equal('abcdefghijklm');
      expect(textarea(el).value).to.equal('abcdefghijklm');
      expect(textarea(el).hasAttribute('maxlength')).to.equal(false);
      expect(entries(form, 'feedback')).to.deep.equal(['abcdefghijklm']);
      expect(inner(el, '[part="count"]').classList.contains('over')).to.equal(true);
      expect(textarea(el).classList.contains('over')).to.equal(true);
      expectNoError(el, 'going over is not an error while typing');
    });

    it('follows the threshold attribute', async () => {
      const { el } = await area({ maxlength: 10, threshold: 0 });
      expect(count(el)).to.equal('You have 10 characters remaining');
      el.threshold = 100;
      await type(el, 'abcdefghi');
      expect(count(el)).to.equal('You can enter up to 10 characters');
      await type(el, 'j');
      expect(count(el)).to.equal('You have 0 characters remaining');
    });

    it('describes the textarea with the limit, hides the visible count from screen readers', async () => {
      const { el } = await area({ maxlength: 2000, hint: 'Do not include personal details' });
      const ids = describedByIds(textarea(el));
      expect(ids.length).to.equal(2);
      expect(text(el.shadowRoot!.getElementById(ids[0]!))).to.equal('Do not include personal details');
      const limit = el.shadowRoot!.getElementById(ids[1]!)!;
      expect(text(limit)).to.equal('You can enter up to 2,000 characters');
      expect(limit.classList.contains('vh')).to.equal(true);
      expect(inner(el, '[part="count"]').getAttribute('aria-hidden')).to.equal('true');
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
    });

    it('has no count without a limit', async () => {
      const { el } = await area();
      expect(el.shadowRoot!.querySelector('[part="count"]') === null, 'no count').to.equal(true);
      expect(el.shadowRoot!.querySelector('[aria-live]') === null, 'no live region').to.equal(true);
      expect(textarea(el).hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('announcing the count', () => {
    it('reads the count out politely after a pause, once past the threshold', async () => {
      const { el } = await area({ maxlength: 10 });
      await type(el, 'abc');
      // Below the threshold nothing is read out, even after the pause.
      await new Promise((r) => setTimeout(r, CpTextarea.announceDelay * 3));
      await el.updateComplete;
      expect(text(live(el))).to.equal('');

      await type(el, 'defgh');
      await waitUntil(() => text(live(el)) !== '', 'the count is announced after the pause', { timeout: 5000 });
      expect(text(live(el))).to.equal('You have 2 characters remaining');

      await type(el, 'ijkl');
      await waitUntil(() => text(live(el)) === 'You have 2 characters too many', 'the new count is announced', {
        timeout: 5000,
      });
    });

    it('waits until the person stops typing', async () => {
      CpTextarea.announceDelay = 800;
      try {
        const { el } = await area({ maxlength: 4, threshold: 0 });
        await type(el, 'ab');
        expect(count(el)).to.equal('You have 2 characters remaining');
        // The visible count changes at once; the announcement waits for the pause.
        expect(text(live(el))).to.equal('');
        await waitUntil(() => text(live(el)) === 'You have 2 characters remaining', 'announced after the pause', {
          timeout: 5000,
        });
      } finally {
        CpTextarea.announceDelay = 50;
      }
    });
  });

  describe('too long', () => {
    it('is invalid (tooLong) and says so only on submit, keeping every character', async () => {
      const { el, form, submits } = await area({ maxlength: 5 });
      await type(el, 'abcdefg');
      expect(el.validity.tooLong).to.equal(true);
      expect(el.validationMessage).to.equal('“Feedback” must be 5 characters or fewer');
      expectNoError(el);

      await submit(form);
      expect(submits()).to.equal(0);
      expectError(el, '“Feedback” must be 5 characters or fewer');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(describedByIds(textarea(el))).to.include(inner(el, '.error').id);
      expect(el.value).to.equal('abcdefg');
      expect(textarea(el).value).to.equal('abcdefg');

      el.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      await submit(form);
      expect(submits()).to.equal(1);
      expect(entries(form, 'feedback')).to.deep.equal(['abcde']);
    });

    it('is valid when empty and optional, whatever the limit', async () => {
      const { el } = await area({ maxlength: 5 });
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('word count', () => {
    it('counts words instead of characters with maxwords', async () => {
      const { el, form } = await area({ maxwords: 3 });
      expect(count(el)).to.equal('You can enter up to 3 words');
      await type(el, 'one two');
      expect(count(el), '2 of 3 is below 75%').to.equal('You can enter up to 3 words');
      await type(el, ' three');
      expect(count(el)).to.equal('You have 0 words remaining');
      await type(el, ' four');
      expect(count(el)).to.equal('You have 1 word too many');
      await type(el, '   five');
      expect(count(el)).to.equal('You have 2 words too many');
      expect(el.value).to.equal('one two three four   five');

      await submit(form);
      expect(el.validity.tooLong).to.equal(true);
      expectError(el, '“Feedback” must be 3 words or fewer');
    });

    it('announces the word count after a pause', async () => {
      const { el } = await area({ maxwords: 2, threshold: 0 });
      await type(el, 'just one');
      await waitUntil(() => text(live(el)) === 'You have 0 words remaining', 'the word count is announced', {
        timeout: 5000,
      });
    });
  });

  describe('strings', () => {
    it('takes count words from the strings property, with plural forms', async () => {
      const { el } = await area({
        maxlength: 4,
        threshold: 0,
        strings: {
          textareaCharsLeft_one: 'Only {count} left',
          textareaCharsLeft_other: '{count} left',
          textareaCharsOver_other: '{count} over',
        },
      });
      expect(count(el)).to.equal('4 left');
      await type(el, 'abc');
      expect(count(el)).to.equal('Only 1 left');
      await type(el, 'def');
      expect(count(el)).to.equal('2 over');
    });

    it('takes count words and the too-long message from registerStrings for the nearest lang', async () => {
      registerStrings('fr', {
        textareaCharLimit: 'Vous pouvez saisir jusqu’à {max} caractères',
        textareaCharsOver_other: '{count} caractères en trop',
        textareaTooLongChars: '« {label} » doit faire {max} caractères au maximum',
      });
      const { el, form } = await area({ maxlength: 3 }, 'fr-CA');
      expect(count(el)).to.equal('Vous pouvez saisir jusqu’à 3 caractères');
      await type(el, 'abcde');
      expect(count(el)).to.equal('2 caractères en trop');
      await submit(form);
      // Strings not translated fall back to English.
      expectError(el, '« Feedback » doit faire 3 caractères au maximum', 'Error:');
    });
  });
});
