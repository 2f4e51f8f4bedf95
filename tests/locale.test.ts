import { expect, html } from '@open-wc/testing';
import { settled, text, waitUntil } from './helpers/dom.js';
import { place } from './helpers/form-control-suite.js';
import { formatLocale } from '../src/core/locale.js';
import '../src/components/consent/consent-flow.index.js';
import '../src/components/credits/index.js';
import '../src/components/impact-panel/index.js';
import type { ConsentDefinition } from '../src/components/consent/types.js';
import type { CpCredits } from '../src/components/credits/index.js';
import peerResearch from '../stories/data/consent/peer-research.json';
import { foodProject } from '../stories/data/impact-panel/food-project.js';

// Dates, numbers and lists follow the page's language and region: `lang="en"` is British
// English ("1 February 2026"); only `en-US` gives American dates.

const BRITISH = '1 February 2026';
const AMERICAN = 'February 1, 2026';

/** A widget inside an element with this `lang`, rendered. */
async function inLang<T extends HTMLElement>(lang: string, tag: string, props: Record<string, unknown>): Promise<T> {
  const wrapper = await place(html`<div lang=${lang}></div>`);
  const el = document.createElement(tag) as T;
  Object.assign(el, props);
  wrapper.append(el);
  await settled(wrapper);
  return el;
}

describe('formatLocale (src/core/locale.ts)', () => {
  it('reads a bare "en" as British English, and leaves every other language and region as it is', () => {
    expect(formatLocale('en')).to.equal('en-GB');
    expect(formatLocale('EN')).to.equal('en-GB');
    expect(formatLocale('en-Latn')).to.equal('en-Latn-GB');
    expect(formatLocale('en-US')).to.equal('en-US');
    expect(formatLocale('en-GB')).to.equal('en-GB');
    expect(formatLocale('en-IE')).to.equal('en-IE');
    expect(formatLocale('ar')).to.equal('ar');
    expect(formatLocale('pl-PL')).to.equal('pl-PL');
    expect(formatLocale('')).to.equal('en-GB');
    expect(formatLocale('not a language')).to.equal('en-GB');
  });

  it('gives British order for a language the browser has no date words for, such as Welsh in Chromium', () => {
    expect(formatLocale('tlh')).to.equal('en-GB');
    const welsh = Intl.DateTimeFormat.supportedLocalesOf('cy').length > 0;
    expect(formatLocale('cy')).to.equal(welsh ? 'cy' : 'en-GB');
    expect(
      new Date('2026-02-01').toLocaleDateString(formatLocale('cy'), { dateStyle: 'long', timeZone: 'UTC' }),
    ).to.not.equal(AMERICAN);
  });

  it('this Chromium reads "en" as American, so the widgets must not pass it on as it is', () => {
    // The trap the helper avoids: a bare "en" (or the browser's own default) gives US dates.
    expect(new Intl.DateTimeFormat().resolvedOptions().locale).to.equal('en-US');
    expect(new Date('2026-02-01').toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(AMERICAN);
  });
});

describe('dates follow the page language and region', () => {
  const cases: [lang: string, date: string][] = [
    ['en', BRITISH],
    ['en-GB', BRITISH],
    ['en-US', AMERICAN],
  ];

  for (const [lang, date] of cases) {
    it(`<cp-impact-panel> in lang="${lang}": "Last updated ${date}"`, async () => {
      const el = await inLang<HTMLElement>(lang, 'cp-impact-panel', {
        data: { ...foodProject, updated: '2026-02-01' },
      });
      await waitUntil(() => el.shadowRoot!.querySelector('.muted'), 'no date shown');
      expect(text(el.shadowRoot!.querySelector('.muted'))).to.equal(`Last updated ${date}`);
    });

    it(`<cp-consent-flow> in lang="${lang}": the version is dated "${date}"`, async () => {
      const data = { ...(structuredClone(peerResearch) as ConsentDefinition), date: '2026-02-01' };
      const el = await inLang<HTMLElement>(lang, 'cp-consent-flow', { data });
      const version = () =>
        [...el.shadowRoot!.querySelectorAll('.hint')].find((p) => p.textContent!.includes('Version'));
      await waitUntil(version, 'no version shown');
      expect(text(version())).to.contain(`Version ${data.version}, ${date}`);
    });
  }

  it('<cp-credits> in lang="en" lists names the British way ("A, B and C"); en-US adds the serial comma', async () => {
    const data = {
      contributors: ['Amina Khan', 'Ben Okafor', 'Chen Wei'].map((name) => ({ name, credit: 'full' })),
    };
    const british = await inLang<CpCredits>('en', 'cp-credits', { data, groupBy: 'none' });
    expect(british.acknowledgement()).to.contain('Amina Khan, Ben Okafor and Chen Wei');
    const american = await inLang<CpCredits>('en-US', 'cp-credits', { data, groupBy: 'none' });
    expect(american.acknowledgement()).to.contain('Amina Khan, Ben Okafor, and Chen Wei');
  });
});
