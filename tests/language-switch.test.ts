import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import '../src/locales/on-demand.js';
import '../src/components/language-switch/index.js';
import '../src/components/page-feedback/index.js';
import '../src/components/text-field/index.js';
import type { CpLanguageSwitch } from '../src/components/language-switch/index.js';
import { chooseLanguage } from '../src/core/choose-language.js';
import { chosenLanguage } from '../src/core/language.js';
import { en } from '../src/core/strings.js';
import cy from '../src/locales/cy.json';

/** Renders a template and waits for every Lit element in it (see tests/provider.test.ts for why not `fixture()`). */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}

const welsh = cy.strings as Record<string, string>;
const buttons = (sw: Element) => [...sw.shadowRoot!.querySelectorAll('button')];
const button = (sw: Element, name: string) => buttons(sw).find((b) => text(b) === name)!;
const pressed = (sw: Element) =>
  buttons(sw)
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => text(b));
/** Every kit component in the light DOM under `root`. */
const kit = (root: Element) => [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('cp-'));
const question = (pf: Element) => text(inner(pf, '#question'));

/** A switch and two other kit widgets on an English page. */
const page = () =>
  mount<HTMLElement>(html`<div lang="en">
    <cp-language-switch languages="en cy ar ur"></cp-language-switch>
    <cp-page-feedback lang="en"></cp-page-feedback>
    <cp-text-field label="Name"></cp-text-field>
  </div>`);

describe('cp-language-switch', () => {
  afterEach(() => {
    chooseLanguage(null);
    sessionStorage.clear();
  });

  it('is a group named "Language" with one button per language, each named in itself with its own lang', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    const group = inner(sw, '[role=group]');
    expect(group.getAttribute('aria-label')).to.equal(en.languageSwitchLabel);
    expect(buttons(sw).map((b) => text(b))).to.deep.equal(['English', 'Cymraeg', 'العربية', 'اردو']);
    expect(buttons(sw).map((b) => b.lang)).to.deep.equal(['en', 'cy', 'ar', 'ur']);
    for (const b of buttons(sw)) {
      // Named by its own text, nothing else: "Cymraeg" is read in Welsh.
      expect(b.type).to.equal('button');
      expect(b.hasAttribute('aria-label') || b.hasAttribute('aria-labelledby')).to.equal(false);
    }
  });

  it('shows nothing with fewer than two languages', async () => {
    const sw = await mount<CpLanguageSwitch>(html`<cp-language-switch languages="cy"></cp-language-switch>`);
    expect(sw.shadowRoot!.querySelector('[role=group], button')).to.equal(null);
  });

  it('is shown at the top of a widget given two or more languages, and not for one', async () => {
    const root = await mount<HTMLElement>(html`<div lang="en">
      <cp-page-feedback languages="en cy"></cp-page-feedback>
      <cp-page-feedback languages="cy"></cp-page-feedback>
    </div>`);
    await customElements.whenDefined('cp-language-switch');
    await settled(root);
    const [two, one] = [...root.querySelectorAll('cp-page-feedback')];
    const sw = two!.shadowRoot!.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    expect(sw.languages).to.equal('en cy');
    expect(inner(two!, '.panel').firstElementChild).to.equal(sw);
    expect(buttons(sw).map((b) => text(b))).to.deep.equal(['English', 'Cymraeg']);
    expect(one!.shadowRoot!.querySelector('cp-language-switch')).to.equal(null);
  });

  it('marks the current language with aria-pressed, following the page and the choice', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    expect(pressed(sw)).to.deep.equal(['English']);
    chooseLanguage('cy');
    await settled(root);
    expect(pressed(sw)).to.deep.equal(['Cymraeg']);
  });

  it('switches every kit widget on the page to Welsh when Cymraeg is clicked, and remembers it for the visit only', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    const pf = root.querySelector('cp-page-feedback')!;
    expect(question(pf)).to.equal(en.pageFeedbackQuestion);
    let detail: unknown;
    root.addEventListener('cp-language-change', (e) => (detail = e.detail));

    button(sw, 'Cymraeg').click();
    expect(detail).to.deep.equal({ lang: 'cy' });
    await waitUntil(() => question(pf) === welsh.pageFeedbackQuestion, 'the Welsh strings load', { timeout: 5000 });
    await settled(root);
    for (const el of kit(root)) expect(el.getAttribute('lang'), el.localName).to.equal('cy');
    expect(inner(sw, '[role=group]').getAttribute('aria-label')).to.equal(welsh.languageSwitchLabel);
    expect(text(inner(root.querySelector('cp-text-field')!, '.optional'))).to.equal(welsh.optional);
    expect(pressed(sw)).to.deep.equal(['Cymraeg']);

    expect(chosenLanguage()).to.equal('cy');
    expect(sessionStorage.getItem('cp-language')).to.equal('cy');
    expect(document.cookie).not.to.contain('cp-language');
    expect(document.cookie).not.to.contain('cy');
  });

  it('works from the keyboard: Tab between the languages, Enter chooses', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    button(sw, 'English').focus();
    await sendKeys({ press: 'Tab' });
    expect(sw.shadowRoot!.activeElement).to.equal(button(sw, 'Cymraeg'));
    await sendKeys({ press: 'Enter' });
    expect(chosenLanguage()).to.equal('cy');
    await settled(root);
    // The focused button is the same element after re-rendering, so focus stays on it.
    expect(sw.shadowRoot!.activeElement).to.equal(button(sw, 'Cymraeg'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(sw.shadowRoot!.activeElement).to.equal(button(sw, 'English'));
    await sendKeys({ press: 'Space' });
    expect(chosenLanguage()).to.equal('en');
  });

  it('gives every button a 44 by 44 CSS px target, also at 320 px wide', async () => {
    const root = await page();
    root.style.maxWidth = '320px';
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    for (const b of buttons(sw)) {
      const r = b.getBoundingClientRect();
      expect(r.width, text(b)).to.be.at.least(44);
      expect(r.height, text(b)).to.be.at.least(44);
      expect(r.right, text(b)).to.be.at.most(root.getBoundingClientRect().right + 0.5);
    }
  });

  it('lays every widget out right to left for Arabic and Urdu', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    const pf = root.querySelector('cp-page-feedback')!;
    for (const name of ['العربية', 'اردو']) {
      button(sw, name).click();
      await settled(root);
      const code = name === 'اردو' ? 'ur' : 'ar';
      for (const el of kit(root)) {
        expect(el.getAttribute('lang'), el.localName).to.equal(code);
        expect(el.getAttribute('dir'), el.localName).to.equal('rtl');
        expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
      }
      expect(getComputedStyle(inner(pf, '.prompt')).direction).to.equal('rtl');
    }
  });

  it('gives the widgets back their own lang and dir when the choice is forgotten', async () => {
    const root = await page();
    const pf = root.querySelector('cp-page-feedback')!;
    const field = root.querySelector('cp-text-field')!;
    chooseLanguage('ar');
    await settled(root);
    expect([pf.getAttribute('lang'), pf.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    chooseLanguage(null);
    await settled(root);
    expect([pf.getAttribute('lang'), pf.getAttribute('dir')]).to.deep.equal(['en', null]);
    expect([field.getAttribute('lang'), field.getAttribute('dir')]).to.deep.equal([null, null]);
    expect(getComputedStyle(inner(pf, '.prompt')).direction).to.equal('ltr');
    expect(sessionStorage.getItem('cp-language')).to.equal(null);
  });

  it('has no axe violations, in English and in Welsh', async () => {
    const root = await page();
    const sw = root.querySelector<CpLanguageSwitch>('cp-language-switch')!;
    await expectNoAxeViolations(sw);
    chooseLanguage('cy');
    await waitUntil(
      () => inner(sw, '[role=group]').getAttribute('aria-label') === welsh.languageSwitchLabel,
      'Welsh loads',
      { timeout: 5000 },
    );
    await expectNoAxeViolations(sw);
  });
});
