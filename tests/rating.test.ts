import { html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerStrings } from '../src/core/strings.js';
import { settled, text } from './helpers/dom.js';
import {
  deepActive,
  entries,
  expectError,
  expectSame,
  formControlSuite,
  mount,
  place,
  submit,
} from './helpers/form-control-suite.js';
import '../src/components/rating/index.js';
import type { CpRating } from '../src/components/rating/index.js';

const rating = (props: Record<string, unknown> = {}, opts: { dir?: 'rtl'; lang?: string } = {}) =>
  mount<CpRating>('cp-rating', { name: 'score', label: 'How was the workshop?', ...props }, opts);
const points = (el: CpRating) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
const point = (el: CpRating, value: string) => points(el).find((p) => p.value === value)!;
/** The words a person sees (and a screen reader reads) for each point. */
const words = (el: CpRating) => points(el).map((p) => text(p.labels![0]));

/** Presses a key and waits for the rating to render what it did. */
async function press(el: CpRating, key: string) {
  await sendKeys({ press: key });
  await settled(el);
}

describe('cp-rating', () => {
  formControlSuite<CpRating>({
    tag: 'cp-rating',
    group: true,
    // Focus lands on 1; the right arrow moves to 2 and chooses it.
    answer: () => sendKeys({ press: 'ArrowRight' }),
    answered: ['2'],
    empty: [],
    initial: { value: '4', entries: ['4'] },
    requiredKey: 'requiredRating',
    requiredMessage: (label) => `Choose a rating for “${label}”`,
  });

  describe('scale', () => {
    it('has words for every point of the built-in 1 to 5 scale', async () => {
      const { el } = await rating();
      expect(points(el).map((p) => p.type)).to.deep.equal(Array(5).fill('radio'));
      expect(points(el).map((p) => p.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(words(el)).to.deep.equal(['1 – Very poor', '2 – Poor', '3 – OK', '4 – Good', '5 – Very good']);
      expect(points(el).filter((p) => p.checked)).to.have.length(0);
    });

    it('takes words from labels, falling back to the built-in words', async () => {
      const { el } = await rating({ labels: { 1: 'Awful', 5: 'Brilliant' } });
      expect(words(el)).to.deep.equal(['1 – Awful', '2 – Poor', '3 – OK', '4 – Good', '5 – Brilliant']);
    });

    it('follows min and max, with words from labels', async () => {
      const { el } = await rating({ min: 0, max: 10, labels: { 0: 'Not at all likely', 10: 'Extremely likely' } });
      expect(points(el).map((p) => p.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(words(el)[0]).to.equal('0 – Not at all likely');
      expect(words(el)[5], 'no built-in words outside 1 to 5').to.equal('5');
      expect(words(el)[10]).to.equal('10 – Extremely likely');
    });

    it('reads min, max and labels from attributes', async () => {
      const form = await place<HTMLFormElement>(html`<form>
        <cp-rating name="pace" label="The pace" min="1" max="3" labels='{"1":"Too slow","2":"About right","3":"Too fast"}'></cp-rating>
      </form>`);
      const el = form.querySelector('cp-rating')!;
      expect(words(el)).to.deep.equal(['1 – Too slow', '2 – About right', '3 – Too fast']);
      el.setAttribute('max', '4');
      await settled(el);
      expect(words(el)).to.deep.equal(['1 – Too slow', '2 – About right', '3 – Too fast', '4']);
    });

    it('lays the points out in a row, lowest first', async () => {
      const { el } = await rating();
      const boxes = points(el).map((p) => p.getBoundingClientRect());
      for (let i = 1; i < boxes.length; i++) {
        expect(Math.round(boxes[i]!.top)).to.equal(Math.round(boxes[0]!.top));
        expect(boxes[i]!.left).to.be.greaterThan(boxes[i - 1]!.left);
      }
    });

    it('lays the points out right to left in a right-to-left page', async () => {
      const { el } = await rating({}, { dir: 'rtl' });
      const boxes = points(el).map((p) => p.getBoundingClientRect());
      expect(boxes[4]!.left).to.be.lessThan(boxes[0]!.left);
    });
  });

  describe('keyboard', () => {
    it('is one Tab stop that enters on the first point, or on the chosen one', async () => {
      const { el, form, after } = await rating();
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), point(el, '1'), 'Tab into the rating');
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), after, 'Tab out of the rating');

      el.value = '3';
      await settled(el);
      form.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(deepActive(), point(el, '3'), 'Tab onto the chosen point');
    });

    it('arrow keys move along the scale and choose, firing change', async () => {
      const { el, form } = await rating();
      const changes: string[] = [];
      el.addEventListener('change', () => changes.push(el.value));
      el.focus();
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowDown');
      expect(el.value).to.equal('4');
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('3');
      expect(entries(form, 'score')).to.deep.equal(['3']);
      expect(changes).to.deep.equal(['2', '3', '4', '3']);
      expect(point(el, '3').checked).to.equal(true);
    });

    it('right to left, the left arrow moves up the scale', async () => {
      const { el } = await rating({}, { dir: 'rtl' });
      el.focus();
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('2');
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('3');
      await press(el, 'ArrowRight');
      expect(el.value).to.equal('2');
    });

    it('Space chooses the focused point', async () => {
      const { el, form } = await rating();
      el.focus();
      await press(el, 'Space');
      expect(el.value).to.equal('1');
      expect(entries(form, 'score')).to.deep.equal(['1']);
    });
  });

  describe('strings', () => {
    it('takes point words from the strings property', async () => {
      const { el } = await rating({ strings: { rating3: 'Fine', rating5: 'Excellent' } });
      expect(words(el)).to.deep.equal(['1 – Very poor', '2 – Poor', '3 – Fine', '4 – Good', '5 – Excellent']);
    });

    it('takes point words and the required message from registerStrings for the nearest lang', async () => {
      registerStrings('fr', {
        rating1: 'Très mauvais',
        rating2: 'Mauvais',
        rating3: 'Correct',
        rating4: 'Bon',
        rating5: 'Très bon',
        requiredRating: 'Choisissez une note pour « {label} »',
      });
      const { el, form } = await rating({ required: true }, { lang: 'fr-BE' });
      expect(words(el)).to.deep.equal(['1 – Très mauvais', '2 – Mauvais', '3 – Correct', '4 – Bon', '5 – Très bon']);
      await submit(form);
      // Strings the translation leaves out stay English.
      expectError(el, 'Choisissez une note pour « How was the workshop? »', 'Error:');
    });
  });
});
