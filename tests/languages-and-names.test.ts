/**
 * Issue 10, defects 7 and 9: English fallback text is marked `lang="en"`, sentences are whole
 * translatable strings, and the names Chrome computes are usable (it reads the accessibility tree).
 */
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { ConsentDefinition } from '../src/components/consent/types.js';
import type { CpCredits } from '../src/components/credits/index.js';
import type { CpErrorSummary } from '../src/components/error-summary/index.js';
import type { CpTextarea } from '../src/components/textarea/index.js';
import { registerStrings } from '../src/core/strings.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import { axNames, axNodes, langAt, textNodes } from './helpers/a11y-tree.js';
import { settled, text, waitUntil } from './helpers/dom.js';
import { deepActive, place } from './helpers/form-control-suite.js';

const study = peerResearch as ConsentDefinition;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
/** Text nodes people meet written in Latin letters: in an Arabic page with no translation, the English fallback. */
const latin = (root: Node) =>
  textNodes(root).filter((t) => /[A-Za-z]{2}/.test(t.data) && !t.parentElement!.closest('[inert]'));

describe('English fallback text carries lang="en" (defect 7)', () => {
  it('a textarea in an Arabic page marks "(optional)", the count, "Error:" and its message as English', async () => {
    const box = await place(html`<div lang="ar" dir="rtl"><form novalidate>
      <cp-error-summary></cp-error-summary>
      <cp-textarea name="a" label="ما رأيك؟" maxlength="10"></cp-textarea>
      <cp-text-field name="b" label="الاسم" required></cp-text-field>
      <cp-rating name="c" label="التقييم"></cp-rating>
    </form></div>`);
    const area = box.querySelector<CpTextarea>('cp-textarea')!;
    area.value = '123456789012';
    await settled(box);
    box.querySelector('form')!.requestSubmit();
    await waitUntil(() => box.querySelector<CpErrorSummary>('cp-error-summary')!.errors.length, 'the summary shows');
    await settled(box);
    const english = latin(box);
    expect(english.map((t) => t.data.trim())).to.include.members(['(optional)', 'Error:', 'There is a problem']);
    expect(
      english.some((t) => /characters? too many/.test(t.data)),
      'the count',
    ).to.equal(true);
    expect(
      english.some((t) => /must be .* characters or fewer/.test(t.data)),
      'the error',
    ).to.equal(true);
    expect(
      english.some((t) => /Very poor/.test(t.data)),
      'the built-in rating words',
    ).to.equal(true);
    for (const t of english) expect(langAt(t), `"${t.data.trim()}"`).to.equal('en');
    // The page's own words keep the page's language.
    const label = textNodes(area.shadowRoot!).find((t) => t.data.includes('ما رأيك'))!;
    expect(langAt(label)).to.equal('ar');
  });

  it('translated strings are not marked English, and English pages are not marked at all', async () => {
    registerStrings('cy', { optional: '(dewisol)' });
    const box = await place(html`<div>
      <div lang="cy"><cp-text-field label="Enw"></cp-text-field></div>
      <div lang="en-GB"><cp-text-field label="Name"></cp-text-field></div>
    </div>`);
    const [cy, en] = [...box.querySelectorAll('cp-text-field')];
    const optional = (el: Element) => textNodes(el.shadowRoot!).find((t) => t.data.includes('('))!;
    expect(langAt(optional(cy!))).to.equal('cy');
    expect(langAt(optional(en!))).to.equal('en-GB');
    expect(en!.shadowRoot!.querySelector('[lang]'), 'no lang attribute in an English page').to.equal(null);
  });

  it('widgets mark their English headings and buttons in an Arabic page', async () => {
    const box = await place(html`<div lang="ar" dir="rtl">
      <cp-page-feedback></cp-page-feedback>
      <cp-consent-flow .data=${study} no-draft></cp-consent-flow>
      <cp-feedback-form .data=${{ id: 'y', version: 1, title: 'عنوان', questions: [{ id: 'a', type: 'yesNo', label: 'سؤال' }] }}></cp-feedback-form>
    </div>`);
    const flow = box.querySelector<CpConsentFlow>('cp-consent-flow')!;
    await waitUntil(() => flow.textHash, 'the definition is hashed');
    await settled(box);
    const form = latin(box.querySelector('cp-feedback-form')!);
    const strings = latin(box.querySelector('cp-page-feedback')!).concat(
      latin(flow).filter((t) => /^(Step \d|About taking part|Continue|Show the Easy Read)/.test(t.data.trim())),
      form,
    );
    expect(form.map((t) => t.data.trim())).to.include.members([
      'Yes',
      'No',
      'Send my answers',
      'This question doesn’t work for me',
    ]);
    expect(strings.length).to.be.greaterThan(8);
    for (const t of strings) expect(langAt(t), `"${t.data.trim()}"`).to.equal('en');
  });

  it('"Yes" and its hidden words are one string that a translation can reorder', async () => {
    registerStrings('xq', { pageFeedbackYes: '[Useful page: ]YES' });
    const box = await place(html`<div lang="xq"><cp-page-feedback></cp-page-feedback></div>`);
    await settled(box);
    const yes = $(box.querySelector('cp-page-feedback')!, '.yes');
    expect(text(yes)).to.equal('Useful page: YES');
    expect(yes.querySelector('.vh')!.textContent).to.equal('Useful page: ');
    expect(await axNames('button')).to.include('Useful page: YES');
  });

  it('"Prefer not to say" for a question is one string with the question in it', async () => {
    registerStrings('xr', { feedbackFormDeclineFor: '{question}[ — ]Skip' });
    const box = await place(
      html`<div lang="xr"><cp-feedback-form .data=${{
        id: 'f',
        version: 1,
        title: 'T',
        questions: [{ id: 'q', type: 'longText', label: 'Your story', preferNotToSay: true }],
      }}></cp-feedback-form></div>`,
    );
    await settled(box);
    expect(await axNames('checkbox')).to.include('Your story — Skip');
  });

  it('credits join details in the page’s language, with one string for a name and its details', async () => {
    const data = {
      contributors: [
        { name: 'Amina Khan', credit: 'full', roles: ['storyteller', 'facilitator'], organisation: 'Leeds Mind' },
      ],
    };
    registerStrings('xs', { creditsNamed: '{name} – {details}' });
    const box = await place(html`<div>
      <div lang="xs"><cp-credits group-by="none" .data=${data}></cp-credits></div>
      <div lang="ar"><cp-credits group-by="none" .data=${data}></cp-credits></div>
    </div>`);
    await settled(box);
    const [xs, ar] = [...box.querySelectorAll<CpCredits>('cp-credits')];
    expect(text($(xs!, 'li'))).to.equal('Amina Khan – Storyteller, Facilitator, Leeds Mind');
    expect(xs!.acknowledgement()).to.contain('Amina Khan – Storyteller, Facilitator, Leeds Mind');
    expect(text($(ar!, 'li')), 'Arabic list punctuation, not ", "').to.contain('،');
  });
});

describe('names that are easy to use (defect 9)', () => {
  it('an optional label keeps its space: "Email address (optional)"', async () => {
    await place(html`<div lang="en">
      <cp-text-field label="Email address"></cp-text-field>
      <cp-textarea label="Your story"></cp-textarea>
      <cp-feedback-form .data=${{ id: 'c', version: 1, title: 'T', questions: [{ id: 'r', type: 'contact', label: 'Would you like a reply?' }] }}></cp-feedback-form>
    </div>`);
    const nodes = await axNodes();
    const names = nodes.map((n) => n.name);
    expect(names).to.include('Email address (optional)');
    expect(names).to.include('Your story (optional)');
    // Chrome's snapshot leaves groups out: for legends, check the space is in the text that is read.
    const form = document.querySelector('cp-feedback-form')!;
    for (const legend of form.shadowRoot!.querySelectorAll('legend'))
      expect(legend.querySelector('.optional')!.textContent, 'the space is read with "(optional)"').to.match(
        /^ \(optional\)$/,
      );
    expect(
      names.filter((n) => /\S\(optional\)/.test(n)),
      'no name runs into "(optional)"',
    ).to.deep.equal([]);
  });

  async function flow(step: string, answers = {}): Promise<CpConsentFlow> {
    const box = await place(html`<div lang="en-GB"><cp-consent-flow .data=${study} no-draft></cp-consent-flow></div>`);
    const el = box.querySelector<CpConsentFlow>('cp-consent-flow')!;
    await waitUntil(() => el.textHash, 'the definition is hashed');
    Object.assign(el, { step, answers: { agreed: [], ...answers } });
    await settled(box);
    return el;
  }

  it('each consent statement’s checkbox is named with its statement, and no two are the same', async () => {
    await flow('statements');
    const names = await axNames('checkbox');
    expect(names).to.have.length(study.statements.length);
    expect(new Set(names).size, 'every box has its own name').to.equal(names.length);
    study.statements.forEach((s, i) => {
      expect(names[i]).to.match(/^I agree/);
      expect(names[i]).to.contain(s.text);
    });
  });

  it('the Back link is named "Back", without the chevron', async () => {
    await flow('payment');
    const links = (await axNodes()).filter((n) => n.role === 'link').map((n) => n.name);
    expect(links).to.include('Back');
    expect(links.join(' ')).to.not.contain('‹');
  });

  it('"Change" on Check your answers focuses the field it changes', async () => {
    const el = await flow('check', { agreed: ['read'] });
    const changeFor = (key: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.change')].find((a) => text(a) === `Change ${key}`)!;
    const cases: [string, string][] = [
      [study.statements[1]!.text, `cp-checkbox-group[name="s:${study.statements[1]!.id}"]`],
      ['How would you like to be credited?', 'cp-radio-group[name="credit"]'],
      ['What would you need in place to take part?', 'cp-textarea[name="access"]'],
    ];
    for (const [key, field] of cases) {
      if (el.step !== 'check') Object.assign(el, { step: 'check' });
      await settled(el.shadowRoot!);
      changeFor(key).click();
      await settled(el.shadowRoot!);
      await waitUntil(() => deepActive() !== document.body, `focus moves for ${key}`);
      const host = $(el, field);
      expect(host.shadowRoot!.contains(deepActive()), `focus is in ${field}, not ${deepActive()?.className}`).to.equal(
        true,
      );
    }
  });
});
