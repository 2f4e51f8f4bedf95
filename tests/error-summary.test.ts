import { fixtureSync, html, expect, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled, text } from './helpers/dom.js';
import '../src/index.js';
import { registerStrings } from '../src/core/strings.js';
import type { CpErrorSummary } from '../src/components/error-summary/index.js';
import type { FormControl } from '../src/core/form-control.js';

/**
 * Renders a template and waits for every Lit element in it. (open-wc's `fixture()` waits for an
 * animation frame when the root is not a Lit element, and a test page running in a background
 * tab — web-test-runner runs two files at once — never gets one.)
 */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}

type Control = FormControl<unknown> & HTMLElement;

/** The form every test uses: a required text field, rating and checkbox group, and an optional text field. */
async function feedbackForm(opts: { novalidate?: boolean } = {}) {
  const submitted: FormData[] = [];
  const form = await mount<HTMLFormElement>(html`<form
    ?novalidate=${opts.novalidate}
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      submitted.push(new FormData(form));
    }}
  >
    <cp-error-summary></cp-error-summary>
    <cp-text-field id="name" name="name" label="Your name" required></cp-text-field>
    <cp-text-field id="email" name="email" type="email" label="Email address"></cp-text-field>
    <cp-rating id="rating" name="rating" label="How was the meal?" required></cp-rating>
    <cp-checkbox-group id="liked" name="liked" label="What did you like?" required>
      <option value="food">The food</option>
      <option value="people">Meeting people</option>
    </cp-checkbox-group>
    <cp-button>Send feedback</cp-button>
  </form>`);
  await settled(form);
  const $ = <T extends Element = Control>(sel: string) => form.querySelector(sel) as unknown as T;
  return {
    form,
    submitted,
    summary: $<CpErrorSummary>('cp-error-summary'),
    name: $('#name'),
    email: $('#email'),
    rating: $('#rating'),
    liked: $('#liked'),
    button: $<HTMLElement>('cp-button'),
  };
}

const links = (summary: CpErrorSummary) => [
  ...(summary.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.list a') ?? []),
];
const linkTexts = (summary: CpErrorSummary) => links(summary).map((a) => text(a));
const fieldError = (control: Element) => text(control.shadowRoot?.querySelector('.error'));

/** Submits with the kit button and waits for the summary to report. */
async function submitExpectingErrors(summary: CpErrorSummary, form: HTMLFormElement) {
  const event = oneEvent(summary, 'cp-error-summary');
  inner(form.querySelector('cp-button')!, 'button').click();
  const e = (await event) as CustomEvent<{ count: number }>;
  await settled(form);
  return e;
}

const nameMsg = 'Enter an answer for “Your name”';
const ratingMsg = 'Choose a rating for “How was the meal?”';
const likedMsg = 'Select at least one option for “What did you like?”';

for (const novalidate of [false, true]) {
  describe(`cp-error-summary in a form ${novalidate ? 'with' : 'without'} novalidate`, () => {
    it('shows nothing before a submit', async () => {
      const { summary } = await feedbackForm({ novalidate });
      expect(summary.shadowRoot!.querySelector('.summary')).to.equal(null);
      expect(summary.errors).to.deep.equal([]);
    });

    it('on an invalid submit: lists every error with links, shows them on the fields, focuses itself and fires cp-error-summary', async () => {
      const { form, summary, submitted, name, email, rating, liked } = await feedbackForm({ novalidate });
      const e = await submitExpectingErrors(summary, form);

      expect(submitted, 'the form was not submitted').to.have.length(0);
      expect(e.detail.count).to.equal(3);
      expect(e.bubbles && e.composed).to.equal(true);

      const box = inner(summary, '.summary');
      expect(box.getAttribute('role')).to.equal('alert');
      expect(text(inner(summary, '[role="heading"]'))).to.equal('There is a problem');
      expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(linkTexts(summary)).to.deep.equal([nameMsg, ratingMsg, likedMsg]);
      expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#rating', '#liked']);
      expect(summary.errors.map((x) => x.target)).to.deep.equal([name, rating, liked]);

      // Each control shows its own error; the valid optional one does not.
      expect(fieldError(name)).to.contain(nameMsg);
      expect(fieldError(rating)).to.contain(ratingMsg);
      expect(fieldError(liked)).to.contain(likedMsg);
      expect(email.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(inner(name, 'input').getAttribute('aria-invalid')).to.equal('true');

      // Focus is on the summary box so a screen reader reads it.
      expect(document.activeElement).to.equal(summary);
      expect(summary.shadowRoot!.activeElement).to.equal(box);
    });

    it('cancels the browser’s own validation messages', async () => {
      const { form, summary, name, rating, liked } = await feedbackForm({ novalidate });
      const prevented: boolean[] = [];
      // Listeners on the control run after the summary's capturing listener on the form.
      for (const c of [name, rating, liked]) c.addEventListener('invalid', (e) => prevented.push(e.defaultPrevented));
      await submitExpectingErrors(summary, form);
      expect(prevented).to.deep.equal([true, true, true]);
    });

    it('a link click moves focus to its field’s input', async () => {
      const { form, summary, name, rating, liked } = await feedbackForm({ novalidate });
      await submitExpectingErrors(summary, form);
      const [toName, toRating, toLiked] = links(summary);

      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      toRating!.dispatchEvent(click);
      expect(click.defaultPrevented, 'the link does not navigate').to.equal(true);
      expect(document.activeElement).to.equal(rating);
      expect(rating.shadowRoot!.activeElement).to.equal(rating.shadowRoot!.querySelector('input[type="radio"]'));

      toName!.click();
      expect(document.activeElement).to.equal(name);
      expect(name.shadowRoot!.activeElement).to.equal(inner(name, 'input'));

      toLiked!.click();
      expect(document.activeElement).to.equal(liked);
      expect(liked.shadowRoot!.activeElement).to.equal(liked.shadowRoot!.querySelector('input[type="checkbox"]'));
    });

    it('a later valid submit clears it and lets the form submit', async () => {
      const { form, summary, submitted, name, rating, liked } = await feedbackForm({ novalidate });
      await submitExpectingErrors(summary, form);
      name.value = 'Sam';
      rating.value = '4';
      liked.value = ['food'];
      await settled(form);

      inner(form.querySelector('cp-button')!, 'button').click();
      await settled(form);
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.get('name')).to.equal('Sam');
      expect(submitted[0]!.get('rating')).to.equal('4');
      expect(submitted[0]!.getAll('liked')).to.deep.equal(['food']);
      expect(summary.errors).to.deep.equal([]);
      expect(summary.shadowRoot!.querySelector('.summary')).to.equal(null);
      // No field keeps an error it no longer has.
      for (const control of [name, rating, liked]) expect(control.shadowRoot!.querySelector('.error')).to.equal(null);
    });

    it('fixed fields lose their error on the next submit, the rest keep theirs', async () => {
      const { form, summary, name, rating, liked } = await feedbackForm({ novalidate });
      await submitExpectingErrors(summary, form);

      // The error stays on the field while the person fixes it (GOV.UK: nothing changes until submit).
      name.value = 'Sam';
      liked.value = ['people'];
      await settled(form);
      expect(fieldError(name)).to.contain(nameMsg);

      const e = await submitExpectingErrors(summary, form);
      expect(e.detail.count).to.equal(1);
      expect(linkTexts(summary)).to.deep.equal([ratingMsg]);
      expect(name.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(liked.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(fieldError(rating)).to.contain(ratingMsg);
    });

    it('lists a format problem in an optional field', async () => {
      const { form, summary, email, name, rating, liked } = await feedbackForm({ novalidate });
      name.value = 'Sam';
      rating.value = '3';
      liked.value = ['food'];
      email.value = 'sam.example.com';
      await settled(form);
      const e = await submitExpectingErrors(summary, form);
      expect(e.detail.count).to.equal(1);
      expect(linkTexts(summary)).to.deep.equal(['Enter an email address in the correct format, like name@example.com']);
    });

    it('has no axe violations with errors shown', async () => {
      const { form, summary } = await feedbackForm({ novalidate });
      await submitExpectingErrors(summary, form);
      await expectNoAxeViolations(form);
    });
  });
}

describe('field errors without a summary', () => {
  it('a valid submit clears errors the person has fixed', async () => {
    const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <cp-text-field name="name" label="Your name" required></cp-text-field>
    </form>`);
    const field = form.querySelector('cp-text-field') as unknown as Control;
    form.requestSubmit();
    await settled(form);
    expect(fieldError(field)).to.contain(nameMsg);
    field.value = 'Sam';
    await settled(form);
    form.requestSubmit();
    await settled(form);
    expect(field.error).to.equal('');
    expect(field.shadowRoot!.querySelector('.error')).to.equal(null);
  });
});

describe('cp-error-summary keyboard', () => {
  it('Enter in a text field submits, focus lands on the summary, Tab reaches the links and Enter moves to the field', async () => {
    const { form, summary, name, rating } = await feedbackForm();
    name.focus();
    const event = oneEvent(summary, 'cp-error-summary');
    await sendKeys({ press: 'Enter' });
    await event;
    await settled(form);
    expect(document.activeElement).to.equal(summary);

    await sendKeys({ press: 'Tab' });
    const [toName, toRating] = links(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(toName);
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(toRating);
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(rating);
    expect(rating.shadowRoot!.activeElement).to.equal(rating.shadowRoot!.querySelector('input'));
  });

  it('Enter on the kit button shows the summary; Tab then Enter reaches the first field, where typing fixes it', async () => {
    const { form, summary, name, button, submitted } = await feedbackForm({ novalidate: true });
    button.focus();
    const event = oneEvent(summary, 'cp-error-summary');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.count).to.equal(3);
    await settled(form);
    expect(document.activeElement).to.equal(summary);

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(name);
    await sendKeys({ type: 'Sam' });
    expect(name.value).to.equal('Sam');

    const again = oneEvent(summary, 'cp-error-summary');
    await sendKeys({ press: 'Enter' }); // Enter in the text field submits again
    expect((await again).detail.count).to.equal(2);
    expect(submitted).to.have.length(0);
  });
});

describe('cp-error-summary', () => {
  it('watches the form named by `for` when it is outside it', async () => {
    const wrapper = await mount(html`<div>
      <cp-error-summary for="outside-form"></cp-error-summary>
      <form id="outside-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <cp-text-field id="q" name="q" label="Your question" required></cp-text-field>
        <cp-button>Ask</cp-button>
      </form>
    </div>`);
    await settled(wrapper);
    const summary = wrapper.querySelector('cp-error-summary')!;
    const form = wrapper.querySelector('form')!;
    const e = await submitExpectingErrors(summary, form);
    expect(e.detail.count).to.equal(1);
    expect(linkTexts(summary)).to.deep.equal(['Enter an answer for “Your question”']);
    expect(document.activeElement).to.equal(summary);
    links(summary)[0]!.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#q'));
  });

  it('follows a change of `for` to another form', async () => {
    const wrapper = await mount(html`<div>
      <cp-error-summary for="form-a"></cp-error-summary>
      <form id="form-a" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <cp-text-field name="a" label="A" required></cp-text-field>
        <cp-button>Send A</cp-button>
      </form>
      <form id="form-b" novalidate @submit=${(e: Event) => e.preventDefault()}>
        <cp-text-field name="b" label="B" required></cp-text-field>
        <cp-button>Send B</cp-button>
      </form>
    </div>`);
    await settled(wrapper);
    const summary = wrapper.querySelector('cp-error-summary')!;
    summary.for = 'form-b';
    await summary.updateComplete;
    const [formA, formB] = [...wrapper.querySelectorAll('form')];
    inner(formA!.querySelector('cp-button')!, 'button').click();
    await settled(wrapper);
    expect(summary.errors, 'form A is no longer watched').to.deep.equal([]);
    const e = await submitExpectingErrors(summary, formB!);
    expect(e.detail.count).to.equal(1);
    expect(linkTexts(summary)).to.deep.equal(['Enter an answer for “B”']);
  });

  it('stops watching the form when it is removed', async () => {
    const { form, summary, submitted } = await feedbackForm({ novalidate: true });
    summary.remove();
    inner(form.querySelector('cp-button')!, 'button').click();
    await settled(form);
    // With no summary the novalidate form submits as plain HTML would.
    expect(submitted).to.have.length(1);
    expect(summary.errors).to.deep.equal([]);
  });

  it('shows `errors` set directly, with links by id, and show() focuses it and fires the event', async () => {
    const wrapper = await mount(html`<div>
      <cp-error-summary></cp-error-summary>
      <cp-text-field id="postcode" label="Postcode"></cp-text-field>
      <cp-rating id="score" label="Score"></cp-rating>
    </div>`);
    const summary = wrapper.querySelector('cp-error-summary')!;
    const rating = wrapper.querySelector('cp-rating')!;
    summary.errors = [
      { target: 'postcode', message: 'Enter a real postcode' },
      { target: rating, message: 'Choose a score' },
    ];
    await settled(wrapper);
    expect(linkTexts(summary)).to.deep.equal(['Enter a real postcode', 'Choose a score']);
    expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(['#postcode', '#score']);
    // Setting errors alone does not move focus.
    expect(document.activeElement).to.not.equal(summary);

    const event = oneEvent(summary, 'cp-error-summary');
    await summary.show();
    expect((await event).detail.count).to.equal(2);
    expect(document.activeElement).to.equal(summary);

    links(summary)[0]!.click();
    expect(document.activeElement).to.equal(wrapper.querySelector('#postcode'));
    links(summary)[1]!.click();
    expect(document.activeElement).to.equal(rating);
    await expectNoAxeViolations(wrapper);

    summary.errors = [];
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('.summary')).to.equal(null);
  });

  it('show() with no errors neither focuses nor fires', async () => {
    const summary = await mount<CpErrorSummary>(html`<cp-error-summary></cp-error-summary>`);
    let fired = 0;
    summary.addEventListener('cp-error-summary', () => fired++);
    await summary.show();
    expect(fired).to.equal(0);
    expect(document.activeElement).to.not.equal(summary);
  });

  it('a link to a target that is not on the page is left to work as a plain link', async () => {
    const summary = await mount<CpErrorSummary>(html`<cp-error-summary
      .errors=${[{ target: 'nowhere', message: 'Something is wrong' }]}
    ></cp-error-summary>`);
    const link = links(summary)[0]!;
    expect(link.getAttribute('href')).to.equal('#nowhere');
    let preventedByKit: boolean | undefined;
    // Runs after the summary's own listener on the link; then keeps the test page where it is.
    link.addEventListener('click', (e) => {
      preventedByKit = e.defaultPrevented;
      e.preventDefault();
    });
    link.click();
    expect(preventedByKit).to.equal(false);
  });

  it('heading level can be changed and is kept between 1 and 6', async () => {
    const summary = await mount<CpErrorSummary>(html`<cp-error-summary
      heading-level="3"
      .errors=${[{ target: 'x', message: 'Problem' }]}
    ></cp-error-summary>`);
    expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
    summary.headingLevel = 9;
    await summary.updateComplete;
    expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('6');
    summary.headingLevel = 0;
    await summary.updateComplete;
    expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('1');
  });

  it('translates its heading: the `strings` property, the page language, and the title slot', async () => {
    registerStrings('cy', { errorSummaryTitle: 'Mae problem', requiredText: 'Rhowch ateb i “{label}”' });
    const wrapper = await mount(html`<div>
      <cp-error-summary
        id="own"
        .strings=${{ errorSummaryTitle: 'Something needs fixing' }}
        .errors=${[{ target: 'x', message: 'Problem' }]}
      ></cp-error-summary>
      <div lang="cy">
        <form novalidate @submit=${(e: Event) => e.preventDefault()}>
          <cp-error-summary id="welsh"></cp-error-summary>
          <cp-text-field name="enw" label="Eich enw" required></cp-text-field>
          <cp-button>Anfon</cp-button>
        </form>
      </div>
      <cp-error-summary id="slotted" .errors=${[{ target: 'x', message: 'Problem' }]}>
        <span slot="title">Check your answers</span>
      </cp-error-summary>
    </div>`);
    await settled(wrapper);
    const own = wrapper.querySelector<CpErrorSummary>('#own')!;
    expect(text(inner(own, '[role="heading"]'))).to.equal('Something needs fixing');

    const welsh = wrapper.querySelector<CpErrorSummary>('#welsh')!;
    await submitExpectingErrors(welsh, wrapper.querySelector('form')!);
    expect(text(inner(welsh, '[role="heading"]'))).to.equal('Mae problem');
    expect(linkTexts(welsh)).to.deep.equal(['Rhowch ateb i “Eich enw”']);

    const slotted = wrapper.querySelector<CpErrorSummary>('#slotted')!;
    const slot = inner<HTMLSlotElement>(slotted, 'slot[name="title"]');
    expect(slot.assignedElements().map((el) => text(el))).to.deep.equal(['Check your answers']);
    await expectNoAxeViolations(wrapper);
  });

  it('a required-message set on a control is what the summary lists', async () => {
    const form = await mount<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <cp-error-summary></cp-error-summary>
      <cp-text-field name="postcode" label="Postcode" required required-message="Enter your postcode"></cp-text-field>
      <cp-button>Send</cp-button>
    </form>`);
    await settled(form);
    const summary = form.querySelector('cp-error-summary')!;
    await submitExpectingErrors(summary, form);
    expect(linkTexts(summary)).to.deep.equal(['Enter your postcode']);
    // A control with no id still gets a link that focuses it.
    expect(links(summary)[0]!.getAttribute('href')).to.equal('#');
    links(summary)[0]!.click();
    expect(document.activeElement).to.equal(form.querySelector('cp-text-field'));
  });
});
