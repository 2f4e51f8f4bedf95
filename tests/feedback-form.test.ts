import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import { captureConsole, stubConsole } from './helpers/console.js';
import { deepActive, expectSame, place } from './helpers/form-control-suite.js';
import { axeEveryStory, renderStory, type StoryLike } from './helpers/stories.js';
import * as stories from '../stories/feedback-form.stories.js';
import '../src/components/feedback-form/index.js';
import '../src/components/provider/index.js';
import type { CpFeedbackForm, FeedbackDefinition, FeedbackSubmission } from '../src/components/feedback-form/index.js';
import { quickExit } from '../src/core/quick-exit.js';
import { FeedbackFormHarness, FieldHarness } from '../src/testing/index.js';
import { outbox } from '../src/core/outbox.js';
import { check, type Schema } from '../src/core/schema.js';
import submissionSchema from '../src/contract/schemas/feedback-submission.schema.json';
import definitionSchema from '../src/contract/schemas/feedback-definition.schema.json';

const DEF: FeedbackDefinition = {
  id: 'lunch-club',
  version: 1,
  title: 'Tell us about the lunch club',
  intro: 'It takes about 2 minutes.',
  privacy: 'Only the club organisers read your answers. We delete them after a year.',
  contentNote: 'The next question asks about money.',
  questions: [
    { id: 'overall', type: 'rating', label: 'How was the lunch club?', required: true, preferNotToSay: true },
    { id: 'again', type: 'yesNo', label: 'Will you come again?' },
    {
      id: 'money',
      type: 'single',
      label: 'Is money tight for you at the moment?',
      sensitive: true,
      preferNotToSay: true,
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'sometimes', label: 'Sometimes' },
        { id: 'no', label: 'No' },
      ],
    },
    {
      id: 'liked',
      type: 'multi',
      label: 'What did you like?',
      options: [
        { id: 'food', label: 'The food' },
        { id: 'company', label: 'The company' },
      ],
      noneOption: 'None of these',
    },
    { id: 'better', type: 'longText', label: 'What could we do better?', maxLength: 500, preferNotToSay: true },
    { id: 'access', type: 'accessNeeds', label: 'What would make the club easier for you to come to?' },
    { id: 'reply', type: 'contact', label: 'Would you like a reply?' },
    { id: 'feeling', type: 'feeling' },
  ],
  support: [{ name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', hours: 'Every day, 24 hours' }],
  impactUrl: '/you-said-we-did',
};
const DRAFT_KEY = 'coproduce-kit:draft:lunch-club@1';
const EXIT = 'https://www.bbc.co.uk/weather';

// ---- Set-up and clean-up: fetch, the outbox, drafts, quick exit and the console ----

const stub = useFetchStub();
const realGo = quickExit.go;
let exits: string[] = [];
const logs = captureConsole(['error']);
beforeEach(() => {
  exits = [];
  quickExit.go = (url) => void exits.push(url);
});
afterEach(async () => {
  quickExit.go = realGo;
  for (const k of Object.keys(localStorage)) if (k.startsWith('coproduce-kit:draft:')) localStorage.removeItem(k);
});

// ---- Helpers ----

/** A form after a button, with the definition and (unless given) no minimum time. */
async function make(props: Record<string, unknown> = {}, lang?: string): Promise<CpFeedbackForm> {
  const wrapper = await place(html`<div lang=${lang ?? 'en'}><button type="button" id="before">Before</button></div>`);
  const el = document.createElement('cp-feedback-form');
  Object.assign(el, { data: DEF, minSeconds: 0, ...props });
  wrapper.append(el);
  await settled(wrapper);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CpFeedbackForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: CpFeedbackForm, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
type Control = HTMLElement & { value: unknown; error: string; hint: string };
const control = (el: CpFeedbackForm, id: string) => $<Control>(el, `#q-${id}`)!;
const hostOf = (node: Element) => (node.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
/** The form as a person uses it (coproduce-kit/testing), and one of its controls. */
const form = (el: Element) => new FeedbackFormHarness(el as HTMLElement);
const field = (c: Element) => new FieldHarness(c);
/** A question's label, by its id in DEF. */
const labelOf = (id: string) => DEF.questions.find((q) => q.id === id)!.label as string;

/** Clicks the native radio or checkbox with this value (or these words) inside a primitive. */
async function choose(c: Element, value: string): Promise<void> {
  await field(c).toggle(value);
  await form(hostOf(c)!).settle();
}
async function type(c: Element, words: string): Promise<void> {
  (c as HTMLElement).focus();
  await sendKeys({ type: words });
  await form(hostOf(c)!).settle();
}
async function press(el: CpFeedbackForm, words: string): Promise<void> {
  await form(el).press(words);
}
/** Collects what the form would send, delivering it "by the page" so nothing goes out. */
function caught(el: CpFeedbackForm): FeedbackSubmission[] {
  const got: FeedbackSubmission[] = [];
  el.addEventListener('cp-submit', (e) => {
    e.preventDefault();
    got.push(e.detail.submission);
  });
  return got;
}
async function thanked(el: CpFeedbackForm): Promise<void> {
  await form(el).thanked();
}
/** Opens "This question doesn't work for me" under a question. */
const openFlag = (el: CpFeedbackForm, id: string): Promise<HTMLElement> => form(el).flag(labelOf(id));

async function tabUntil(what: string, match: (el: Element) => boolean, seen: Element[]): Promise<Element> {
  for (let i = 0; i < 60; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a) seen.push(a);
    if (a && match(a)) return a;
  }
  throw new Error(`Tab never reached ${what}`);
}
const inside = (id: string) => (a: Element) => hostOf(a)?.id === `q-${id}`;

// ---- Tests ----

describe('<cp-feedback-form>', () => {
  describe('a definition', () => {
    it('renders the title, intro, privacy statement and every question on the primitives', async () => {
      const el = await make();
      expect(text($(el, 'h2'))).to.equal(DEF.title);
      expect(text($(el, '.privacy'))).to.equal(`What happens to your answers ${DEF.privacy}`);
      const tags = DEF.questions.map((q) => (q.type === 'contact' ? 'cp-text-field' : control(el, q.id).localName));
      expect(tags).to.deep.equal([
        'cp-rating',
        'cp-radio-group',
        'cp-radio-group',
        'cp-checkbox-group',
        'cp-textarea',
        'cp-textarea',
        'cp-text-field',
        'cp-radio-group',
      ]);
      expect(control(el, 'again').hasAttribute('inline'), 'Yes and No side by side').to.equal(true);
      expect(field(control(el, 'feeling')).name).to.equal('How did answering these questions feel?');
      expect(text($(el, 'form cp-button'))).to.equal('Send my answers');
      expect($$(el, 'form').length).to.equal(1);
    });

    it('loads from a src URL and from inline JSON', async () => {
      const el = await make({ data: undefined, src: '/tests/fixtures/feedback-form.json.txt' });
      await waitUntil(() => $(el, 'h2'), 'the definition did not load');
      expect(text($(el, 'h2'))).to.equal('Tell us about the drop-in');

      const box = await place(html`<cp-feedback-form
        ><script type="application/json">
          { "id": "inline", "version": 1, "title": "Inline form", "questions": [{ "id": "a", "type": "text", "label": "Anything else?" }] }
        </script></cp-feedback-form
      >`);
      const inline = box as CpFeedbackForm;
      await settled(inline.shadowRoot!);
      expect(text($(inline, 'h2'))).to.equal('Inline form');
    });

    it('an invalid definition shows a clear message, no form, and names the field in the console', async () => {
      const broken = {
        ...DEF,
        title: undefined,
        questions: [DEF.questions[1], { id: 'when', type: 'single', label: 'When?' }],
      };
      const el = await make({ data: broken });
      expect($(el, 'form')).to.equal(null);
      expect(text($(el, '[role="alert"]'))).to.equal('Sorry, this cannot be shown because its content has a problem.');
      const log = logs.error.join('\n');
      expect(log).to.contain('<cp-feedback-form>');
      expect(log).to.contain('title: is required');
      expect(log).to.contain('questions[1].options: is required');
      await expectNoAxeViolations(el);
    });

    it('problems the schema cannot see are invalid too: the same id twice, a backwards scale', async () => {
      const twice = {
        ...DEF,
        questions: [
          DEF.questions[1],
          DEF.questions[1],
          { id: 's', type: 'rating', label: 'S', scale: { min: 5, max: 1 } },
        ],
      };
      const el = await make({ data: twice });
      expect($(el, 'form')).to.equal(null);
      expect(text($(el, '[role="alert"]'))).to.contain('cannot be shown');
      expect(logs.error.join('\n')).to.contain('questions[1].id: "again" is used by an earlier question');
      expect(logs.error.join('\n')).to.contain('questions[2].scale: min must be less than max');
    });

    it('an invalid src definition is reported with its address', async () => {
      const el = await make({ data: undefined, src: '/tests/fixtures/feedback-form-invalid.json.txt' });
      await waitUntil(() => $(el, '[role="alert"]'), 'no message');
      expect($(el, 'form')).to.equal(null);
      expect(logs.error.join('\n')).to.contain('questions[1].options: is required');
      expect(logs.error.join('\n')).to.contain('feedback-form-invalid.json.txt');
    });
  });

  describe('answering', () => {
    it('a keyboard-only run through the whole form sends answers, declines, skips and flags', async () => {
      const el = await make();
      const sent = caught(el);
      const seen: Element[] = [];
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();

      await tabUntil('the rating', inside('overall'), seen);
      await sendKeys({ press: 'ArrowRight' }); // 1 → 2
      await tabUntil('the flag under the rating', (a) => a.localName === 'summary', seen);
      await sendKeys({ press: 'Enter' });
      await form(el).settle();
      await tabUntil('the flag reasons', (a) => (a as HTMLInputElement).value === 'confusing', seen);
      await sendKeys({ press: 'Space' });
      await tabUntil('the flag words', (a) => a.localName === 'textarea', seen);
      await sendKeys({ type: 'Too many words' });

      await tabUntil('Yes or No', inside('again'), seen);
      await sendKeys({ press: 'Space' });
      await tabUntil('the money question', inside('money'), seen);
      await sendKeys({ press: 'ArrowUp' }); // wraps to the last option: Prefer not to say
      await tabUntil('None of these', (a) => inside('liked')(a) && (a as HTMLInputElement).value === ':none', seen);
      await sendKeys({ press: 'Space' });
      await tabUntil('the access needs', inside('access'), seen);
      await sendKeys({ type: 'A lift to the hall' });
      await tabUntil(
        'how to contact',
        (a) => !!hostOf(a)?.closest('.contact') && (a as HTMLInputElement).type === 'radio',
        seen,
      );
      await sendKeys({ press: 'ArrowDown' }); // Email → Phone call
      await tabUntil('the contact details', inside('reply'), seen);
      await sendKeys({ type: '07700 900123' });
      await tabUntil('how it felt', inside('feeling'), seen);
      await sendKeys({ press: 'ArrowDown' }); // Fine → Mostly fine
      await tabUntil('Send my answers', (a) => text(hostOf(a)) === 'Send my answers', seen);
      await sendKeys({ press: 'Enter' });
      await thanked(el);

      expect(sent).to.have.length(1);
      const s = sent[0]!;
      expect(s.answers).to.deep.equal({
        overall: 2,
        again: 'yes',
        money: { declined: true },
        liked: [],
        access: 'A lift to the hall',
        reply: { method: 'phone', details: '07700 900123' },
        feeling: 'mostly-fine',
      });
      expect('better' in s.answers, 'a skipped question has no key').to.equal(false);
      expect(s.flags).to.deep.equal([{ question: 'overall', reason: 'confusing', text: 'Too many words' }]);
      expect(
        seen.some((a) => a.id === 'website'),
        'the keyboard never reaches the spam trap',
      ).to.equal(false);
      expectSame(deepActive(), $(el, '.thanks h2'), 'focus after sending');
    });

    it('a submission has exactly the documented shape, and nothing about the person', async () => {
      const el = await make({}, 'cy');
      const sent = caught(el);
      await choose(control(el, 'overall'), '4');
      await press(el, 'Send my answers');
      await thanked(el);
      const s = sent[0]!;
      expect(Object.keys(s)).to.deep.equal([
        'id',
        'formId',
        'formVersion',
        'submittedAt',
        'locale',
        'answers',
        'flags',
        'meta',
      ]);
      expect(s.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect([s.formId, s.formVersion, s.locale]).to.deep.equal(['lunch-club', 1, 'cy']);
      expect(new Date(s.submittedAt).toISOString()).to.equal(s.submittedAt);
      expect(s.answers).to.deep.equal({ overall: 4 });
      expect(s.flags).to.deep.equal([]);
      expect(Object.keys(s.meta)).to.deep.equal(['page', 'elapsedMs']);
      expect(location.search, 'the test page has a query string').to.not.equal('');
      expect(s.meta.page).to.equal(location.origin + location.pathname);
      expect(s.meta.elapsedMs).to.be.a('number').and.at.least(0);
      expect(JSON.stringify(s)).to.not.contain(navigator.userAgent);
    });

    it('"Prefer not to say" keeps what was typed but does not send it, and unticking gives it back', async () => {
      const el = await make();
      const sent = caught(el);
      const rating = control(el, 'overall');
      await choose(rating, '3');
      const decline = $<HTMLInputElement>(el, '#d-overall')!;
      expect(text(decline.labels![0]!)).to.equal('Prefer not to say: How was the lunch club?');
      await form(el).decline('How was the lunch club?');
      expect(decline.checked).to.equal(true);
      expect(rating.value, 'the rating is kept').to.equal('3');
      expect(form(el).question('How was the lunch club?').disabled, 'but set aside while declined').to.equal(true);
      expect(rating.hasAttribute('required'), 'a declined required question counts as answered').to.equal(false);

      // Defect 6: ticking "Prefer not to say" wiped typed text, and unticking did not bring it back.
      const better = control(el, 'better');
      await type(better, 'Warmer room');
      await form(el).decline('What could we do better?');
      const field = better.shadowRoot!.querySelector('textarea')!;
      expect(better.value, 'nothing typed is cleared').to.equal('Warmer room');
      expect(field.value).to.equal('Warmer room');
      expect(field.disabled, 'the text cannot be sent or edited while declined').to.equal(true);
      await form(el).decline('What could we do better?', false);
      expect(field.disabled).to.equal(false);
      expect(field.value, 'unticking gives the text back').to.equal('Warmer room');
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      await type(better, ' and hotter tea');

      await choose(control(el, 'liked'), 'food');
      await choose(control(el, 'liked'), ':none');
      expect(control(el, 'liked').value).to.deep.equal([':none']);

      await press(el, 'Send my answers');
      await thanked(el);
      // The declined rating is sent as declined only: its kept value is not in the submission.
      expect(sent[0]!.answers).to.deep.equal({
        overall: { declined: true },
        better: 'Warmer room and hotter tea',
        liked: [],
      });
    });

    it('a declined text answer is kept in the draft and sent only as declined', async () => {
      const el = await make({ saveDraft: true });
      const sent = caught(el);
      await choose(control(el, 'overall'), '4');
      await type(control(el, 'better'), 'Warmer room');
      await form(el).decline('What could we do better?');
      const draft = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
      expect(draft.values.better).to.equal('Warmer room');
      expect(draft.declined).to.deep.equal({ better: true });
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.answers).to.deep.equal({ overall: 4, better: { declined: true } });
    });

    it('a flag can be given with no reason, and closing it takes it back', async () => {
      const el = await make();
      const sent = caught(el);
      await choose(control(el, 'overall'), '5');
      const body = await openFlag(el, 'money');
      expect(text(body.querySelector('p'))).to.equal(
        'We will tell the team that this question did not work for you. You can say why, if you like.',
      );
      await choose(body.querySelector('cp-radio-group')!, 'upsetting');
      await openFlag(el, 'liked');
      await expectNoAxeViolations(el);
      // Close the second one again.
      await form(el).unflag('What did you like?');
      await waitUntil(() => !control(el, 'liked').closest('.q')!.querySelector('.flag-body'));
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.flags).to.deep.equal([{ question: 'money', reason: 'upsetting' }]);
    });

    it('keeps every answer when the same form arrives again: a fresh copy of data, or inline JSON read after a move', async () => {
      const el = await make();
      const sent = caught(el);
      await choose(control(el, 'overall'), '4');
      await type(control(el, 'better'), 'Warmer soup');
      await openFlag(el, 'money');
      // A framework re-rendering with a new but equal object.
      el.data = structuredClone(DEF);
      await form(el).settle();
      expect(control(el, 'better').value).to.equal('Warmer soup');
      expect(control(el, 'money').closest('.q')!.querySelector('details')!.open).to.equal(true);
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.answers).to.deep.equal({ overall: 4, better: 'Warmer soup' });
      expect(sent[0]!.flags).to.deep.equal([{ question: 'money' }]);

      // Inline JSON is read again when the form is moved in the page.
      const box = await place(html`<div>
        <cp-feedback-form min-seconds="0"
          ><script type="application/json">
            { "id": "inline", "version": 1, "title": "Inline form", "questions": [{ "id": "a", "type": "longText", "label": "Anything else?" }] }
          </script></cp-feedback-form
        >
        <section></section>
      </div>`);
      const inline = box.querySelector('cp-feedback-form')!;
      await settled(inline.shadowRoot!);
      await type(control(inline, 'a'), 'More seats');
      box.querySelector('section')!.append(inline);
      await settled(box);
      expect(control(inline, 'a').value).to.equal('More seats');

      // A new version is a new form: it starts afresh.
      const next = await make();
      await type(control(next, 'better'), 'Warmer soup');
      next.data = { ...DEF, version: 2 };
      await settled(next.shadowRoot!);
      expect(control(next, 'better').value).to.equal('');
    });

    it('a text question with maxLength has a character count, and a long answer is an error, never cut', async () => {
      const short = {
        ...DEF,
        questions: [{ id: 'name', type: 'text', label: 'What should we call the club?', maxLength: 10 }],
      } as FeedbackDefinition;
      const el = await make({ data: short });
      const sent = caught(el);
      const field = control(el, 'name');
      expect(form(el).question('What should we call the club?').hint).to.contain('Do not include personal details');
      expect(text(field.shadowRoot)).to.contain('You can enter up to 10 characters');
      await type(field, 'The Friday Lunch Club');
      await press(el, 'Send my answers');
      await waitUntil(() => field.error, 'no error for a long answer');
      expect(field.error).to.equal('“What should we call the club?” must be 10 characters or fewer');
      expect(field.value, 'nothing is cut').to.equal('The Friday Lunch Club');
      expect(sent).to.have.length(0);
    });

    it('free-text answers warn against personal details; access needs have a helpful hint', async () => {
      const el = await make();
      const warning = 'Do not include personal details like your name or address.';
      expect(control(el, 'better').hint).to.equal(warning);
      expect(control(el, 'access').hint).to.match(/^For example, large print, .+ Do not include personal details/);
      expect(control(el, 'money').hint).to.equal('');
      const contact = $(el, '.contact')!;
      expect(text(contact.querySelector('legend'))).to.equal('Would you like a reply? (optional)');
      expect(text(contact.querySelector('.hint'))).to.contain('they are sent with your answers');
    });

    it('takes every word, the controls’ included, from <cp-provider>', async () => {
      const box = await place(html`<cp-provider .strings=${{ optional: '(dewisol)', feedbackFormSend: 'Anfon' }}
        ><cp-feedback-form .data=${DEF}></cp-feedback-form
      ></cp-provider>`);
      const el = box.querySelector('cp-feedback-form')!;
      await form(el).settle();
      expect(text($(el, 'form cp-button'))).to.equal('Anfon');
      expect(field(control(el, 'again')).label).to.equal('Will you come again? (dewisol)');
    });

    it('takes its words from the strings property', async () => {
      const el = await make({
        strings: { feedbackFormSend: 'Send to the club', feedbackFormDeclineFor: 'I’d rather not say[: {question}]' },
      });
      expect(text($(el, 'form cp-button'))).to.equal('Send to the club');
      expect(text($<HTMLInputElement>(el, '#d-overall')!.labels![0]!)).to.contain('I’d rather not say');
    });
  });

  describe('safety', () => {
    it('the content note comes before the first sensitive question, and support after it', async () => {
      const el = await make();
      const notes = $$(el, '.note');
      expect(notes).to.have.length(1);
      expect(text(notes[0])).to.equal('Before you go on The next question asks about money.');
      expectSame(notes[0]!.nextElementSibling, control(el, 'money').closest('.q'), 'what follows the content note');
      const support = $$(el, 'form .support');
      expect(support).to.have.length(1);
      expectSame(
        control(el, 'money').closest('.q')!.nextElementSibling,
        support[0],
        'what follows the sensitive question',
      );
      expect(text(support[0])).to.contain('If you need support Samaritans');
      expect(support[0]!.querySelector('a[href="tel:116123"]')).to.exist;
    });

    it('someone who found the questions uncomfortable or upsetting is shown support at once', async () => {
      const el = await make();
      const feeling = control(el, 'feeling');
      const after = () => feeling.closest('.q')!.nextElementSibling;
      await choose(feeling, 'fine');
      expect(after()?.classList.contains('support') ?? false).to.equal(false);
      await choose(feeling, 'upsetting');
      expect(after()?.classList.contains('support')).to.equal(true);
      await expectNoAxeViolations(el);
    });

    it('quick exit: the button and Shift pressed 3 times replace the page; another key starts again', async () => {
      const el = await make({ exitUrl: EXIT });
      expect(text($(el, '.exit'))).to.contain('Exit this page');
      await press(el, 'Exit this page');
      expect(exits).to.deep.equal([EXIT]);

      exits = [];
      el.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      for (const key of ['Shift', 'Shift', 'a', 'Shift', 'Shift']) await sendKeys({ press: key });
      expect(exits, 'not yet: "a" started the count again').to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      expect(exits).to.deep.equal([EXIT]);
    });

    it('without exit-url there is no exit button and Shift does nothing', async () => {
      const el = await make();
      expect($(el, '.exit')).to.equal(null);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(exits).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    for (const dir of ['ltr', 'rtl']) {
      it(`fits 320px without scrolling sideways (${dir}), the spam trap included`, async () => {
        const wrapper = await place(html`<div dir=${dir} style="width: 320px"></div>`);
        const el = document.createElement('cp-feedback-form');
        Object.assign(el, { data: DEF, exitUrl: EXIT });
        wrapper.append(el);
        await settled(wrapper);
        expect(el.scrollWidth).to.be.at.most(320);
        expect(document.scrollingElement!.scrollWidth).to.be.at.most(document.scrollingElement!.clientWidth);
      });

      it(`an open "This question doesn't work for me" fits inside its question at 320px (${dir})`, async () => {
        const wrapper = await place(html`<div dir=${dir} style="width: 320px"></div>`);
        const el = document.createElement('cp-feedback-form');
        Object.assign(el, { data: DEF });
        wrapper.append(el);
        await settled(wrapper);
        const body = await openFlag(el, 'overall');
        const box = body.getBoundingClientRect();
        const textarea = body.querySelector('cp-textarea')!.shadowRoot!.querySelector('textarea')!;
        const r = textarea.getBoundingClientRect();
        expect(r.width).to.be.greaterThan(200);
        expect(r.left, 'left edge').to.be.at.least(box.left - 0.5);
        expect(r.right, 'right edge').to.be.at.most(box.right + 0.5);
        expect(el.scrollWidth).to.be.at.most(320);
      });
    }
  });

  describe('no forced answers', () => {
    const FORCED: FeedbackDefinition = {
      id: 'forced',
      version: 1,
      title: 'Required questions',
      questions: [
        { id: 'name', type: 'text', label: 'What should we call you?', required: true },
        {
          id: 'when',
          type: 'single',
          label: 'When did you come?',
          required: true,
          options: [
            { id: 'am', label: 'Morning' },
            { id: 'pm', label: 'Afternoon' },
          ],
        },
        {
          id: 'like',
          type: 'multi',
          label: 'What did you like?',
          required: true,
          options: [{ id: 'food', label: 'The food' }],
        },
        { id: 'reply', type: 'contact', label: 'How can we reach you?', required: true },
        { id: 'feeling', type: 'feeling', required: true },
        { id: 'extra', type: 'text', label: 'Anything else?' },
      ],
    };
    const hasDecline = (c: Element) => field(c).values.includes(':declined');

    it('a required question always offers "Prefer not to say", even when the definition leaves it out', async () => {
      const el = await make({ data: FORCED });
      const sent = caught(el);
      expect($(el, '#d-name'), 'a text question gets the separate box').to.exist;
      expect($(el, '#d-reply'), 'so does a contact question').to.exist;
      expect(hasDecline(control(el, 'when')), 'a choice gets the option').to.equal(true);
      expect(hasDecline(control(el, 'like'))).to.equal(true);
      expect(hasDecline(control(el, 'feeling'))).to.equal(true);
      expect($(el, '#d-extra'), 'an optional question without preferNotToSay is left as it is').to.equal(null);
      expect(hasDecline(control(el, 'extra'))).to.equal(false);

      for (const label of ['What should we call you?', 'How can we reach you?']) await form(el).decline(label);
      for (const label of ['When did you come?', 'What did you like?', 'How did answering these questions feel?'])
        await form(el).decline(label);
      await press(el, 'Send my answers');
      await thanked(el);
      const declined = { declined: true };
      expect(sent[0]!.answers).to.deep.equal({
        name: declined,
        when: declined,
        like: declined,
        reply: declined,
        feeling: declined,
      });
    });

    it('flagging a required question answers it: no "Choose a rating for…"', async () => {
      const el = await make();
      const sent = caught(el);
      await press(el, 'Send my answers');
      await waitUntil(() => form(el).errorSummary(), 'no error summary');
      expect(form(el).errors()[0]).to.equal('Choose a rating for “How was the lunch club?”');

      const body = await openFlag(el, 'overall');
      await choose(body.querySelector('cp-radio-group')!, 'upsetting');
      expect(control(el, 'overall').hasAttribute('required'), 'a flagged question is no longer required').to.equal(
        false,
      );
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent).to.have.length(1);
      expect('overall' in sent[0]!.answers, 'nothing is made up for it').to.equal(false);
      expect(sent[0]!.flags).to.deep.equal([{ question: 'overall', reason: 'upsetting' }]);
    });

    it('flagging a required question at the end of the form answers it too', async () => {
      const el = await make({ data: { ...FORCED, flags: 'end-of-form' } });
      const sent = caught(el);
      for (const q of FORCED.questions.slice(0, 4)) await form(el).flag(q.label as string);
      await choose(control(el, 'feeling'), 'fine');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.answers).to.deep.equal({ feeling: 'fine' });
      expect(sent[0]!.flags.map((f) => f.question)).to.deep.equal(['name', 'when', 'like', 'reply']);
      // The collector validates with the same published schema: flags without answers are accepted.
      expect(check(submissionSchema as unknown as Schema, sent[0])).to.deep.equal([]);
    });
  });

  describe('flags: "This question doesn’t work for me"', () => {
    it('every-question (the default): one quiet control under each question but the feeling one', async () => {
      const el = await make();
      const flagged = DEF.questions.filter((q) => control(el, q.id).closest('.q')!.querySelector('details.flag'));
      expect(flagged.map((q) => q.id)).to.deep.equal(
        DEF.questions.filter((q) => q.type !== 'feeling').map((q) => q.id),
      );
      expect(
        control(el, 'feeling').closest('.q')!.querySelector('summary'),
        'not under "How did answering feel?"',
      ).to.equal(null);

      const summary = control(el, 'money').closest('.q')!.querySelector('summary')!;
      // Seen as "This question doesn't work for me"; heard with the question it belongs to.
      expect(text(summary.querySelector('.vh')), 'the question is read out').to.equal(
        ': Is money tight for you at the moment?',
      );
      expect(text(summary)).to.equal('This question doesn’t work for me: Is money tight for you at the moment?');
      const r = summary.getBoundingClientRect();
      expect(r.width >= 44 && r.height >= 44, '44 × 44').to.equal(true);
      // Quiet: muted words, not the link colour of the controls people came to use.
      const muted = getComputedStyle(el).getPropertyValue('--cp-color-text-muted').trim();
      const probe = document.createElement('span');
      probe.style.color = muted;
      el.shadowRoot!.append(probe);
      expect(getComputedStyle(summary).color).to.equal(getComputedStyle(probe).color);
      probe.remove();
      await expectNoAxeViolations(el);
    });

    it('the definition schema takes every-question, end-of-form or off, and nothing else', () => {
      const schema = definitionSchema as unknown as Schema;
      for (const flags of ['every-question', 'end-of-form', 'off'])
        expect(check(schema, { ...DEF, flags }), flags).to.deep.equal([]);
      expect(check(schema, { ...DEF, flags: 'sometimes' })).to.have.length(1);
      expect(
        check(schema, { ...DEF, questions: [{ id: 'a', type: 'text', label: 'A', required: true }] }),
        'required without preferNotToSay is fine',
      ).to.deep.equal([]);
    });

    it('off: no flag controls at all, and no flags are sent', async () => {
      const el = await make({ data: { ...DEF, flags: 'off' } });
      const sent = caught(el);
      expect($$(el, 'details')).to.have.length(0);
      await choose(control(el, 'overall'), '3');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.flags).to.deep.equal([]);
    });

    it('end-of-form: one control before Send, where people pick the questions and say why', async () => {
      const el = await make({ data: { ...DEF, flags: 'end-of-form' } });
      const sent = caught(el);
      const all = $$(el, 'details');
      expect(all, 'one control for the whole form').to.have.length(1);
      const end = all[0]!;
      expect(end.classList.contains('flag-end')).to.equal(true);
      expect(end.closest('.q'), 'not under a question').to.equal(null);
      const after = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      expect(
        after(control(el, 'feeling'), end) && after(end, $(el, '.actions')!),
        'after the questions, before Send',
      ).to.equal(true);
      expect(text(end.querySelector('summary'))).to.equal('A question didn’t work for me');

      end.querySelector('summary')!.click();
      await waitUntil(() => end.querySelector('cp-checkbox-group'), 'it did not open');
      await form(el).settle();
      const which = field(end.querySelector('cp-checkbox-group')!);
      expect(which.values, 'every question but the feeling one').to.deep.equal(
        DEF.questions.filter((q) => q.type !== 'feeling').map((q) => q.id),
      );
      expect(which.options[0]).to.equal('How was the lunch club?');
      await choose(which.element, 'liked');
      await choose(which.element, 'money');
      const ones = [...end.querySelectorAll('.flag-one')];
      expect(ones.map((o) => field(o.querySelector('cp-radio-group')!).name)).to.deep.equal([
        'What is wrong with “Is money tight for you at the moment?”?',
        'What is wrong with “What did you like?”?',
      ]);
      await choose(ones[0]!.querySelector('cp-radio-group')!, 'not-relevant');
      await type(ones[1]!.querySelector('cp-textarea')!, 'Nothing to choose');
      await expectNoAxeViolations(el);

      await choose(control(el, 'overall'), '4');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.flags).to.deep.equal([
        { question: 'money', reason: 'not-relevant' },
        { question: 'liked', text: 'Nothing to choose' },
      ]);
    });

    it('end-of-form: closing takes the flags back; a draft brings them back open', async () => {
      const el = await make({ data: { ...DEF, flags: 'end-of-form' }, saveDraft: true });
      const sent = caught(el);
      const end = $(el, '.flag-end')!;
      end.querySelector('summary')!.click();
      await waitUntil(() => end.querySelector('cp-checkbox-group'));
      await form(el).settle();
      await choose(end.querySelector('cp-checkbox-group')!, 'again');
      expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).flags.again.on).to.equal(true);

      const again = await make({ data: { ...DEF, flags: 'end-of-form' }, saveDraft: true });
      const restored = $(again, '.flag-end')! as HTMLDetailsElement;
      expect(restored.open, 'a restored flag is shown').to.equal(true);
      expect(field(restored.querySelector('cp-checkbox-group')!).value).to.deep.equal(['again']);

      end.querySelector('summary')!.click();
      await waitUntil(() => !end.querySelector('cp-checkbox-group'), 'it did not close');
      await choose(control(el, 'overall'), '4');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.flags).to.deep.equal([]);
    });

    it('end-of-form in paged mode: on the last page only', async () => {
      const el = await make({ data: { ...DEF, flags: 'end-of-form' }, paged: true });
      expect($(el, '.flag-end'), 'not on page 1').to.equal(null);
      await choose(control(el, 'overall'), '4');
      for (let i = 1; i < DEF.questions.length; i++) await press(el, 'Continue');
      expect($(el, '.flag-end'), 'on the last page').to.exist;
    });
  });

  describe('errors', () => {
    it('a required question left empty shows the error summary, focused, and nothing is sent', async () => {
      const el = await make();
      const sent = caught(el);
      await type(control(el, 'better'), 'More chairs');
      await press(el, 'Send my answers');
      await waitUntil(() => form(el).errorSummary(), 'no error summary');
      expect(form(el).errors()[0]).to.equal('Choose a rating for “How was the lunch club?”');
      expectSame(deepActive(), form(el).errorSummary(), 'focus after a failed send');
      expect(control(el, 'overall').error).to.equal('Choose a rating for “How was the lunch club?”');
      expect(sent).to.have.length(0);
      expect(control(el, 'better').value, 'nothing is cleared').to.equal('More chairs');
      await expectNoAxeViolations(el);

      await choose(control(el, 'overall'), '4');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.answers).to.deep.equal({ overall: 4, better: 'More chairs' });
    });

    it('validate() shows the error summary without sending', async () => {
      const el = await make();
      const sent = caught(el);
      expect(await el.validate()).to.equal(false);
      await form(el).settle();
      expect(form(el).errorSummary()).to.exist;
      expect(sent).to.have.length(0);
    });
  });

  describe('spam', () => {
    it('the honeypot is off screen, hidden from assistive technology and the keyboard, and innocuously named', async () => {
      const el = await make();
      const input = $<HTMLInputElement>(el, '#website')!;
      const wrap = input.closest('.hp')!;
      expect(wrap.getAttribute('aria-hidden')).to.equal('true');
      expect([input.name, input.tabIndex, input.autocomplete]).to.deep.equal(['website', -1, 'off']);
      const r = input.getBoundingClientRect();
      expect(r.bottom <= 0, 'off screen, above the page').to.equal(true);
    });

    it('a filled honeypot is not sent, but the visitor sees the ordinary thank-you', async () => {
      const { calls } = stub(201);
      const el = await make({ endpoint: '/collect' });
      let events = 0;
      el.addEventListener('cp-submit', () => events++);
      await choose(control(el, 'overall'), '4');
      $<HTMLInputElement>(el, '#website')!.value = 'https://cheap-pills.example';
      const { logs: seen, restore } = stubConsole(['warn']);
      try {
        await press(el, 'Send my answers');
        await thanked(el);
      } finally {
        restore();
      }
      expect(calls).to.have.length(0);
      expect(events).to.equal(0);
      expect(text($(el, '.delivery'))).to.equal('Sent. Thank you.');
      // The page author is told why, so a developer testing the page is not misled by "Sent".
      expect(seen.warn).to.deep.equal(['coproduce-kit: not sent: the hidden spam field was filled']);
    });

    it('answers sent sooner than min-seconds are not sent, but thanked; a later send is', async () => {
      const { calls } = stub(201);
      const fast = await make({ endpoint: '/collect', minSeconds: 3600 });
      await choose(control(fast, 'overall'), '4');
      const { logs: seen, restore } = stubConsole(['warn']);
      try {
        await press(fast, 'Send my answers');
        await thanked(fast);
        expect(calls).to.have.length(0);
        expect(text($(fast, '.delivery'))).to.equal('Sent. Thank you.');
        expect(seen.warn).to.have.length(1);
        expect(seen.warn[0]).to.match(
          /^coproduce-kit: not sent: sent \d+\.\d s after the form appeared; min-seconds is 3600$/,
        );

        const normal = await make({ endpoint: '/collect', minSeconds: 0 });
        await choose(control(normal, 'overall'), '4');
        await press(normal, 'Send my answers');
        await thanked(normal);
        expect(calls).to.have.length(1);
        expect(seen.warn, 'nothing more is logged for a real send').to.have.length(1);
      } finally {
        restore();
      }
    });

    it('min-seconds defaults to 3, and time spent before a draft was restored counts', async () => {
      const el = document.createElement('cp-feedback-form');
      expect(el.minSeconds).to.equal(3);
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({ values: { overall: '2' }, flags: {}, page: 0, elapsedMs: 120000 }),
      );
      const restored = await make({ saveDraft: true, minSeconds: 60 });
      const sent = caught(restored);
      await press(restored, 'Send my answers');
      await thanked(restored);
      expect(sent).to.have.length(1);
      expect(sent[0]!.meta.elapsedMs).to.be.at.least(120000);
    });
  });

  describe('delivery', () => {
    async function send(props: Record<string, unknown> = {}) {
      const el = await make({ endpoint: '/collect', ...props });
      await choose(control(el, 'overall'), '4');
      await type(control(el, 'better'), 'Warmer soup');
      await press(el, 'Send my answers');
      return el;
    }

    it('2xx: "Sent", cp-submitted, and the thank-you page with what happens next and support', async () => {
      const { calls } = stub(201);
      const el = await make({ endpoint: '/collect' });
      await choose(control(el, 'overall'), '4');
      const done = oneEvent(el, 'cp-submitted');
      await press(el, 'Send my answers');
      const { detail } = await done;
      await thanked(el);
      expect(calls).to.have.length(1);
      expect(calls[0]!.url).to.equal('/collect');
      const body = calls[0]!.body as FeedbackSubmission;
      expect(calls[0]!.headers['idempotency-key']).to.equal(body.id);
      expect(detail).to.deep.equal({ id: body.id, status: 'sent' });
      expect(body.answers).to.deep.equal({ overall: 4 });
      const thanks = $(el, '.thanks')!;
      expect(text(thanks.querySelector('h2'))).to.equal('Thank you');
      expect(text(thanks.querySelector('.delivery'))).to.equal('Sent. Thank you.');
      // Announced by the form's own live region (see tests/focus-and-announcements.test.ts).
      expect(text($(el, '.delivery-live[role="status"]'))).to.equal('Sent. Thank you.');
      expect(text(thanks)).to.contain('What happens next People in the team will read your answers');
      const impact = thanks.querySelector<HTMLAnchorElement>('a[href="/you-said-we-did"]')!;
      expect(text(impact)).to.equal('See what has changed because of feedback');
      expect(text(thanks.querySelector('.support'))).to.contain('Samaritans');
      expectSame(deepActive(), thanks.querySelector('h2'), 'focus on the thank-you heading');
      await expectNoAxeViolations(el);
    });

    it('a network failure: "Saved on this device", kept in the outbox, cp-submit-saved', async () => {
      stub(offline());
      const saved = new Promise((r) => document.addEventListener('cp-submit-saved', r, { once: true }));
      const el = await send();
      await saved;
      await thanked(el);
      expect(text($(el, '.delivery'))).to.equal('Saved on this device. It will be sent when you are back online.');
      const entries = await outbox.entries();
      expect(entries).to.have.length(1);
      expect(JSON.parse(entries[0]!.body).answers).to.deep.equal({ overall: 4, better: 'Warmer soup' });
      await expectNoAxeViolations(el);

      // Back online: delivered once, with the id it was saved under, then gone from the outbox.
      stub.current!.restore();
      const { calls } = stub(201);
      const delivered = oneEvent(window, 'cp-outbox-sent');
      window.dispatchEvent(new Event('online'));
      await delivered;
      await outbox.flush(true);
      expect(calls).to.have.length(1);
      expect(calls[0]!.headers['idempotency-key']).to.equal(entries[0]!.id);
      expect(calls[0]!.body).to.deep.equal(JSON.parse(entries[0]!.body));
      expect(await outbox.entries()).to.deep.equal([]);
    });

    it('a 4xx: a clear error, focused, and every answer stays on screen to try again', async () => {
      stub(422, 201);
      const el = await send({ saveDraft: true });
      await waitUntil(() => $(el, '.rejected'), 'no error shown');
      await form(el).settle();
      expect($(el, '.thanks')).to.equal(null);
      const alert = $(el, '.rejected')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal(
        'Sorry, your answers could not be sent. They are still here, so you can try again or copy them.',
      );
      expectSame(deepActive(), alert.parentElement, 'focus on the error');
      expect(control(el, 'overall').value).to.equal('4');
      expect(control(el, 'better').value).to.equal('Warmer soup');
      expect(localStorage.getItem(DRAFT_KEY), 'the draft is kept').to.contain('Warmer soup');
      await expectNoAxeViolations(el);

      await press(el, 'Send my answers');
      await thanked(el);
      expect(text($(el, '.delivery'))).to.equal('Sent. Thank you.');
      expect(localStorage.getItem(DRAFT_KEY), 'the draft is removed once sent').to.equal(null);
    });

    it('no endpoint: the answers stay on screen with a message', async () => {
      const el = await send({ endpoint: undefined });
      await waitUntil(() => $(el, '.unsent'), 'no message');
      expect($(el, '.thanks')).to.equal(null);
      expect(control(el, 'better').value).to.equal('Warmer soup');
    });

    it('a page that cancels cp-submit delivers it itself: no fetch, and the thank-you page', async () => {
      const { calls } = stub(201);
      // Heard outside the component: the event bubbles, crosses shadow roots, and can be cancelled.
      const sent: FeedbackSubmission[] = [];
      const onSubmit = (e: CustomEvent<{ submission: FeedbackSubmission }>) => {
        expect([e.bubbles, e.composed, e.cancelable]).to.deep.equal([true, true, true]);
        e.preventDefault();
        sent.push(e.detail.submission);
      };
      document.body.addEventListener('cp-submit', onSubmit);
      const el = await make({ endpoint: '/collect' });
      await choose(control(el, 'overall'), '1');
      await press(el, 'Send my answers');
      await thanked(el);
      document.body.removeEventListener('cp-submit', onSubmit);
      expect(sent).to.have.length(1);
      expect(calls).to.have.length(0);
      expect(el.delivery).to.deep.equal({ status: 'handled' });
      expect($(el, '.delivery')).to.equal(null);
    });
  });

  describe('drafts (save-draft)', () => {
    it('keeps answers and flags on the device and restores them with a notice', async () => {
      const first = await make({ saveDraft: true });
      await choose(control(first, 'again'), 'no');
      await openFlag(first, 'money');
      const saved = JSON.parse(localStorage.getItem(DRAFT_KEY)!);
      expect(saved.values).to.deep.equal({ again: 'no' });
      expect(saved.flags).to.deep.equal({ money: { on: true } });
      first.remove();

      const again = await make({ saveDraft: true });
      expect(text($(again, '.notice p'))).to.equal(
        'We kept the answers you gave before. They are saved only on this device.',
      );
      expect(control(again, 'again').value).to.equal('no');
      expect(control(again, 'money').closest('.q')!.querySelector('details')!.open).to.equal(true);
      await expectNoAxeViolations(again);
    });

    it('"Clear my answers" empties the form and removes the draft', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({ values: { again: 'yes', better: 'Hot food' }, flags: {}, page: 0, elapsedMs: 5000 }),
      );
      const el = await make({ saveDraft: true });
      expect(control(el, 'better').value).to.equal('Hot food');
      await press(el, 'Clear my answers');
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      expect(control(el, 'better').value).to.equal('');
      expect(control(el, 'again').value).to.equal('');
      expect(text($(el, '.notice p'))).to.equal('Your answers have been cleared from this device.');
      expectSame(deepActive(), $(el, '.notice p'), 'focus after clearing');
    });

    it('is removed when the answers are sent, and never kept without save-draft', async () => {
      const plain = await make();
      await choose(control(plain, 'again'), 'yes');
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
      plain.remove();

      const el = await make({ saveDraft: true });
      caught(el);
      await choose(control(el, 'overall'), '4');
      expect(localStorage.getItem(DRAFT_KEY)).to.not.equal(null);
      await press(el, 'Send my answers');
      await thanked(el);
      expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    });
  });

  describe('paged', () => {
    it('one question a page, "Question 2 of 8", focus on the heading, Back keeps answers', async () => {
      const el = await make({ paged: true });
      const sent = caught(el);
      expect(text($(el, '.progress'))).to.equal('Question 1 of 8');
      expect($$(el, '.q')).to.have.length(1);
      expect(text($(el, 'form cp-button'))).to.equal('Continue');

      await press(el, 'Continue');
      expect(text($(el, '.progress')), 'a required answer is needed first').to.equal('Question 1 of 8');
      expect(form(el).errorSummary()).to.exist;

      await choose(control(el, 'overall'), '5');
      await press(el, 'Continue');
      await form(el).settle();
      expect(text($(el, '.progress'))).to.equal('Question 2 of 8');
      expectSame(deepActive(), $(el, '.progress'), 'focus on the new page');
      expect($(el, '.privacy'), 'the privacy statement is on the first page').to.equal(null);

      await choose(control(el, 'again'), 'yes');
      await press(el, 'Back');
      expect(text($(el, '.progress'))).to.equal('Question 1 of 8');
      expect(control(el, 'overall').value).to.equal('5');
      await expectNoAxeViolations(el);

      for (let page = 1; page < 8; page++) await press(el, 'Continue');
      expect(text($(el, '.progress'))).to.equal('Question 8 of 8');
      expect(text($(el, 'form cp-button'))).to.equal('Send my answers');
      await press(el, 'Send my answers');
      await thanked(el);
      expect(sent[0]!.answers).to.deep.equal({ overall: 5, again: 'yes' });
    });

    it('an error summary from one page is not left on another', async () => {
      const required = { ...DEF, questions: [DEF.questions[1]!, { ...DEF.questions[4]!, required: true }] };
      const el = await make({ data: required, paged: true });
      await press(el, 'Continue');
      await press(el, 'Send my answers');
      const summary = () => form(el).errorSummary();
      await waitUntil(summary, 'no error summary on page 2');
      await press(el, 'Back');
      expect(text($(el, '.progress'))).to.equal('Question 1 of 2');
      expect(summary()).to.equal(null);
    });

    it('questions in the same group share a page, counted as "Page 1 of 2"', async () => {
      const grouped = {
        ...DEF,
        questions: [
          { ...DEF.questions[1]!, group: 'visit' },
          { ...DEF.questions[3]!, group: 'visit' },
          DEF.questions[4]!,
        ],
      };
      const el = await make({ data: grouped, paged: true });
      expect(text($(el, '.progress'))).to.equal('Page 1 of 2');
      expect($$(el, '.q')).to.have.length(2);
      await press(el, 'Continue');
      expect(text($(el, '.progress'))).to.equal('Page 2 of 2');
    });
  });
});

describe('the stories show the states they are named after', () => {
  const show = async (name: keyof typeof stories) => {
    const main = await renderStory(stories.default as StoryLike, stories[name] as StoryLike);
    const el = main.querySelector('cp-feedback-form')!;
    await waitUntil(() => $(el, 'h2'), 'the story did not render');
    await form(el).settle();
    return el;
  };
  it('Errors', async () => {
    const el = await show('Errors');
    await waitUntil(() => form(el).errorSummary(), 'no error summary');
  });
  it('DraftRestored', async () => {
    const el = await show('DraftRestored');
    expect(text($(el, '.notice p'))).to.contain('We kept the answers you gave before');
    expect(control(el, 'area').value).to.equal('parkside');
  });
  it('SavedOffline and Sent', async () => {
    expect(text($(await show('SavedOffline'), '.delivery'))).to.contain('Saved on this device');
    expect(text($(await show('Sent'), '.delivery'))).to.equal('Sent. Thank you.');
  });
  it('FlagsAtEndOfForm and FlagsOff', async () => {
    const end = await show('FlagsAtEndOfForm');
    const details = $$(end, 'details');
    expect(details.map((d) => d.className)).to.deep.equal(['flag flag-end']);
    expect((details[0] as HTMLDetailsElement).open).to.equal(true);
    expect($$(end, '.flag-one')).to.have.length(2);
    expect($$(await show('FlagsOff'), 'details')).to.have.length(0);
  });
  it('Paged', async () => {
    expect(text($(await show('Paged'), '.progress'))).to.equal('Page 1 of 6');
  });
});

// Stories that show a state a person reaches (such as the error summary) get there just after rendering.
axeEveryStory('feedback-form.stories.ts', stories, async (root) => {
  for (let i = 0; i < 2; i++) {
    await new Promise((r) => setTimeout(r));
    for (const el of root.querySelectorAll('cp-feedback-form')) await form(el).settle();
  }
});
