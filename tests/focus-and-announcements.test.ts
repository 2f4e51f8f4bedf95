import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import { captureConsole } from './helpers/console.js';
import { offline, useFetchStub } from './helpers/fetch.js';
import '../src/components/impact-panel/index.js';
import type { CpImpactPanel } from '../src/components/impact-panel/index.js';
import '../src/components/feedback-form/index.js';
import '../src/components/page-feedback/index.js';
import '../src/components/consent/consent-flow.index.js';
import '../src/components/consent/consent-withdraw.index.js';
import type { ConsentDefinition, ConsentRecord } from '../src/components/consent/types.js';
import type { FeedbackDefinition } from '../src/components/feedback-form/types.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import { quickExit } from '../src/core/quick-exit.js';

/** Renders a template and waits for every Lit element in it (see tests/data-controller.test.ts). */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement ?? el);
  return el;
}

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

const logs = captureConsole();
const stub = useFetchStub();
const json = (value: unknown) => () =>
  Promise.resolve(
    new Response(JSON.stringify(value), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );

// ---- Defect 4: "Try again" keeps focus ----

describe('"Try again" (the shared loader) moves focus, never to <body>', () => {
  const impact = {
    title: 'What changed',
    items: [{ id: 'a', youSaid: 'More seats', status: 'done', weDid: 'We added seats' }],
  };

  async function failedPanel(...replies: Parameters<typeof stub>) {
    stub(offline(), ...replies);
    const el = await mount<CpImpactPanel>(html`<cp-impact-panel src="/impact.json"></cp-impact-panel>`);
    await waitUntil(() => el.loader.state === 'failed', 'the first load did not fail');
    await el.updateComplete;
    return el;
  }

  it('goes to the loaded content’s heading when the second attempt works', async () => {
    const el = await failedPanel(json(impact));
    inner(el, 'button.retry').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.loader.state === 'ready', 'the retry did not load');
    await waitUntil(() => deepActive()?.matches('[role="heading"]') ?? false, 'focus did not reach the heading');
    const heading = deepActive()!;
    expect(heading.textContent).to.contain('What changed');
    expect(heading.getRootNode() === el.shadowRoot).to.equal(true);
    // Only focusable by script, and only until focus leaves it.
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    (heading as HTMLElement).blur();
    expect(heading.hasAttribute('tabindex')).to.equal(false);
    expect(logs.error.length).to.equal(1);
  });

  it('goes back to "Try again" when it fails again', async () => {
    const el = await failedPanel(offline());
    inner(el, 'button.retry').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => el.loader.state === 'failed' && !!el.shadowRoot!.querySelector('button.retry'),
      'the retry did not fail',
    );
    await waitUntil(() => deepActive()?.matches('button.retry') ?? false, 'focus did not go back to Try again');
    expect(deepActive()!.getRootNode() === el.shadowRoot).to.equal(true);
    expect(logs.error.length).to.equal(2);
  });

  it('waits on the "Loading…" message, not on <body>, while loading', async () => {
    let answer!: (r: Response) => void;
    const el = await failedPanel(() => new Promise<Response>((r) => (answer = r)));
    inner(el, 'button.retry').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => deepActive()?.matches('.state[role="status"]') ?? false, 'focus is not on Loading…');
    answer(new Response(JSON.stringify(impact), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    await waitUntil(() => deepActive()?.matches('[role="heading"]') ?? false, 'focus did not reach the heading');
  });
});

// ---- Defect 5: one live region, there before sending ----

const study = peerResearch as ConsentDefinition;
const SENT = 'Sent. Thank you.';
const SAVED = 'Saved on this device. It will be sent when you are back online.';
const FORM: FeedbackDefinition = {
  id: 'short',
  version: 1,
  title: 'Tell us what you think',
  questions: [{ id: 'better', type: 'longText', label: 'What could we do better?' }],
};
const record = {
  id: 'rec-1',
  consentId: study.id,
  version: study.version,
  decisions: { [study.statements[0]!.id]: true },
} as unknown as ConsentRecord;

/** The native button inside the kit button that matches `selector`. */
const press = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.shadowRoot!.querySelector('button')!.click();

const statuses = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="status"]')];

/**
 * Sends from a widget and checks the announcement: an empty polite live region is in the DOM
 * before sending, and the message is put into that same node, which is still rendered.
 */
async function expectAnnouncedInPlace(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  send: () => void,
  done: () => boolean,
  message: string,
) {
  const before = statuses(el).filter((s) => text(s) === '');
  expect(before.length, 'an empty live region before sending').to.be.greaterThan(0);
  send();
  await waitUntil(done, 'the widget did not finish sending', { timeout: 10000 });
  await settled(el.shadowRoot!);
  const saying = statuses(el).filter((s) => text(s) === message);
  expect(saying.length, 'exactly one live region says it').to.equal(1);
  const region = saying[0]!;
  expect(before.includes(region), 'the message goes into a live region that was there before').to.equal(true);
  expect(region.isConnected).to.equal(true);
  expect(getComputedStyle(region).display).to.not.equal('none');
}

describe('delivery messages are put into a live region that was there before sending', () => {
  it('<cp-feedback-form>: "Sent"', async () => {
    stub(200);
    const el = await mount<HTMLElement & { delivery?: { status: string }; updateComplete: Promise<unknown> }>(
      html`<cp-feedback-form .data=${FORM} min-seconds="0" endpoint="/collect"></cp-feedback-form>`,
    );
    await expectAnnouncedInPlace(
      el,
      () => press(el, 'form cp-button'),
      () => el.delivery?.status === 'sent',
      SENT,
    );
  });

  it('<cp-feedback-form>: "Saved on this device"', async () => {
    stub(offline());
    const el = await mount<HTMLElement & { delivery?: { status: string }; updateComplete: Promise<unknown> }>(
      html`<cp-feedback-form .data=${FORM} min-seconds="0" endpoint="/collect"></cp-feedback-form>`,
    );
    await expectAnnouncedInPlace(
      el,
      () => press(el, 'form cp-button'),
      () => el.delivery?.status === 'saved',
      SAVED,
    );
  });

  it('<cp-page-feedback>: "Sent" after Yes', async () => {
    stub(200);
    const el = await mount<HTMLElement & { delivery?: { status: string }; updateComplete: Promise<unknown> }>(
      html`<cp-page-feedback min-seconds="0" endpoint="/collect"></cp-page-feedback>`,
    );
    await expectAnnouncedInPlace(
      el,
      () => press(el, '.yes'),
      () => el.delivery?.status === 'sent',
      SENT,
    );
  });

  it('<cp-consent-flow>: "Sent" on the confirmation', async () => {
    localStorage.clear();
    stub(201);
    const agreed = study.statements.filter((s) => s.required).map((s) => s.id);
    const el = await mount<HTMLElement & { step: string; updateComplete: Promise<unknown> }>(
      html`<cp-consent-flow .data=${study} endpoint="/consent" no-draft step="check" .answers=${{ agreed }}></cp-consent-flow>`,
    );
    await expectAnnouncedInPlace(
      el,
      () => press(el, '.next'),
      () => el.step === 'done',
      SENT,
    );
  });

  it('<cp-consent-withdraw>: "Saved on this device"', async () => {
    stub(offline());
    const el = await mount<HTMLElement & { withdrawal?: unknown; updateComplete: Promise<unknown> }>(
      html`<cp-consent-withdraw .record=${record} endpoint="/consent"></cp-consent-withdraw>`,
    );
    await expectAnnouncedInPlace(
      el,
      () => press(el, 'form cp-button'),
      () => !!el.withdrawal,
      SAVED,
    );
  });
});

// ---- Defect 8: the page title follows errors, steps and thank-you pages ----

describe('the page title', () => {
  const ORIGINAL = 'Lunch club – Eastfield Community Centre';
  const PAGED: FeedbackDefinition = {
    id: 'paged',
    version: 1,
    title: 'Tell us about the lunch club',
    questions: [
      { id: 'name', type: 'text', label: 'What should we call you?', required: true },
      { id: 'better', type: 'longText', label: 'What could we do better?' },
    ],
  };
  type Form = HTMLElement & { delivery?: { status: string }; updateComplete: Promise<unknown> };
  const withTitle = async <T extends Element>(template: TemplateResult) => {
    const el = await mount<T>(template);
    await settled(el.shadowRoot!);
    return el;
  };
  /** Presses a kit button in the widget's shadow root, then waits for everything to render. */
  async function pressAndSettle(el: Element, selector: string) {
    press(el, selector);
    await new Promise((r) => setTimeout(r));
    await settled(el.shadowRoot!);
    await settled(el.shadowRoot!);
  }
  async function typeInto(el: Element, host: string, words: string) {
    const field = el.shadowRoot!.querySelector(host)!.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
    field.focus();
    await sendKeys({ type: words });
    await settled(el.shadowRoot!);
  }

  beforeEach(() => {
    localStorage.clear();
    document.title = ORIGINAL;
  });

  it('starts with "Error: " while an error summary shows errors, and loses it when they are cleared or the summary goes', async () => {
    const summary = await withTitle<HTMLElement & { errors: unknown[]; updateComplete: Promise<unknown> }>(
      html`<cp-error-summary></cp-error-summary>`,
    );
    expect(document.title).to.equal(ORIGINAL);
    summary.errors = [{ target: 'name', message: 'Enter your name' }];
    await summary.updateComplete;
    expect(document.title).to.equal(`Error: ${ORIGINAL}`);
    summary.errors = [];
    await summary.updateComplete;
    expect(document.title).to.equal(ORIGINAL);
    summary.errors = [{ target: 'name', message: 'Enter your name' }];
    await summary.updateComplete;
    expect(document.title).to.equal(`Error: ${ORIGINAL}`);
    summary.remove();
    expect(document.title).to.equal(ORIGINAL);
  });

  it('says "Error: " when a widget’s own form has errors after Send, and not once they are fixed', async () => {
    const el = await withTitle<Form>(
      html`<cp-feedback-form .data=${PAGED} min-seconds="0" endpoint="/collect"></cp-feedback-form>`,
    );
    stub(200);
    await pressAndSettle(el, 'form cp-button');
    expect(document.title).to.equal(`Error: ${ORIGINAL}`);
    await typeInto(el, 'cp-text-field', 'Sam');
    await pressAndSettle(el, 'form cp-button');
    await waitUntil(() => el.delivery?.status === 'sent', 'not sent');
    await settled(el.shadowRoot!);
    expect(document.title).to.equal(`Thank you – ${ORIGINAL}`);
  });

  it('names the page of a paged form once the person moves on, then "Thank you", and gives the title back when removed', async () => {
    stub(200);
    const el = await withTitle<Form>(
      html`<cp-feedback-form paged .data=${PAGED} min-seconds="0" endpoint="/collect"></cp-feedback-form>`,
    );
    expect(document.title, 'not changed on arrival').to.equal(ORIGINAL);
    await typeInto(el, 'cp-text-field', 'Sam');
    await pressAndSettle(el, 'form cp-button');
    expect(document.title).to.equal(`Question 2 of 2 – ${ORIGINAL}`);
    await pressAndSettle(el, 'form cp-button[variant="secondary"]');
    expect(document.title).to.equal(`Question 1 of 2 – ${ORIGINAL}`);
    await pressAndSettle(el, 'form cp-button');
    await pressAndSettle(el, 'form cp-button');
    await waitUntil(() => el.delivery?.status === 'sent', 'not sent');
    await settled(el.shadowRoot!);
    expect(document.title).to.equal(`Thank you – ${ORIGINAL}`);
    el.remove();
    expect(document.title).to.equal(ORIGINAL);
  });

  it('names each consent step, then the confirmation, with translatable words', async () => {
    stub(201);
    const el = await withTitle<HTMLElement & { step: string; updateComplete: Promise<unknown> }>(
      html`<cp-consent-flow .data=${study} endpoint="/consent" no-draft></cp-consent-flow>`,
    );
    expect(document.title).to.equal(ORIGINAL);
    await pressAndSettle(el, '.next');
    expect(el.step).to.equal('payment');
    expect(document.title).to.equal(`Step 2 of 6: Payment and thanks – ${ORIGINAL}`);
    (el as unknown as { strings: object }).strings = {
      consentFlowTitleStep: 'Cam {n} o {total}: {step}',
      titleView: '{view} | {title}',
    };
    await settled(el.shadowRoot!);
    await pressAndSettle(el, '.next');
    expect(el.step).to.equal('statements');
    expect(document.title).to.equal(`Cam 3 o 6: What you agree to | ${ORIGINAL}`);
    el.remove();
    expect(document.title).to.equal(ORIGINAL);
  });

  it('says "You have withdrawn" after withdrawing', async () => {
    stub(201);
    const el = await withTitle<HTMLElement & { withdrawal?: unknown; updateComplete: Promise<unknown> }>(
      html`<cp-consent-withdraw .record=${record} endpoint="/consent"></cp-consent-withdraw>`,
    );
    await pressAndSettle(el, 'form cp-button');
    await waitUntil(() => !!el.withdrawal, 'not withdrawn');
    await settled(el.shadowRoot!);
    expect(document.title).to.equal(`You have withdrawn – ${ORIGINAL}`);
  });

  it('"Error: " is a translatable string', async () => {
    const summary = await withTitle<HTMLElement & { errors: unknown[]; updateComplete: Promise<unknown> }>(
      html`<cp-error-summary .strings=${{ titleError: 'Gwall: {title}' }}></cp-error-summary>`,
    );
    summary.errors = [{ target: 'name', message: 'Rhowch eich enw' }];
    await summary.updateComplete;
    expect(document.title).to.equal(`Gwall: ${ORIGINAL}`);
  });

  it('keep-title, on the widget or around it, leaves the title to the page', async () => {
    stub(200);
    const form = await withTitle<Form>(
      html`<cp-feedback-form keep-title paged .data=${PAGED} min-seconds="0" endpoint="/collect"></cp-feedback-form>`,
    );
    await pressAndSettle(form, 'form cp-button');
    expect(
      form.shadowRoot!.querySelector('cp-error-summary')!.shadowRoot!.querySelector('.summary'),
      'errors show',
    ).to.not.equal(null);
    await typeInto(form, 'cp-text-field', 'Sam');
    await pressAndSettle(form, 'form cp-button');
    expect(text(form.shadowRoot!.querySelector('.progress'))).to.equal('Question 2 of 2');
    expect(document.title).to.equal(ORIGINAL);
    form.remove();

    const wrapper = await mount<HTMLElement>(
      html`<div keep-title><cp-consent-flow .data=${study} no-draft></cp-consent-flow></div>`,
    );
    const flow = wrapper.querySelector<HTMLElement & { step: string }>('cp-consent-flow')!;
    await settled(flow.shadowRoot!);
    await pressAndSettle(flow, '.next');
    expect(flow.step).to.equal('payment');
    expect(document.title).to.equal(ORIGINAL);
  });

  it('a title the page sets itself is kept when the widget gives the title back', async () => {
    const summary = await withTitle<HTMLElement & { errors: unknown[]; updateComplete: Promise<unknown> }>(
      html`<cp-error-summary></cp-error-summary>`,
    );
    summary.errors = [{ target: 'name', message: 'Enter your name' }];
    await summary.updateComplete;
    document.title = 'A new page';
    summary.errors = [];
    await summary.updateComplete;
    expect(document.title).to.equal('A new page');
  });
});

// ---- Defect 3: the sticky "Exit this page" bar never covers the focused control ----

describe('the sticky "Exit this page" bar never hides what has focus (WCAG 2.4.11)', () => {
  const LONG: FeedbackDefinition = {
    id: 'long',
    version: 1,
    title: 'Tell us about the lunch club',
    intro: 'It takes about 5 minutes. You can skip any question.',
    privacy: 'Only the club organisers read your answers. We delete them after a year.',
    contentNote: 'The next question asks about money.',
    questions: [
      { id: 'overall', type: 'rating', label: 'How was the lunch club?', preferNotToSay: true },
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
          { id: 'music', label: 'The music' },
        ],
        noneOption: 'None of these',
      },
      { id: 'name', type: 'text', label: 'What should we call you?' },
      { id: 'better', type: 'longText', label: 'What could we do better?', maxLength: 500, preferNotToSay: true },
      { id: 'access', type: 'accessNeeds', label: 'What would make the club easier for you to come to?' },
      { id: 'reply', type: 'contact', label: 'Would you like a reply?' },
      { id: 'feeling', type: 'feeling' },
    ],
    support: [
      { name: 'Samaritans', phone: '116 123', url: 'https://www.samaritans.org', hours: 'Every day, 24 hours' },
    ],
  };
  const realGo = quickExit.go;
  beforeEach(() => (quickExit.go = () => {}));
  afterEach(async () => {
    quickExit.go = realGo;
    await setViewport({ width: 800, height: 600 });
  });

  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

  for (const [width, height] of [
    [1280, 900],
    [320, 256],
  ] as const) {
    it(`at ${width}×${height}, Tab reaches every control of a long form with none of it under the bar`, async () => {
      await setViewport({ width, height });
      const wrapper = await mount<HTMLElement>(html`<div>
        <button id="before">Before</button>
        <cp-feedback-form exit-url="https://www.bbc.co.uk/weather" .data=${LONG}></cp-feedback-form>
        <button id="after">After</button>
        <div style="height: 100vh"></div>
      </div>`);
      const form = wrapper.querySelector('cp-feedback-form')!;
      await settled(form.shadowRoot!);
      const bar = form.shadowRoot!.querySelector<HTMLElement>('.exit')!;
      const covered: string[] = [];
      let stops = 0;
      // Forwards with Tab, then back with Shift+Tab, which brings controls in at the top, where the bar is.
      for (const [start, key, end] of [
        ['#before', 'Tab', 'after'],
        ['#after', 'Shift+Tab', 'before'],
      ] as const) {
        wrapper.querySelector<HTMLButtonElement>(start)!.focus();
        if (key !== 'Tab') await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 120; i++) {
          await sendKeys({ press: 'Tab' });
          await new Promise((r) => requestAnimationFrame(r));
          const el = deepActive()!;
          if (el.id === end) break;
          stops++;
          if (bar.contains((el.getRootNode() as ShadowRoot).host ?? el)) continue;
          if (overlaps(el.getBoundingClientRect(), bar.getBoundingClientRect())) {
            const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
            covered.push(
              `${key}: ${el.localName}${el.id ? '#' + el.id : ''} ${(el as HTMLInputElement).value ?? ''} ${name}`,
            );
          }
        }
        if (key !== 'Tab') await sendKeys({ up: 'Shift' });
      }
      expect(stops, 'a long form with many focus stops').to.be.greaterThan(50);
      expect(covered, `${covered.length} of ${stops} focus stops are under the bar`).to.deep.equal([]);
    });
  }
});
