/**
 * Every widget paints its own surface and text colour from the theme's tokens, so its text is
 * readable whatever the page behind it: white or black, with the theme set by `data-cp-theme`
 * or by the device (the default `auto` theme with `prefers-color-scheme: dark`). axe's contrast
 * rules (AA and AAA) judge every widget on each page in each theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import '../src/index.js';
import values from '../src/tokens/generated/tokens.values.json';
import { axeRules, describeViolations } from './helpers/axe.js';
import { settled, waitUntil } from './helpers/dom.js';
import { compose, type StoryLike } from './helpers/stories.js';
import * as button from '../stories/button.stories.js';
import * as checkboxGroup from '../stories/checkbox-group.stories.js';
import * as consentFlow from '../stories/consent-flow.stories.js';
import * as consentWithdraw from '../stories/consent-withdraw.stories.js';
import * as credits from '../stories/credits.stories.js';
import * as errorSummary from '../stories/error-summary.stories.js';
import * as feedbackForm from '../stories/feedback-form.stories.js';
import * as impactPanel from '../stories/impact-panel.stories.js';
import * as pageFeedback from '../stories/page-feedback.stories.js';
import * as radioGroup from '../stories/radio-group.stories.js';
import * as rating from '../stories/rating.stories.js';
import * as textField from '../stories/text-field.stories.js';
import * as textarea from '../stories/textarea.stories.js';

const CONTRAST_RULES = ['color-contrast', 'color-contrast-enhanced'];
type Mod = Record<string, unknown>;

/**
 * Each widget with a story that shows its text (errors included where it has them). `surface`:
 * the host paints the theme's surface itself; the others draw text only on boxes they paint
 * (the button face, the error summary's panel).
 */
const widgets: { tag: string; mod: Mod; story: string; surface: boolean }[] = [
  { tag: 'cp-feedback-form', mod: feedbackForm, story: 'Empty', surface: true },
  { tag: 'cp-page-feedback', mod: pageFeedback, story: 'Default', surface: true },
  { tag: 'cp-impact-panel', mod: impactPanel, story: 'Default', surface: true },
  { tag: 'cp-credits', mod: credits, story: 'Storytellers', surface: true },
  { tag: 'cp-consent-flow', mod: consentFlow, story: 'PeerResearch', surface: true },
  { tag: 'cp-consent-withdraw', mod: consentWithdraw, story: 'PeerResearch', surface: true },
  { tag: 'cp-text-field', mod: textField, story: 'WithError', surface: true },
  { tag: 'cp-textarea', mod: textarea, story: 'WithError', surface: true },
  { tag: 'cp-radio-group', mod: radioGroup, story: 'WithError', surface: true },
  { tag: 'cp-checkbox-group', mod: checkboxGroup, story: 'WithError', surface: true },
  { tag: 'cp-rating', mod: rating, story: 'WithError', surface: true },
  { tag: 'cp-error-summary', mod: errorSummary, story: 'WithErrors', surface: false },
  { tag: 'cp-button', mod: button, story: 'Warning', surface: false },
];

/** `auto`: no `data-cp-theme`, and the device asks for dark mode. */
const themes = ['light', 'dark', 'high-contrast', 'auto'] as const;
const pages = { white: 'background: #ffffff; color: #0b0c0c', black: 'background: #000000; color: #ffffff' };

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function show(story: TemplateResult, theme: (typeof themes)[number], page: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(
    html`<div style="${page}; padding: 8px" data-cp-theme=${theme === 'auto' ? nothing : theme}><main>${story}</main></div>`,
  );
  await settled(el);
  // Widgets that load or hash their data render once more when it is ready.
  for (const flow of el.querySelectorAll<HTMLElement & { textHash?: string }>('cp-consent-flow'))
    await waitUntil(() => flow.textHash, 'the consent definition is hashed');
  await new Promise((r) => setTimeout(r));
  await settled(el);
  return el;
}

describe('every widget paints its own surface and text colour', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const { tag, mod, story, surface } of widgets) {
    describe(`<${tag}>`, () => {
      for (const theme of themes) {
        const used = theme === 'auto' ? 'dark' : theme;
        const tokens = values[used] as Record<string, string>;
        for (const [name, page] of Object.entries(pages)) {
          const label = theme === 'auto' ? 'auto theme, device in dark mode' : `${theme} theme`;
          it(`${label}, on a ${name} page: passes axe's contrast rules`, async function () {
            this.timeout(20_000);
            if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
            const el = await show(compose(mod.default as StoryLike, mod[story] as StoryLike), theme, page);
            const host = el.querySelector(tag)!;
            expect(host.matches(`:state(${used})`), `<${tag}> uses the ${used} theme`).to.equal(true);
            const violations = await axeRules(el, CONTRAST_RULES);
            expect(violations, describeViolations(violations)).to.have.length(0);
            if (surface) {
              const style = getComputedStyle(host);
              expect(style.backgroundColor, 'its background').to.equal(rgb(tokens['color-surface']!));
              expect(style.color, 'its text colour').to.equal(rgb(tokens['color-text']!));
            }
          });
        }
      }
    });
  }
});

describe('the primary button reaches 7:1 on any brand colour a page sets', () => {
  // Dark, light and the mid-tones where black or white text alone reaches only 4.58:1 to 7:1.
  const brands = [
    '#6b2c91',
    '#ffcc00',
    '#00857c',
    '#e4007c',
    '#222222',
    '#a4d65e',
    '#777777',
    '#1d70b8',
    '#d4351c',
    '#f47738',
    '#5694ca',
    '#ffffff',
    '#000000',
  ];

  it('in every theme, on a white page', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await fixture<HTMLElement>(html`<div style=${pages.white} data-cp-theme=${theme}>
        ${brands.map((c) => html`<cp-button type="button" style="--cp-color-brand: ${c}">Take part</cp-button>`)}
      </div>`);
      await settled(el);
      const violations = await axeRules(el, CONTRAST_RULES);
      expect(violations, `${theme}: ${describeViolations(violations)}`).to.have.length(0);
    }
  });

  it('keeps the brand colour exactly as set where it is not under text', async () => {
    const el = await fixture<HTMLElement>(html`<cp-rating
      label="How was it?"
      value="2"
      style="--cp-color-brand: #00857c"
    ></cp-rating>`);
    await settled(el);
    const chosen = el.shadowRoot!.querySelector('.choice:has(:checked)')!;
    expect(getComputedStyle(chosen).outlineColor).to.equal(rgb('#00857c'));
  });

  it('uses the text colour a page sets with --cp-color-brand-text', async () => {
    const el = await fixture<HTMLElement>(html`<cp-button
      style="--cp-color-brand: #1d70b8; --cp-color-brand-text: #ffffff"
      >Take part</cp-button
    >`);
    await settled(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).color).to.equal(rgb('#ffffff'));
  });
});

describe('the shared loader\'s "Try again" is readable in every theme', () => {
  // Every data widget shows it after a failed load; before it was styled, a dark theme gave the
  // browser's own dark button (white on #6b6b6b, 5.32:1).
  for (const tag of ['cp-credits', 'cp-feedback-form', 'cp-consent-flow', 'cp-impact-panel']) {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      it(`<${tag}> in the ${theme} theme`, async () => {
        const el = await fixture<HTMLElement>(html`<div style=${pages.white} data-cp-theme=${theme}>
          <main></main>
        </div>`);
        const widget = document.createElement(tag) as HTMLElement & { src?: string };
        widget.src = '/tests/fixtures/no-such-file.json';
        el.querySelector('main')!.replaceChildren(widget);
        await waitUntil(() => widget.shadowRoot?.querySelector('button.retry'), '"Try again" shows', {
          timeout: 10_000,
        });
        const violations = await axeRules(el, CONTRAST_RULES);
        expect(violations, describeViolations(violations)).to.have.length(0);
      });
    }
  }
});

describe('every token has its theme value on a widget', () => {
  // A theme's rule sets only what it changes from light (scripts/build-tokens.mjs): this finds any value it left out.
  const same = (a: string) => a.replace(/\s+/g, '');
  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(theme, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><cp-button theme=${theme}>Send</cp-button><span></span></div>`,
      );
      await settled(wrapper);
      const style = getComputedStyle(wrapper.querySelector('cp-button')!);
      const probe = wrapper.querySelector('span')!;
      const colour = (c: string) => ((probe.style.color = c), getComputedStyle(probe).color);
      const expected = Object.entries(values[theme] as Record<string, string>).filter(
        ([name]) => name !== 'color-on-brand-default',
      );
      for (const [name, value] of expected) {
        const actual = style.getPropertyValue(`--cp-${name}`);
        if (name.startsWith('color-')) expect(colour(actual), name).to.equal(colour(value));
        else expect(same(actual), name).to.equal(same(value));
      }
    });
  }
});

describe("a widget's theme and tokens reach the controls inside it", () => {
  /** The kit components inside the form's shadow root: its fields, the error summary and buttons. */
  const nested = (form: Element) => [
    ...form.shadowRoot!.querySelectorAll<HTMLElement>(
      'cp-textarea, cp-radio-group, cp-checkbox-group, cp-error-summary, cp-button',
    ),
  ];

  async function form(): Promise<HTMLElement> {
    const el = await show(
      compose(feedbackForm.default as StoryLike, feedbackForm.Errors as StoryLike),
      'light',
      pages.white,
    );
    return el.querySelector<HTMLElement>('cp-feedback-form')!;
  }

  for (const theme of ['dark', 'high-contrast'] as const) {
    it(`the ${theme} theme set with the form's \`theme\` attribute`, async () => {
      const host = await form();
      host.setAttribute('theme', theme);
      await settled(host);
      const tokens = values[theme] as Record<string, string>;
      const controls = nested(host);
      expect(controls.map((c) => c.localName)).to.include.members([
        'cp-textarea',
        'cp-radio-group',
        'cp-error-summary',
        'cp-button',
      ]);
      for (const control of controls) {
        const style = getComputedStyle(control);
        expect(style.color, `<${control.localName}>'s text colour`).to.equal(rgb(tokens['color-text']!));
        expect(style.colorScheme, `<${control.localName}>'s colour scheme`).to.equal('dark');
      }
      const violations = await axeRules(host.parentElement!, CONTRAST_RULES);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  }

  it('a token the page sets on the form', async () => {
    const host = await form();
    host.style.setProperty('--cp-radius-control', '0px');
    const field = host.shadowRoot!.querySelector('cp-textarea')!.shadowRoot!.querySelector('textarea')!;
    const button = host.shadowRoot!.querySelector('cp-button')!.shadowRoot!.querySelector('button')!;
    for (const el of [field, button]) expect(getComputedStyle(el).borderRadius, el.localName).to.equal('0px');
  });
});
