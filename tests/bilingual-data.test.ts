// Definitions whose words are in several languages ({ "en": "…", "cy": "…" }): each widget shows
// the person's language, falls back to the definition's first language (marked with `lang`), and
// changes when the page's language does. Submissions and consent records hold what was shown.
import { expect, html } from '@open-wc/testing';
import { settled, text, waitUntil } from './helpers/dom.js';
import { captureConsole } from './helpers/console.js';
import { place } from './helpers/form-control-suite.js';
import '../src/components/feedback-form/index.js';
import '../src/components/consent/consent-flow.index.js';
import '../src/components/impact-panel/index.js';
import '../src/components/credits/index.js';
import '../src/components/consent/consent-withdraw.index.js';
import type { CpConsentWithdraw } from '../src/components/consent/consent-withdraw.index.js';
import type { ConsentRecord } from '../src/components/consent/consent-flow.index.js';
import type { CpFeedbackForm, FeedbackDefinition, FeedbackSubmission } from '../src/components/feedback-form/index.js';
import type { ConsentDefinition, CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { CpImpactPanel, ImpactData } from '../src/components/impact-panel/index.js';
import type { CpCredits, CreditsData } from '../src/components/credits/index.js';
import { pickText, textOf } from '../src/contract/text.js';
import { textHash } from '../src/contract/hash.js';
import { localise } from '../src/core/localise.js';
import { check, type Schema } from '../src/core/schema.js';
import { chooseLanguage } from '../src/core/choose-language.js';
import feedbackSchema from '../src/contract/schemas/feedback-definition.schema.json';
import consentSchema from '../src/contract/schemas/consent-definition.schema.json';

const FORM: FeedbackDefinition = {
  id: 'dwyieithog',
  version: 1,
  title: { en: 'Tell us about the lunch club', cy: 'Dywedwch wrthym am y clwb cinio' },
  intro: { en: 'It takes about 2 minutes.', cy: 'Mae’n cymryd tua 2 funud.' },
  privacy: { en: 'Only the organisers read your answers.', cy: 'Dim ond y trefnwyr sy’n darllen eich atebion.' },
  questions: [
    {
      id: 'colour',
      type: 'single',
      label: { en: 'Which colour do you like?', cy: 'Pa liw ydych chi’n ei hoffi?' },
      hint: { en: 'Choose one', cy: 'Dewiswch un' },
      options: [
        { id: 'red', label: { en: 'Red', cy: 'Coch' } },
        { id: 'green', label: { en: 'Green', cy: 'Gwyrdd' }, hint: { en: 'Like grass', cy: 'Fel glaswellt' } },
      ],
    },
    {
      id: 'better',
      type: 'longText',
      label: { en: 'What could we do better?', cy: 'Beth allem ni ei wneud yn well?' },
    },
  ],
  nextSteps: { en: 'We read every answer.', cy: 'Rydym yn darllen pob ateb.' },
};

const CONSENT: ConsentDefinition = {
  id: 'gweithdy',
  version: '1',
  date: '2026-03-02',
  title: { en: 'Recording the workshop', cy: 'Recordio’r gweithdy' },
  organisation: { name: 'Riverside Young Carers' },
  sections: [
    {
      id: 'what',
      heading: { en: 'What are we asking?', cy: 'Beth ydym ni’n ei ofyn?' },
      body: { en: 'We would like to record the workshop.', cy: 'Hoffem recordio’r gweithdy.' },
    },
  ],
  statements: [
    {
      id: 'audio',
      text: { en: 'I agree to the workshop being recorded', cy: 'Rwy’n cytuno i’r gweithdy gael ei recordio' },
    },
  ],
  withdrawal: { how: { en: 'Tell a facilitator at any time.', cy: 'Dywedwch wrth hwylusydd unrhyw bryd.' } },
  contacts: { team: 'Jo and Sam: 07700 900123' },
};

const IMPACT: ImpactData = {
  title: { en: 'You said, we did', cy: 'Dywedoch chi, gwnaethom ni' },
  items: [
    {
      id: 'bus',
      youSaid: { en: 'The last bus leaves too early.', cy: 'Mae’r bws olaf yn gadael yn rhy gynnar.' },
      status: 'done',
      weDid: { en: 'Later buses now run.', cy: 'Mae bysiau hwyrach yn rhedeg nawr.' },
      quotes: [{ en: 'I have to leave by 6.', cy: 'Mae’n rhaid i mi adael erbyn 6.' }],
    },
  ],
};

const logs = captureConsole(['error', 'warn']);
afterEach(() => {
  chooseLanguage(null);
  for (const k of Object.keys(localStorage)) if (k.startsWith('coproduce-kit:draft:')) localStorage.removeItem(k);
});

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

async function form(lang: string, data: unknown = FORM): Promise<[CpFeedbackForm, HTMLElement]> {
  const wrapper = await place(
    html`<div lang=${lang}><cp-feedback-form .data=${data} min-seconds="0"></cp-feedback-form></div>`,
  );
  const el = wrapper.querySelector('cp-feedback-form')!;
  await settled(wrapper);
  return [el, wrapper];
}
const colour = (el: CpFeedbackForm) => $(el, '#q-colour')!;
/** The legend of the colour question, and its option labels, as a person sees them. */
const legend = (el: CpFeedbackForm) => text(colour(el).shadowRoot!.querySelector('legend')).replace(/ \(.*\)$/, '');
const optionLabels = (el: CpFeedbackForm) => [
  ...colour(el).shadowRoot!.querySelectorAll<HTMLElement>('label.choice-label'),
];

/** The language an element's words are read in: its own `lang`, or that of the nearest ancestor in its shadow root. */
const langOf = (node: Element | null | undefined): string | undefined =>
  node?.closest('[lang]')?.getAttribute('lang') ?? undefined;

describe('bilingual definitions', () => {
  describe('pickText() and localise()', () => {
    it('pickText: exact language, then the same language, then the first given (with the language it fell back to)', () => {
      const words = { en: 'Your name', cy: 'Eich enw', 'pt-BR': 'Seu nome' };
      expect(pickText(words, 'cy')).to.deep.equal(['Eich enw']);
      expect(pickText(words, 'cy-GB')).to.deep.equal(['Eich enw']);
      expect(pickText(words, 'pt-BR')).to.deep.equal(['Seu nome']);
      expect(pickText(words, 'pt')).to.deep.equal(['Seu nome']);
      expect(pickText(words, 'pl')).to.deep.equal(['Your name', 'en']);
      expect(pickText({ cy: 'Eich enw', en: 'Your name' }, 'pl')).to.deep.equal(['Eich enw', 'cy']);
      expect(pickText('Your name', 'cy')).to.deep.equal(['Your name']);
      expect(textOf({ cy: 'Eich enw', en: 'Your name' })).to.equal('Eich enw');
      expect(textOf({ cy: 'Eich enw', en: 'Your name' }, 'en')).to.equal('Your name');
      expect(textOf(undefined)).to.equal('');
    });

    it('localise: every Text field becomes the words for the language; ids, values and names stay as they are', () => {
      const schema = feedbackSchema as unknown as Schema;
      const cy = localise(FORM, schema, 'cy');
      expect(cy.title).to.equal('Dywedwch wrthym am y clwb cinio');
      expect(cy.questions[0]!.label).to.equal('Pa liw ydych chi’n ei hoffi?');
      expect(cy.questions[0]!.options!.map((o) => [o.id, o.label, o.hint])).to.deep.equal([
        ['red', 'Coch', undefined],
        ['green', 'Gwyrdd', 'Fel glaswellt'],
      ]);
      expect(cy.id).to.equal('dwyieithog');
      expect(FORM.title).to.be.an('object'); // the original is not changed
      const pl = localise(FORM, schema, 'pl');
      expect(pl.title).to.equal('Tell us about the lunch club');
      const consent = localise(CONSENT, consentSchema as unknown as Schema, 'cy');
      expect(consent.statements[0]!.text).to.equal('Rwy’n cytuno i’r gweithdy gael ei recordio');
      expect(consent.organisation.name).to.equal('Riverside Young Carers');
      expect(consent.contacts.team).to.equal('Jo and Sam: 07700 900123');
    });

    it('the schemas take words in several languages and refuse empty words or keys that are not language codes', () => {
      const schema = feedbackSchema as unknown as Schema;
      expect(check(schema, FORM)).to.deep.equal([]);
      const paths = (title: unknown) => check(schema, { ...FORM, title }).map((e) => e.path);
      expect(paths({})).to.deep.equal(['title']);
      expect(paths({ 'EN!': 'x' })).to.deep.equal(['title.EN!']);
      expect(paths({ en: '' })).to.deep.equal(['title.en']);
      expect(paths('')).to.deep.equal(['title']);
      expect(paths({ 'en-GB': 'Tell us', cy: 'Dywedwch' })).to.deep.equal([]);
      expect(check(schema, { ...FORM, id: { en: 'x' } }).map((e) => e.path)).to.deep.equal(['id']);
    });
  });

  describe('<cp-feedback-form>', () => {
    it('shows the Welsh words under lang="cy", unmarked', async () => {
      const [el] = await form('cy');
      expect(text($(el, 'h2'))).to.equal('Dywedwch wrthym am y clwb cinio');
      expect(langOf($(el, 'h2 span'))).to.equal(undefined);
      expect(text($(el, 'h2 + p'))).to.equal('Mae’n cymryd tua 2 funud.');
      expect(legend(el)).to.equal('Pa liw ydych chi’n ei hoffi?');
      expect(optionLabels(el).map(text)).to.deep.equal(['Coch', 'Gwyrdd']);
      expect(optionLabels(el).map((l) => l.getAttribute('lang'))).to.deep.equal([null, null]);
      expect(text(colour(el).shadowRoot!.querySelector('.choice-hint'))).to.equal('Fel glaswellt');
      expect(text($(el, '#q-better')!.shadowRoot!.querySelector('label'))).to.contain(
        'Beth allem ni ei wneud yn well?',
      );
      expect(logs.error).to.deep.equal([]);
    });

    it('shows the English words under lang="en"', async () => {
      const [el] = await form('en-GB');
      expect(text($(el, 'h2'))).to.equal('Tell us about the lunch club');
      expect(legend(el)).to.equal('Which colour do you like?');
      expect(optionLabels(el).map(text)).to.deep.equal(['Red', 'Green']);
      expect(
        $$(el, '[lang]')
          .filter((x) => !x.closest('cp-language-switch'))
          .map((x) => x.getAttribute('lang')),
      ).to.not.include('en');
    });

    it('under a language the definition does not give (pl), shows its first language marked lang="en"', async () => {
      const [el] = await form('pl');
      const h2 = $(el, 'h2')!;
      expect(text(h2)).to.equal('Tell us about the lunch club');
      expect(h2.querySelector('span')?.getAttribute('lang')).to.equal('en');
      expect(langOf($(el, 'h2 + p')?.querySelector('span'))).to.equal('en');
      const legendEl = colour(el).shadowRoot!.querySelector('legend')!;
      expect(legend(el)).to.equal('Which colour do you like?');
      expect(legendEl.querySelector('span[lang="en"]')?.textContent).to.equal('Which colour do you like?');
      expect(optionLabels(el).map((l) => [text(l), l.getAttribute('lang')])).to.deep.equal([
        ['Red', 'en'],
        ['Green', 'en'],
      ]);
      expect(colour(el).shadowRoot!.querySelector('.choice-hint span')?.getAttribute('lang')).to.equal('en');
      expect(colour(el).shadowRoot!.querySelector('.hint span')?.getAttribute('lang')).to.equal('en');
      const better = $(el, '#q-better')!.shadowRoot!.querySelector('label span[lang="en"]');
      expect(better?.textContent).to.equal('What could we do better?');
    });

    it('changes its words when the page language changes, keeping the answers', async () => {
      const [el, wrapper] = await form('en');
      colour(el).shadowRoot!.querySelector<HTMLInputElement>('input[value="green"]')!.click();
      await settled(el.shadowRoot!);
      wrapper.setAttribute('lang', 'cy');
      await waitUntil(
        () => text($(el, 'h2')) === 'Dywedwch wrthym am y clwb cinio',
        'the form did not change to Welsh',
      );
      await settled(wrapper);
      expect(legend(el)).to.equal('Pa liw ydych chi’n ei hoffi?');
      expect(optionLabels(el).map(text)).to.deep.equal(['Coch', 'Gwyrdd']);
      expect((colour(el) as HTMLElement & { value: string }).value).to.equal('green');
      wrapper.setAttribute('lang', 'en');
      await waitUntil(
        () => text($(el, 'h2')) === 'Tell us about the lunch club',
        'the form did not change back to English',
      );
    });

    it('changes its words when the person chooses a language for the page', async () => {
      const [el] = await form('en');
      chooseLanguage('cy');
      await waitUntil(
        () => text($(el, 'h2')) === 'Dywedwch wrthym am y clwb cinio',
        'the form did not follow the chosen language',
      );
    });

    it('a submission from the Welsh form sends ids and says it was in Welsh; the thank-you page is in Welsh', async () => {
      const [el] = await form('cy');
      const sent: FeedbackSubmission[] = [];
      el.addEventListener('cp-submit', (e) => {
        e.preventDefault();
        sent.push(e.detail.submission);
      });
      colour(el).shadowRoot!.querySelector<HTMLInputElement>('input[value="red"]')!.click();
      await settled(el.shadowRoot!);
      const send = $$(el, 'form cp-button').at(0)!;
      send.shadowRoot!.querySelector('button')!.click();
      await waitUntil(() => sent.length, 'nothing was sent');
      expect(sent[0]!.answers).to.deep.equal({ colour: 'red' });
      expect(sent[0]!.locale).to.equal('cy');
      expect(sent[0]!.formId).to.equal('dwyieithog');
      await waitUntil(() => $(el, '.thanks'), 'no thank-you page');
      await settled(el.shadowRoot!);
      expect(text($(el, '.thanks'))).to.contain('Rydym yn darllen pob ateb.');
    });

    for (const [name, title, field] of [
      ['an empty set of words', {}, 'title'],
      ['words keyed by something that is not a language code', { 'EN!': 'x' }, 'title.EN!'],
      ['empty Welsh words', { en: 'x', cy: '' }, 'title.cy'],
    ] as const) {
      it(`${name} makes the form unusable, with a console error naming the field`, async () => {
        const [el] = await form('cy', { ...FORM, title });
        expect($(el, '[role="alert"]')).to.exist;
        expect($(el, 'form')).to.equal(null);
        expect(logs.error.join('\n')).to.contain(`${field}:`);
      });
    }

    it('a bad option label is reported by its path', async () => {
      const bad = structuredClone(FORM) as unknown as { questions: { options?: { label: unknown }[] }[] };
      bad.questions[0]!.options![1]!.label = { Welsh: 'Gwyrdd' };
      const [el] = await form('cy', bad);
      expect($(el, '[role="alert"]')).to.exist;
      expect(logs.error.join('\n')).to.contain('questions[0].options[1].label.Welsh:');
    });
  });

  describe('<cp-consent-flow>', () => {
    async function flow(lang: string): Promise<CpConsentFlow> {
      const wrapper = await place(
        html`<div lang=${lang}><cp-consent-flow no-draft .data=${CONSENT}></cp-consent-flow></div>`,
      );
      const el = wrapper.querySelector('cp-consent-flow')!;
      await settled(wrapper);
      await waitUntil(() => el.textHash, 'the definition is hashed');
      return el;
    }

    it('shows the information in Welsh, and hashes the Welsh words the person reads', async () => {
      const el = await flow('cy');
      expect(text($(el, 'h2.title'))).to.equal('Recordio’r gweithdy');
      expect(text($(el, 'h4'))).to.equal('Beth ydym ni’n ei ofyn?');
      expect(text($(el, 'p.text'))).to.equal('Hoffem recordio’r gweithdy.');
      expect($(el, 'p.text')!.getAttribute('lang')).to.equal(null);
      const welsh = await textHash(localise(CONSENT, consentSchema as unknown as Schema, 'cy'));
      const english = await textHash(localise(CONSENT, consentSchema as unknown as Schema, 'en'));
      expect(el.textHash).to.equal(welsh);
      expect(welsh).to.not.equal(english);
    });

    it('falls back to the first language, marked, under a language the definition does not give', async () => {
      const el = await flow('pl');
      expect(text($(el, 'h2.title'))).to.equal('Recording the workshop');
      expect($(el, 'h2.title span')?.getAttribute('lang')).to.equal('en');
      expect($(el, 'p.text')!.getAttribute('lang')).to.equal('en');
      expect(el.textHash).to.equal(await textHash(localise(CONSENT, consentSchema as unknown as Schema, 'en')));
    });
  });

  describe('<cp-consent-withdraw>', () => {
    it('reads a bilingual definition given as a property in the page language, and follows it when it changes', async () => {
      const def = {
        ...CONSENT,
        statements: [
          { id: 'take-part', text: { en: 'I want to take part', cy: 'Rwyf am gymryd rhan' }, required: true },
          {
            id: 'audio',
            text: { en: 'I agree to being recorded', cy: 'Rwy’n cytuno i gael fy recordio' },
            short: { en: 'Recording my voice', cy: 'Recordio fy llais' },
          },
        ],
      } as ConsentDefinition;
      const record = {
        id: 'c3d5e7f9-2b4d-4e6f-8a0b-1c2d3e4f5a6b',
        reference: 'GW-ABCD-EFGH',
        keyHash: `sha256:${'ab'.repeat(32)}`,
        consentId: 'gweithdy',
        version: '1',
        textHash: `sha256:${'cd'.repeat(32)}`,
        decisions: { 'take-part': true, audio: true },
        locale: 'cy',
        format: 'standard',
        events: [{ type: 'given', at: '2026-03-02T10:00:00Z' }],
      } as unknown as ConsentRecord;
      const wrapper = await place(html`<div lang="cy"></div>`);
      const el = Object.assign(document.createElement('cp-consent-withdraw'), {
        endpoint: 'https://collector.test/v1/consent',
        record,
        consent: def,
      }) as CpConsentWithdraw;
      wrapper.append(el);
      await settled(wrapper);
      const labels = () =>
        [...$(el, 'cp-checkbox-group[name="chosen"]')!.shadowRoot!.querySelectorAll('label.choice-label')].map(text);
      expect(text($(el, 'p.lead'))).to.equal('Recordio’r gweithdy');
      expect(labels()[0]).to.equal('Recordio fy llais');
      wrapper.setAttribute('lang', 'pl');
      await waitUntil(() => text($(el, 'p.lead')) === 'Recording the workshop', 'did not fall back to English');
      await settled(wrapper);
      expect($(el, 'p.lead span')?.getAttribute('lang')).to.equal('en');
      expect(labels()[0]).to.equal('Recording my voice');
      expect(
        $(el, 'cp-checkbox-group[name="chosen"]')!
          .shadowRoot!.querySelector('label.choice-label')!
          .getAttribute('lang'),
      ).to.equal('en');
    });
  });

  describe('<cp-impact-panel> and <cp-credits>', () => {
    it('an impact item in Welsh', async () => {
      const wrapper = await place(html`<div lang="cy"><cp-impact-panel .data=${IMPACT}></cp-impact-panel></div>`);
      const el = wrapper.querySelector<CpImpactPanel>('cp-impact-panel')!;
      await settled(wrapper);
      await waitUntil(() => $(el, '.items li'), 'no items');
      expect(text($(el, '.title'))).to.equal('Dywedoch chi, gwnaethom ni');
      expect(text($(el, '.items li .said'))).to.contain('Mae’r bws olaf yn gadael yn rhy gynnar.');
      expect(text($(el, '.items li .act'))).to.contain('Mae bysiau hwyrach yn rhedeg nawr.');
    });

    it('an opened impact item stays open, in the new language, when the page language changes', async () => {
      const wrapper = await place(html`<div lang="en"><cp-impact-panel .data=${IMPACT}></cp-impact-panel></div>`);
      const el = wrapper.querySelector<CpImpactPanel>('cp-impact-panel')!;
      await settled(wrapper);
      await waitUntil(() => $(el, '.items li .toggle'), 'no items');
      $(el, '.items li .toggle')!.click();
      await waitUntil(() => $(el, '.items li blockquote'), 'the item did not open');
      wrapper.setAttribute('lang', 'cy');
      await waitUntil(
        () => text($(el, '.items li blockquote')) === 'Mae’n rhaid i mi adael erbyn 6.',
        'the quote did not change to Welsh',
      );
      expect($(el, '.items li .toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('an impact item in a language it does not have is marked with its own', async () => {
      const wrapper = await place(html`<div lang="pl"><cp-impact-panel .data=${IMPACT}></cp-impact-panel></div>`);
      const el = wrapper.querySelector<CpImpactPanel>('cp-impact-panel')!;
      await settled(wrapper);
      await waitUntil(() => $(el, '.items li'), 'no items');
      expect($(el, '.items li .said span[lang="en"]')?.textContent).to.equal('The last bus leaves too early.');
    });

    it('credits with a bilingual title and custom role; a role with bad words is left out with a warning', async () => {
      const data: CreditsData = {
        title: { en: 'Made with', cy: 'Wedi’i wneud gyda' },
        contributors: [
          { name: 'Aled Jones', credit: 'full', roles: ['bard'] },
          { name: 'Bea Lowe', credit: 'full', roles: ['poet'] },
        ],
        roles: {
          bard: { label: { en: 'Bard', cy: 'Bardd' }, plural: { en: 'Bards', cy: 'Beirdd' } },
          poet: { label: { 'EN!': 'Poet' } },
        },
      };
      const wrapper = await place(html`<div lang="cy"><cp-credits .data=${data}></cp-credits></div>`);
      const el = wrapper.querySelector<CpCredits>('cp-credits')!;
      await settled(wrapper);
      expect(text($(el, '.title'))).to.equal('Wedi’i wneud gyda');
      expect($$(el, '.heading').map(text)).to.include('Beirdd');
      expect(logs.warn.join('\n')).to.contain('roles.poet.label');
      expect(logs.error).to.deep.equal([]);
    });
  });
});
