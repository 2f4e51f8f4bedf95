// Issue 14, "Done when": a browser test switches a page from English to Welsh with the switch,
// and every widget on it changes.
import { fixtureSync, expect } from '@open-wc/testing';
import { html } from 'lit';
import { sendMouse } from '@web/test-runner-commands';
import { settled, waitUntil } from './helpers/dom.js';
import '../src/locales/on-demand.js';
import { chooseLanguage } from '../src/core/choose-language.js';
import { en } from '../src/core/strings.js';
import cy from '../src/locales/cy.json';
import { dataWidgets, everyWidget } from '../stories/data/every-widget.js';

const welsh = cy.strings as Record<string, string>;
const english = en as unknown as Record<string, string>;

/** A built-in string each widget shows when it first appears, and so must show in Welsh after the switch. */
const known: Record<(typeof dataWidgets)[number], keyof typeof en> = {
  'cp-feedback-form': 'feedbackFormSend',
  'cp-page-feedback': 'pageFeedbackQuestion',
  'cp-consent-flow': 'consentFlowContinue',
  'cp-consent-withdraw': 'consentWithdrawTitle',
  'cp-impact-panel': 'impactPanelSearch',
  'cp-credits': 'creditsCopy',
};

/** All the text in a component's shadow root and the shadow roots inside it, white space folded. */
function deepText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLTemplateElement || node instanceof HTMLStyleElement) return;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}
const shows = (el: Element, words: string) => deepText(el.shadowRoot!).includes(words.replace(/\s+/g, ' '));

/** Each widget's lang, and whether it shows its known string in `strings`. */
const state = (page: Element, strings: Record<string, string>) =>
  dataWidgets.map((name) => {
    const el = page.querySelector(name)!;
    return { name, lang: el.closest('[lang]')?.getAttribute('lang'), shows: shows(el, strings[known[name]]!) };
  });
const expected = (lang: string) => dataWidgets.map((name) => ({ name, lang, shows: true }));

/** A real mouse click in the middle of an element (in a shadow root or not). */
async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('switching a page of every widget from English to Welsh', () => {
  afterEach(() => {
    chooseLanguage(null);
    sessionStorage.clear();
  });

  it('changes every widget when "Cymraeg" is pressed in one widget’s switch, and back with "English"', async function () {
    this.timeout(30_000);
    const page = fixtureSync<HTMLElement>(html`<div lang="en">${everyWidget('en cy')}</div>`);
    await settled(page);
    await waitUntil(() => state(page, english).every((s) => s.shows), 'every widget shows its English', {
      timeout: 10_000,
    });
    expect(state(page, english)).to.deep.equal(expected('en'));

    // The switch's code loads on demand, the first time a widget shows one.
    await customElements.whenDefined('cp-language-switch');
    await settled(page);
    const form = page.querySelector('cp-feedback-form')!;
    const sw = form.shadowRoot!.querySelector('cp-language-switch')!;
    // The switch is the first thing in the widget, before its heading.
    expect(form.shadowRoot!.querySelector('cp-language-switch, h2, [role=heading]')).to.equal(sw);
    const cymraeg = [...sw.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cymraeg')!;
    expect(cymraeg.lang).to.equal('cy');

    await click(cymraeg);
    await waitUntil(
      () => state(page, welsh).every((s) => s.shows),
      `every widget shows its Welsh: ${JSON.stringify(state(page, welsh))}`,
      {
        timeout: 10_000,
      },
    );
    await settled(page);
    expect(state(page, welsh)).to.deep.equal(expected('cy'));
    for (const name of dataWidgets) expect(page.querySelector(name)!.getAttribute('lang'), name).to.equal('cy');
    expect(sessionStorage.getItem('cp-language')).to.equal('cy');
    expect(document.cookie).not.to.contain('cp-language');

    const englishButton = [...sw.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'English',
    )!;
    expect(englishButton.getAttribute('aria-pressed')).to.equal('false');
    await click(englishButton);
    await waitUntil(() => state(page, english).every((s) => s.shows), 'every widget is back in English', {
      timeout: 10_000,
    });
    await settled(page);
    expect(state(page, english)).to.deep.equal(expected('en'));
    expect(englishButton.getAttribute('aria-pressed')).to.equal('true');
  });
});
