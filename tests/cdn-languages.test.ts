import { expect } from '@open-wc/testing';
import cy from '../src/locales/cy.json';
import en from '../src/locales/en.json';
import { settled } from './helpers/dom.js';
import { seenText } from './helpers/seen-text.js';

// examples/cdn-bilingual.html: one script tag under a strict CSP, a Welsh page, a bilingual form
// with a language switch. The Welsh strings and the switch load on demand from the kit's folder.
async function openPage(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  sessionStorage.clear();
  const frame = Object.assign(document.createElement('iframe'), {
    src: '/examples/cdn-bilingual.html',
    title: 'Bilingual CDN example',
  });
  frame.style.cssText = 'width: 800px; height: 1600px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.contentWindow!.sessionStorage.removeItem('cp-language');
  return { frame, doc: frame.contentDocument! };
}

/** Waits (bounded) until a widget shows some text: strings and the switch arrive asynchronously. */
async function until(doc: Document, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await new Promise((r) => setTimeout(r, 50));
    await settled(doc.body);
  }
  expect(check(), what).to.equal(true);
}

describe('languages from the single-file CDN build', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => ({ frame, doc } = await openPage()));
  afterEach(() => {
    frame.contentWindow?.sessionStorage.removeItem('cp-language');
    frame.remove();
  });

  it('loads Welsh strings from locales/cy.js beside the script, under a strict CSP', async () => {
    const form = doc.querySelector('cp-feedback-form')!;
    const page = doc.querySelector('cp-page-feedback')!;
    await until(doc, () => seenText(form).includes(cy.strings.feedbackFormSend), 'the form says "Send" in Welsh');
    await until(doc, () => seenText(page).includes(cy.strings.pageFeedbackQuestion), 'page feedback asks in Welsh');
    expect(seenText(form)).to.contain('Dweud eich dweud am y pryd cymunedol');
    expect(seenText(form)).to.not.contain(en.strings.feedbackFormSend);
    const loaded = performance.getEntriesByType
      .call(frame.contentWindow!.performance, 'resource')
      .map((e) => new URL(e.name).pathname);
    expect(loaded).to.include('/dist/cdn/locales/cy.js');
    expect(
      loaded.every((p) => !p.includes('/locales/') || p === '/dist/cdn/locales/cy.js'),
      loaded.join(', '),
    ).to.equal(true);
  });

  it('switches the form and every other widget to English with the switch, and back', async () => {
    const form = doc.querySelector('cp-feedback-form')!;
    const page = doc.querySelector('cp-page-feedback')!;
    await until(
      doc,
      () => !!form.shadowRoot?.querySelector('cp-language-switch')?.shadowRoot?.querySelector('button'),
      'the switch shows',
    );
    const buttons = () => [
      ...form.shadowRoot!.querySelector('cp-language-switch')!.shadowRoot!.querySelectorAll('button'),
    ];
    expect(buttons().map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Cymraeg', 'cy', 'true'],
      ['English', 'en', 'false'],
    ]);
    buttons()[1]!.click();
    await until(
      doc,
      () => seenText(page).includes(en.strings.pageFeedbackQuestion),
      'page feedback switched to English',
    );
    expect(seenText(form)).to.contain('Tell us about the community meal');
    expect(seenText(form)).to.contain(en.strings.feedbackFormSend);
    expect([form.getAttribute('lang'), page.getAttribute('lang')]).to.deep.equal(['en', 'en']);
    expect(frame.contentWindow!.sessionStorage.getItem('cp-language')).to.equal('en');
    expect(doc.cookie).to.equal('');
    buttons()[0]!.click();
    await until(doc, () => seenText(page).includes(cy.strings.pageFeedbackQuestion), 'back in Welsh');
    expect(seenText(form)).to.contain('Dweud eich dweud am y pryd cymunedol');
  });

  it('keeps a choice for the visit: another page, with no switch of its own, opens in the chosen language, each widget marked with it', async () => {
    const form = doc.querySelector('cp-feedback-form')!;
    await until(
      doc,
      () => !!form.shadowRoot?.querySelector('cp-language-switch')?.shadowRoot?.querySelector('button'),
      'the switch shows',
    );
    form.shadowRoot!.querySelector('cp-language-switch')!.shadowRoot!.querySelectorAll('button')[1]!.click();
    await until(doc, () => form.getAttribute('lang') === 'en', 'the form switched to English');
    // The next page of the visit: Welsh, one widget, no language switch.
    const next = Object.assign(document.createElement('iframe'), {
      title: 'The next page',
      srcdoc:
        '<!doctype html><html lang="cy"><body><cp-page-feedback></cp-page-feedback><script type="module" src="/dist/cdn/coproduce-kit.js"></script></body></html>',
    });
    document.body.append(next);
    try {
      await new Promise((r) => next.addEventListener('load', r, { once: true }));
      const nextDoc = next.contentDocument!;
      const page = nextDoc.querySelector('cp-page-feedback')!;
      await until(
        nextDoc,
        () => seenText(page).includes(en.strings.pageFeedbackQuestion),
        'the next page asks in English',
      );
      await until(
        nextDoc,
        () => page.getAttribute('lang') === 'en' && page.getAttribute('dir') === 'ltr',
        'marked lang="en" dir="ltr"',
      );
      const loaded = performance.getEntriesByType
        .call(next.contentWindow!.performance, 'resource')
        .map((e) => new URL(e.name).pathname);
      // Marking a remembered choice comes with the switch's file, loaded because of the choice.
      expect(loaded).to.include('/dist/cdn/language-switch.js');
    } finally {
      next.remove();
    }
  });
});
