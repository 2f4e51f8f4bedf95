import { html, expect, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { outbox } from '../src/core/outbox.js';
import '../src/components/page-feedback/index.js';
import '../src/components/provider/index.js';
import type { CpPageFeedback, PageFeedbackSubmission } from '../src/components/page-feedback/index.js';
import type { CpTextarea } from '../src/components/textarea/index.js';
import type { CpErrorSummary } from '../src/components/error-summary/index.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import { stubConsole } from './helpers/console.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { axeEveryStory, compose, renderStory, type StoryLike } from './helpers/stories.js';
import { deepActive, expectSame, place, shiftTab } from './helpers/form-control-suite.js';
import * as stories from '../stories/page-feedback.stories.js';
import { FieldHarness, PageFeedbackHarness } from '../src/testing/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PRIVACY_HINT = 'Do not include personal details like your name or address.';

const stub = useFetchStub();

/** A prompt in a page, between a button before and a button after. `min-seconds` is 0 unless given. */
async function mount(attrs: { minSeconds?: number; endpoint?: string | null; formId?: string; lang?: string } = {}) {
  const wrapper = await place(html`<div lang=${attrs.lang ?? 'en'}>
    <button type="button" id="before">Before</button>
    <cp-page-feedback
      endpoint=${attrs.endpoint === null ? '' : (attrs.endpoint ?? '/collect')}
      min-seconds=${attrs.minSeconds ?? 0}
      form-id=${attrs.formId ?? 'page-feedback'}
    ></cp-page-feedback>
    <button type="button" id="after">After</button>
  </div>`);
  const el = wrapper.querySelector('cp-page-feedback')!;
  if (attrs.endpoint === null) el.removeAttribute('endpoint');
  await settled(wrapper);
  return {
    el,
    wrapper,
    before: wrapper.querySelector<HTMLButtonElement>('#before')!,
    after: wrapper.querySelector<HTMLButtonElement>('#after')!,
  };
}

const $ = <E extends Element = HTMLElement>(el: CpPageFeedback, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
/** The prompt as a person uses it (coproduce-kit/testing). */
const prompt = (el: Element) => new PageFeedbackHarness(el as HTMLElement);
const field = (c: Element) => new FieldHarness(c);
/** The native button inside a kit button (or a native button) in the prompt. */
const button = (el: CpPageFeedback, selector: string): HTMLButtonElement => {
  const host = $(el, selector)!;
  return (host.shadowRoot?.querySelector('button') ?? host) as HTMLButtonElement;
};
const textarea = (el: CpPageFeedback, name: 'doing' | 'wrong') => $<CpTextarea>(el, `#${name}`)!;
const nativeTextarea = (el: CpPageFeedback, name: 'doing' | 'wrong') =>
  textarea(el, name).shadowRoot!.querySelector('textarea')!;

/** Waits until the prompt has an outcome for what was sent, then for it to render. */
async function outcome(el: CpPageFeedback) {
  await waitUntil(() => el.delivery !== undefined, 'the prompt has an outcome', { timeout: 10000 });
  await prompt(el).settle();
  await prompt(el).settle();
}
async function press(key: string, el: CpPageFeedback) {
  await sendKeys({ press: key });
  await prompt(el).settle();
}
async function type(el: CpPageFeedback, name: 'doing' | 'wrong', value: string) {
  nativeTextarea(el, name).focus();
  await sendKeys({ type: value });
  await prompt(el).settle();
}
async function openReport(el: CpPageFeedback) {
  await prompt(el).report();
}
async function sendForm(el: CpPageFeedback) {
  await prompt(el).send();
}
const sent = (): PageFeedbackSubmission => stub.current!.calls.at(-1)!.body as PageFeedbackSubmission;
const thanks = (el: CpPageFeedback) => $(el, '.thanks');

describe('cp-page-feedback', () => {
  describe('the prompt', () => {
    it('asks "Is this page useful?" with Yes and No buttons named in full, and a report button', async () => {
      const { el } = await mount();
      const group = $(el, '[role="group"]')!;
      expect(text(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!))).to.equal(
        'Is this page useful?',
      );
      const yes = button(el, '.yes');
      const no = button(el, '.no');
      // The buttons' text is slotted into the kit buttons: their names are the hosts' text.
      expect(text($(el, '.yes'))).to.equal('Yes this page is useful');
      expect(text($(el, '.no'))).to.equal('No this page is not useful');
      // The visible words are only "Yes" and "No": the rest is for screen readers.
      const hidden = $(el, '.yes .vh')!;
      expect(getComputedStyle(hidden).clipPath).to.equal('inset(50%)');
      expect(text(button(el, '.report'))).to.equal('Report a problem with this page');
      expect(button(el, '.report').type).to.equal('button');
      for (const b of [yes, no, button(el, '.report')]) {
        const box = b.getBoundingClientRect();
        expect(box.height, 'targets at least 44px high').to.be.at.least(44);
      }
      expect($(el, 'form'), 'no form until asked').to.equal(null);
    });

    it('takes its words from the strings property', async () => {
      const { el } = await mount();
      el.strings = { pageFeedbackQuestion: 'Did this page help?', pageFeedbackYes: 'It did[ this page is useful]' };
      await prompt(el).settle();
      expect(text($(el, '.question'))).to.equal('Did this page help?');
      expect(text($(el, '.yes'))).to.equal('It did this page is useful');
    });
  });

  describe('keyboard only', () => {
    it('Tab reaches Yes, No and Report, in that order, and never the spam trap', async () => {
      const { el, before, after } = await mount();
      before.focus();
      await press('Tab', el);
      expectSame(deepActive(), button(el, '.yes'), 'first Tab');
      await press('Tab', el);
      expectSame(deepActive(), button(el, '.no'), 'second Tab');
      await press('Tab', el);
      expectSame(deepActive(), button(el, '.report'), 'third Tab');
      await press('Tab', el);
      expectSame(deepActive(), after, 'fourth Tab leaves the prompt');
      await shiftTab();
      expectSame(deepActive(), button(el, '.report'), 'Shift+Tab comes back');
    });

    it('Enter on Yes sends it and moves focus to the thank-you', async () => {
      stub(201);
      const { el, before } = await mount();
      before.focus();
      await press('Tab', el);
      await press('Enter', el);
      await outcome(el);
      expect(stub.current!.calls).to.have.length(1);
      expect(sent().answers).to.deep.equal({ useful: 'yes' });
      expectSame(deepActive(), thanks(el), 'focus on the thank-you');
      expect(text(thanks(el))).to.equal('Thank you for your feedback. Sent. Thank you.');
    });

    it('reports a problem from start to finish with the keyboard alone', async () => {
      stub(201);
      const { el, before } = await mount();
      before.focus();
      await press('Tab', el);
      await press('Tab', el);
      await press('Tab', el);
      await press('Enter', el);
      await prompt(el).settle();
      expectSame(deepActive(), $(el, '.heading'), 'focus moves to the form heading');
      await press('Tab', el);
      expectSame(deepActive(), nativeTextarea(el, 'doing'), 'Tab to "What were you doing?"');
      await sendKeys({ type: 'Looking for opening times' });
      await press('Tab', el);
      expectSame(deepActive(), nativeTextarea(el, 'wrong'), 'Tab to "What went wrong?"');
      await sendKeys({ type: 'The Friday times are missing' });
      await press('Tab', el);
      expectSame(deepActive(), button(el, '.send'), 'Tab to Send');
      await press('Enter', el);
      await outcome(el);
      expect(sent().answers).to.deep.equal({
        doing: 'Looking for opening times',
        wrong: 'The Friday times are missing',
      });
      expectSame(deepActive(), thanks(el), 'focus on the thank-you');
    });

    it('Space on No opens the form; Cancel closes it, returns focus to No and keeps what was typed', async () => {
      const { calls } = stub(201);
      const { el, before } = await mount();
      before.focus();
      await press('Tab', el);
      await press('Tab', el);
      await press('Space', el);
      await prompt(el).settle();
      expectSame(deepActive(), $(el, '.heading'), 'focus on the form heading');
      await type(el, 'wrong', 'Too much text');
      await press('Tab', el);
      await press('Tab', el);
      expectSame(deepActive(), button(el, '.cancel'), 'Tab to Cancel');
      await press('Enter', el);
      await prompt(el).settle();
      expect($(el, 'form')).to.equal(null);
      expectSame(deepActive(), button(el, '.no'), 'focus back on No');
      expect(calls, 'cancelling sends nothing').to.have.length(0);

      await openReport(el);
      expect(nativeTextarea(el, 'wrong').value).to.equal('Too much text');
      button(el, '.cancel').click();
      await prompt(el).settle();
      await prompt(el).settle();
      expectSame(deepActive(), button(el, '.report'), 'focus back on Report');
    });
  });

  describe('what is sent', () => {
    it('Yes sends one submission of the feedback shape, and nothing else', async () => {
      stub(201);
      const { el } = await mount();
      const before = Date.now();
      const submitted = oneEvent(el, 'cp-submitted');
      button(el, '.yes').click();
      await outcome(el);
      const [call] = stub.current!.calls;
      expect(stub.current!.calls).to.have.length(1);
      expect(call!.url).to.equal('/collect');
      expect(call!.init.method).to.equal('POST');
      expect(call!.headers['content-type']).to.equal('application/json');
      const s = sent();
      expect(call!.headers['idempotency-key']).to.equal(s.id);
      expect(Object.keys(s).sort()).to.deep.equal([
        'answers',
        'flags',
        'formId',
        'formVersion',
        'id',
        'locale',
        'meta',
        'submittedAt',
      ]);
      expect(s.id).to.match(UUID);
      expect(s.formId).to.equal('page-feedback');
      expect(s.formVersion).to.equal(1);
      expect(s.locale).to.equal('en');
      expect(Date.parse(s.submittedAt)).to.be.within(before - 1000, Date.now() + 1000);
      expect(s.answers).to.deep.equal({ useful: 'yes' });
      expect(s.flags).to.deep.equal([]);
      expect(Object.keys(s.meta).sort()).to.deep.equal(['elapsedMs', 'page']);
      expect(s.meta.elapsedMs).to.be.a('number').and.at.least(0);
      expect((await submitted).detail.id).to.equal(s.id);
    });

    it('No, then Send with nothing typed, sends just the "no"', async () => {
      stub(201);
      const { el } = await mount();
      button(el, '.no').click();
      await prompt(el).settle();
      expect(text($(el, 'form p'))).to.equal('You can tell us more, or just send your answer.');
      // Both questions are truly optional here, and say so.
      expect(field(textarea(el, 'doing')).label).to.equal('What were you doing? (optional)');
      await sendForm(el);
      await outcome(el);
      expect(sent().answers).to.deep.equal({ useful: 'no' });
    });

    it('No, then Send, sends the "no" with what was typed, trimmed', async () => {
      stub(201);
      const { el } = await mount();
      button(el, '.no').click();
      await prompt(el).settle();
      await type(el, 'wrong', '  The map does not load  ');
      await sendForm(el);
      await outcome(el);
      expect(sent().answers).to.deep.equal({ useful: 'no', wrong: 'The map does not load' });
      expect(text(thanks(el))).to.contain('Thank you for your feedback.');
    });

    it('a problem report sends only what was answered, with no "useful" key', async () => {
      stub(201);
      const { el } = await mount();
      await openReport(el);
      expect(text($(el, 'form p'))).to.equal('Answer one or both questions.');
      await type(el, 'doing', 'Checking if I need a referral');
      await sendForm(el);
      await outcome(el);
      expect(sent().answers).to.deep.equal({ doing: 'Checking if I need a referral' });
    });

    it('both questions warn against personal details, and the form is named by its heading', async () => {
      const { el } = await mount();
      await openReport(el);
      for (const name of ['doing', 'wrong'] as const) {
        const field = textarea(el, name);
        const hint = field.shadowRoot!.querySelector('.hint')!;
        expect(prompt(el).field(field.label).hint).to.equal(PRIVACY_HINT);
        expect(text(hint)).to.equal(PRIVACY_HINT);
        expect(nativeTextarea(el, name).getAttribute('aria-describedby')).to.contain(hint.id);
      }
      expect(field(textarea(el, 'doing')).label).to.equal('What were you doing?');
      expect(field(textarea(el, 'wrong')).label).to.equal('What went wrong?');
      const form = $(el, 'form')!;
      expect(text(el.shadowRoot!.getElementById(form.getAttribute('aria-labelledby')!))).to.equal(
        'Help us improve this page',
      );
      expect($(el, '.heading')!.getAttribute('aria-level')).to.equal('2');
    });

    it('uses form-id, the provider endpoint and the language of the page', async () => {
      stub(201);
      const wrapper = await place(html`<cp-provider endpoint="https://collector.example.org">
        <div lang="cy"><cp-page-feedback min-seconds="0" form-id="opening-times"></cp-page-feedback></div>
      </cp-provider>`);
      const el = wrapper.querySelector('cp-page-feedback')!;
      await settled(wrapper);
      button(el, '.yes').click();
      await outcome(el);
      expect(stub.current!.calls[0]!.url).to.equal('https://collector.example.org/v1/feedback');
      expect(sent().formId).to.equal('opening-times');
      expect(sent().locale).to.equal('cy');
    });
  });

  describe('privacy', () => {
    it('sends the page address without its query or fragment, and no cookies, ids or user agent', async () => {
      stub(201);
      const original = location.href;
      history.replaceState(null, '', `${location.pathname}?postcode=LS6+1AA&session=abc123#opening-times`);
      document.cookie = 'visitor=cookie-value-123; path=/';
      try {
        const { el } = await mount();
        button(el, '.yes').click();
        await outcome(el);
        const s = sent();
        expect(s.meta.page).to.equal(location.origin + location.pathname);
        const call = stub.current!.calls[0]!;
        expect(call.init.credentials).to.equal('omit');
        expect(call.init.referrerPolicy).to.equal('no-referrer');
        const raw = String(call.init.body);
        for (const secret of ['postcode', 'LS6', 'abc123', 'opening-times', 'cookie-value-123', navigator.userAgent]) {
          expect(raw, `the body does not contain ${secret}`).not.to.contain(secret);
        }
        expect(Object.keys(call.headers).sort()).to.deep.equal(['content-type', 'idempotency-key']);
      } finally {
        document.cookie = 'visitor=; path=/; max-age=0';
        history.replaceState(null, '', original);
      }
    });
  });

  describe('errors', () => {
    it('an empty problem report shows the error summary and the field error, and sends nothing', async () => {
      const { calls } = stub(201);
      const { el } = await mount();
      await openReport(el);
      const shown = oneEvent(el, 'cp-error-summary');
      await sendForm(el);
      await shown;
      await prompt(el).settle();
      const summary = $<CpErrorSummary>(el, 'cp-error-summary')!;
      expect(text(summary.shadowRoot!.querySelector('.title'))).to.equal('There is a problem');
      expect(prompt(el).errors()).to.deep.equal(['Enter what you were doing or what went wrong']);
      expectSame(deepActive(), prompt(el).errorSummary(), 'focus on the summary');
      expect(field(textarea(el, 'doing')).error).to.equal('Error: Enter what you were doing or what went wrong');
      expect(nativeTextarea(el, 'doing').getAttribute('aria-invalid')).to.equal('true');
      expect(calls).to.have.length(0);
      expect(el.delivery).to.equal(undefined);

      // Sent empty again: the error stays.
      await sendForm(el);
      await prompt(el).settle();
      expect(field(textarea(el, 'doing')).error).to.equal('Error: Enter what you were doing or what went wrong');
      expect(summary.errors).to.have.length(1);

      // The link in the summary moves focus to the question.
      summary.shadowRoot!.querySelector('a')!.click();
      expectSame(deepActive(), nativeTextarea(el, 'doing'), 'the summary link focuses the question');

      // Answering the second question is enough; the errors go.
      await type(el, 'wrong', 'The phone number is wrong');
      await sendForm(el);
      await outcome(el);
      expect(calls).to.have.length(1);
      expect(sent().answers).to.deep.equal({ wrong: 'The phone number is wrong' });
    });

    it('a 4xx keeps everything typed and says clearly that it was not sent; sending again works', async () => {
      stub(422, 201);
      const { el } = await mount();
      await openReport(el);
      await type(el, 'doing', 'Looking for the food bank');
      await type(el, 'wrong', 'The address is out of date');
      const refused = oneEvent(el, 'cp-submit-error');
      await sendForm(el);
      await outcome(el);
      expect((await refused).detail).to.include({ status: 'rejected', code: 422 });
      expect($(el, 'form'), 'the form stays open').to.exist;
      expect(nativeTextarea(el, 'doing').value).to.equal('Looking for the food bank');
      expect(nativeTextarea(el, 'wrong').value).to.equal('The address is out of date');
      const alert = $(el, '.delivery')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal(
        'Sorry, your answers could not be sent. They are still here, so you can try again or copy them.',
      );
      expect(thanks(el)).to.equal(null);
      const firstId = sent().id;

      await sendForm(el);
      await waitUntil(() => el.delivery?.status === 'sent', 'sent the second time', { timeout: 10000 });
      await prompt(el).settle();
      expect(stub.current!.calls).to.have.length(2);
      expect(sent().answers).to.deep.equal({ doing: 'Looking for the food bank', wrong: 'The address is out of date' });
      expect(sent().id, 'a new submission gets a new id').not.to.equal(firstId);
      expect(await outbox.entries()).to.deep.equal([]);
    });

    it('a 4xx after Yes keeps the question on screen with the message', async () => {
      stub(400);
      const { el } = await mount();
      button(el, '.yes').click();
      await outcome(el);
      expect($(el, '.yes')).to.exist;
      expect(text($(el, '[role="alert"]'))).to.contain('could not be sent');
      await expectNoAxeViolations(el);
    });

    it('with nowhere to send, says so and keeps the answers', async () => {
      stub(201);
      const realError = console.error;
      console.error = () => {};
      try {
        const { el } = await mount({ endpoint: null });
        await openReport(el);
        await type(el, 'wrong', 'Nothing happens');
        await sendForm(el);
        await outcome(el);
        expect(el.delivery!.status).to.equal('unsent');
        expect(text($(el, '[role="alert"]'))).to.contain('could not be sent from this page');
        expect(nativeTextarea(el, 'wrong').value).to.equal('Nothing happens');
      } finally {
        console.error = realError;
      }
    });
  });

  describe('delivery', () => {
    it('on a network failure, keeps the answers on this device and says so truthfully', async () => {
      stub(offline());
      const { el } = await mount();
      const saved = oneEvent(el, 'cp-submit-saved');
      button(el, '.no').click();
      await prompt(el).settle();
      await type(el, 'doing', 'Reading on the bus');
      await sendForm(el);
      await outcome(el);
      const id = (await saved).detail.id;
      const [entry] = await outbox.entries();
      expect(entry!.id).to.equal(id);
      expect(JSON.parse(entry!.body).answers).to.deep.equal({ useful: 'no', doing: 'Reading on the bus' });
      expect(text(thanks(el))).to.equal(
        'Thank you for your feedback. Saved on this device. It will be sent when you are back online.',
      );
      // Announced by the live region that was there before sending (see tests/focus-and-announcements.test.ts).
      expect(text($(el, '.delivery-live[role="status"]'))).to.equal(
        'Saved on this device. It will be sent when you are back online.',
      );
      expectSame(deepActive(), thanks(el), 'focus on the thank-you');
    });

    it('sends nothing itself when the page calls preventDefault() on cp-submit', async () => {
      const { calls } = stub(201);
      const { el } = await mount();
      let submission: PageFeedbackSubmission | undefined;
      el.addEventListener('cp-submit', (e) => {
        submission = e.detail.submission as PageFeedbackSubmission;
        e.preventDefault();
      });
      button(el, '.yes').click();
      await outcome(el);
      expect(calls).to.have.length(0);
      expect(el.delivery).to.deep.equal({ status: 'handled' });
      expect(submission!.answers).to.deep.equal({ useful: 'yes' });
      expect(submission!.formId).to.equal('page-feedback');
      // The page delivers it, so the kit does not claim "Sent".
      expect(text(thanks(el))).to.equal('Thank you for your feedback.');
    });

    it('says "Sending…" politely while waiting, and sends once however often Yes is pressed', async () => {
      let answer!: (r: Response) => void;
      const { calls } = stub(() => new Promise<Response>((r) => (answer = r)));
      const { el } = await mount();
      const status = $(el, '.vh[role="status"]')!;
      expect(text(status)).to.equal('');
      button(el, '.yes').click();
      await waitUntil(() => calls.length === 1, 'the request started');
      await prompt(el).settle();
      expect(text(status)).to.equal('Sending…');
      button(el, '.yes').click();
      await prompt(el).settle();
      answer(new Response('{}', { status: 200 }));
      await outcome(el);
      expect(calls).to.have.length(1);
      expect(text(status)).to.equal('');
      expectSame($(el, '.vh[role="status"]'), status, 'the same live region stays in place');
    });
  });

  describe('spam without a CAPTCHA', () => {
    it('has a trap field that is inert and out of sight, so people and assistive technology never meet it', async () => {
      const { el } = await mount();
      const trap = $(el, '.hp')!;
      expect(trap.inert).to.equal(true);
      expect(getComputedStyle(trap).clipPath).to.equal('inset(50%)');
      const input = trap.querySelector('input')!;
      input.focus();
      expect(el.shadowRoot!.activeElement === input, 'the trap cannot take focus').to.equal(false);
    });

    it('a filled-in trap field sends nothing but shows the ordinary thank-you', async () => {
      const { calls } = stub(201);
      const { el } = await mount();
      let events = 0;
      el.addEventListener('cp-submit', () => events++);
      $<HTMLInputElement>(el, '.hp input')!.value = 'https://spam.example';
      const { logs, restore } = stubConsole(['warn']);
      try {
        button(el, '.yes').click();
        await outcome(el);
      } finally {
        restore();
      }
      expect(calls).to.have.length(0);
      expect(events).to.equal(0);
      expect(text(thanks(el))).to.equal('Thank you for your feedback. Sent. Thank you.');
      // The page author is told why, so a developer testing the page is not misled by "Sent".
      expect(logs.warn).to.have.length(1);
      expect(logs.warn[0]).to.match(/^coproduce-kit: not sent: the hidden spam field was filled$/);
    });

    it('an answer sooner than min-seconds (3 by default) sends nothing but shows the ordinary thank-you', async () => {
      const { calls } = stub(201);
      const wrapper = await place(html`<div><cp-page-feedback endpoint="/collect"></cp-page-feedback></div>`);
      const el = wrapper.querySelector('cp-page-feedback')!;
      expect(el.minSeconds).to.equal(3);
      const { logs, restore } = stubConsole(['warn']);
      try {
        button(el, '.yes').click();
        await outcome(el);
      } finally {
        restore();
      }
      expect(calls).to.have.length(0);
      expect(text(thanks(el))).to.equal('Thank you for your feedback. Sent. Thank you.');
      expect(logs.warn).to.have.length(1);
      expect(logs.warn[0]).to.match(
        /^coproduce-kit: not sent: sent \d+\.\d s after the form appeared; min-seconds is 3$/,
      );
    });

    it('min-seconds is measured from when the prompt appeared', async () => {
      const { calls } = stub(201);
      const { el } = await mount({ minSeconds: 60 });
      expect(el.minSeconds).to.equal(60);
      button(el, '.yes').click();
      await outcome(el);
      expect(calls, 'too soon for 60 seconds').to.have.length(0);

      const { el: soon } = await mount({ minSeconds: 0.001 });
      await new Promise((r) => setTimeout(r, 20));
      button(soon, '.yes').click();
      await outcome(soon);
      expect(calls, 'after the minimum it is sent').to.have.length(1);
      expect(sent().meta.elapsedMs).to.be.at.least(1);
    });
  });

  describe('accessibility', () => {
    it('the thank-you takes focus and sits where the question was', async () => {
      stub(201);
      const { el } = await mount();
      button(el, '.yes').click();
      await outcome(el);
      expect($(el, '.prompt')).to.equal(null);
      expect(thanks(el)!.getAttribute('tabindex')).to.equal('-1');
      expectSame(deepActive(), thanks(el), 'focus on the thank-you');
    });

    for (const [state, setUp] of [
      ['the prompt', async () => {}],
      [
        'the form after No',
        async (el: CpPageFeedback) => {
          button(el, '.no').click();
          await prompt(el).settle();
        },
      ],
      ['the report form', openReport],
      [
        'the report form with errors',
        async (el: CpPageFeedback) => {
          await openReport(el);
          await sendForm(el);
          await prompt(el).settle();
        },
      ],
      [
        'the thank-you (sent)',
        async (el: CpPageFeedback) => {
          stub(201);
          button(el, '.yes').click();
          await outcome(el);
        },
      ],
      [
        'the thank-you (saved offline)',
        async (el: CpPageFeedback) => {
          stub(offline());
          button(el, '.yes').click();
          await outcome(el);
        },
      ],
      [
        'the form after a 4xx',
        async (el: CpPageFeedback) => {
          stub(422);
          await openReport(el);
          await type(el, 'wrong', 'Broken link');
          await sendForm(el);
          await outcome(el);
        },
      ],
    ] as const) {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`has no axe violations: ${state}, ${dir}`, async () => {
          const { el, wrapper } = await mount();
          wrapper.dir = dir;
          await setUp(el);
          await settled(wrapper);
          await expectNoAxeViolations(wrapper);
        });
      }
    }

    it('lays out right to left', async () => {
      const { el, wrapper } = await mount();
      wrapper.dir = 'rtl';
      await settled(wrapper);
      expect(getComputedStyle($(el, '.prompt')!).direction).to.equal('rtl');
      expect(button(el, '.no').getBoundingClientRect().left).to.be.lessThan(
        button(el, '.yes').getBoundingClientRect().left,
      );
    });

    it('fits 320px without scrolling sideways', async () => {
      const { el, wrapper } = await mount();
      wrapper.style.width = '320px';
      await openReport(el);
      await settled(wrapper);
      expect(el.scrollWidth).to.be.at.most(320);
      for (const b of el.shadowRoot!.querySelectorAll('cp-button, cp-textarea')) {
        expect(b.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });
  });

  describe('stories', () => {
    it('show their state when Storybook renders the template twice, first into an element never put in the page', async () => {
      const template = compose(stories.default as StoryLike, stories.AfterNo as StoryLike);
      render(template, document.createElement('div'));
      const main = await place(html`<main></main>`);
      render(template, main);
      const el = main.querySelector('cp-page-feedback')!;
      await waitUntil(() => $(el, 'form'), 'the "after No" story shows the form');
    });

    it('show the states they are named after', async () => {
      const feedback = async (story: object) =>
        (await renderStory(stories.default as object, story)).querySelector('cp-page-feedback')!;
      const errors = await feedback(stories.Errors);
      await waitUntil(
        () => $<CpErrorSummary>(errors, 'cp-error-summary')?.errors.length === 1,
        'the errors story shows an error',
      );
      const afterNo = await feedback(stories.AfterNo);
      await waitUntil(() => $(afterNo, 'form'), 'the "after No" story shows the form');
      expect(text($(afterNo, 'form p'))).to.equal('You can tell us more, or just send your answer.');
      expect(text(thanks(await feedback(stories.SavedOffline)))).to.contain('Saved on this device');
      expect(text($(await feedback(stories.NotSent), '[role="alert"]'))).to.contain('could not be sent');
    });
  });

  axeEveryStory('page-feedback.stories.ts', stories, (main) => settled(main));
});
