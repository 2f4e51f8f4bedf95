import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { axeEveryStory } from './helpers/stories.js';
import { inner, settled, text, waitUntil } from './helpers/dom.js';
import { captureConsole } from './helpers/console.js';
import * as stories from '../stories/credits.stories.js';
import { storytellers, storytellers100 } from '../stories/data/credits/storytellers.js';
import '../src/components/credits/index.js';
import {
  CpCredits,
  creditRoles,
  creditsJsonLd,
  fromAllContributors,
  redactCredits,
  type Contributor,
  type CreditsData,
} from '../src/components/credits/index.js';
import schemaJson from '../src/contract/schemas/credits.schema.json';
import { check, type Schema } from '../src/core/schema.js';
import { registerStrings } from '../src/core/strings.js';
import { CreditsHarness } from '../src/testing/index.js';

const schema = schemaJson as unknown as Schema;

/** Renders a template and waits for every Lit element in it (see tests/data-controller.test.ts). */
async function mount<T extends Element = CpCredits>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}
const credits = (data: CreditsData, attrs: { groupBy?: string; lang?: string } = {}) =>
  mount<CpCredits>(html`<div lang=${attrs.lang ?? 'en-GB'}>
    <cp-credits .data=${data} group-by=${attrs.groupBy ?? 'role'}></cp-credits>
  </div>`).then((wrapper) => wrapper.querySelector('cp-credits')!);

/** Every piece of text and every attribute value in a subtree, through shadow roots, plus form values. */
function everything(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const a of node.attributes) out.push(a.value);
      if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) out.push(node.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.join('\n');
}

/** The credits as a person reads them (coproduce-kit/testing). */
const harness = (el: CpCredits) => new CreditsHarness(el);
const headings = (el: CpCredits) => harness(el).headings();
/** The names in each section, in order: `{ heading: [names] }` ('' for a section without a heading). */
const listed = (el: CpCredits): Record<string, string[]> => harness(el).sections();
const items = (el: CpCredits) => harness(el).items();
const countLines = (el: CpCredits) =>
  [...el.shadowRoot!.querySelectorAll('[part="section"] > p:not(.hint)')].map((p) => text(p));
const status = (el: CpCredits) => inner(el, '[role="status"]');
const jsonLd = (el: CpCredits) => el.querySelector(':scope > script[type="application/ld+json"]');

// ---- Console and clipboard stubs ----

const logs = captureConsole();
afterEach(() => {
  // Removes the test's own clipboard, so the browser's one (on Navigator.prototype) shows again.
  delete (navigator as { clipboard?: unknown }).clipboard;
});

/** Replaces navigator.clipboard: `ok` records what is written, `refuse` rejects, `none` removes it. */
function stubClipboard(mode: 'ok' | 'refuse' | 'none'): string[] {
  const writes: string[] = [];
  const value =
    mode === 'none'
      ? undefined
      : {
          writeText: (t: string) => {
            if (mode === 'refuse')
              return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
            writes.push(t);
            return Promise.resolve();
          },
        };
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return writes;
}

/** Presses "Copy acknowledgement" from the keyboard and waits for the message. */
async function pressCopy(el: CpCredits): Promise<void> {
  inner(el, 'cp-button').focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => text(status(el)) !== '', 'a message is shown after copying');
  await el.updateComplete;
}

// ---- Data ----

/** One person for each credit choice, plus a second group member and a missing credit. */
const everyMode: CreditsData = {
  contributors: [
    {
      id: 'a',
      name: 'Amina Khan',
      credit: 'full',
      roles: ['storyteller', 'peer-researcher'],
      livedExperience: true,
      url: 'https://example.org/amina',
    },
    {
      id: 'b',
      name: 'Ben Carter',
      credit: 'first-name',
      roles: ['storyteller'],
      url: 'https://example.org/ben-carter',
    },
    { id: 'c', name: 'Chloe Nowak', credit: 'initials', roles: ['storyteller'], livedExperience: false },
    {
      id: 'd',
      name: 'Dariusz Nowicki',
      credit: 'pseudonym',
      pseudonym: 'Blue Heron',
      roles: ['storyteller'],
      url: 'https://example.org/heron',
    },
    { id: 'e', name: 'Ebony Campbell', credit: 'group', group: 'Young Carers Panel', roles: ['storyteller'] },
    { id: 'f', name: 'Farhan Hussain', credit: 'group', group: 'Young Carers Panel', roles: ['storyteller'] },
    { id: 'g', name: 'Grace Murphy', credit: 'anonymous', roles: ['storyteller'], livedExperience: true },
    { id: 'h', name: 'Harpreet Kaur', roles: ['storyteller'] },
    {
      id: 'i',
      name: 'Imran Secret',
      credit: 'hidden',
      roles: ['storyteller', 'funding'],
      organisation: 'Secret Trust',
      livedExperience: true,
      url: 'https://example.org/imran',
    },
  ],
};
const HIDDEN = ['Imran', 'Secret', 'https://example.org/imran'];
const PRIVATE = [
  'Carter',
  'Nowak',
  'Dariusz',
  'Nowicki',
  'Ebony',
  'Campbell',
  'Farhan',
  'Grace',
  'Murphy',
  'Harpreet',
  'Kaur',
  'https://example.org/ben-carter',
];

// ---- Tests ----

describe('<cp-credits>: every credit choice', () => {
  it('shows each person only as they chose', async () => {
    const el = await credits(everyMode);
    expect(listed(el)).to.deep.equal({
      Storytellers: ['Amina Khan', 'Ben', 'Blue Heron', 'C. N.', 'Young Carers Panel'],
      'Peer researchers': ['Amina Khan'],
    });
    expect(items(el)).to.deep.equal([
      'Amina Khan (with lived experience)',
      'Ben',
      'Blue Heron',
      'C. N.',
      'Young Carers Panel',
      'Amina Khan (with lived experience)',
    ]);
  });

  it('links only full names and pseudonyms', async () => {
    const el = await credits(everyMode);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Amina Khan', 'https://example.org/amina'],
      ['Blue Heron', 'https://example.org/heron'],
      ['Amina Khan', 'https://example.org/amina'],
    ]);
  });

  it('never puts a name in the page that the person did not choose to show', async () => {
    const el = await credits(everyMode, { groupBy: 'none' });
    const all = everything(el);
    for (const word of [...PRIVATE, ...HIDDEN]) expect(all, word).to.not.contain(word);
  });

  it('counts anonymous people and people with no credit choice, but not hidden people', async () => {
    const el = await credits(everyMode);
    // Grace (anonymous) and Harpreet (no choice) are counted; Imran (hidden) is not.
    expect(countLines(el)).to.deep.equal(['and 2 people who chose not to be named']);
  });

  it('acknowledges lived experience only when livedExperience is true', async () => {
    const el = await credits(
      {
        contributors: [
          { name: 'Peer Researcher', credit: 'full', roles: ['expert-by-experience'] },
          { name: 'Said False', credit: 'full', livedExperience: false },
          { name: 'Said True', credit: 'full', livedExperience: true },
        ],
      },
      { groupBy: 'none' },
    );
    expect(items(el)).to.deep.equal([
      'Peer Researcher (Expert by experience)',
      'Said False',
      'Said True (with lived experience)',
    ]);
  });

  it('shows roles, organisation and dates beside a name when they are not the heading', async () => {
    const el = await credits(
      {
        contributors: [
          {
            name: 'Ruth Okonkwo',
            credit: 'full',
            roles: ['facilitator', 'coordination'],
            organisation: 'Westbrook Young Carers',
            from: '2024-09',
            to: '2025-07',
          },
          { name: 'Rehan Hussain', credit: 'first-name', roles: ['advisory-board'], from: '2024-09-14' },
          { name: 'Keira Reid', credit: 'first-name', roles: ['advisory-board'], to: '2025-03' },
        ],
      },
      { groupBy: 'none' },
    );
    expect(items(el)).to.deep.equal([
      'Keira (Advisory board member, until March 2025)',
      'Rehan (Advisory board member, since September 2024)',
      'Ruth Okonkwo (Facilitator, Coordination, Westbrook Young Carers, September 2024 – July 2025)',
    ]);
  });

  it('shows first names and initials from names with extra spaces and non-Latin letters', async () => {
    const el = await credits(
      {
        contributors: [
          { name: '  Łukasz   Zieliński ', credit: 'initials' },
          { name: 'فاطمة الزهراء', credit: 'initials' },
          { name: 'Mary-Jane  Smith', credit: 'first-name' },
        ],
      },
      { groupBy: 'none' },
    );
    expect(items(el)).to.have.members(['Ł. Z.', 'ف. ا.', 'Mary-Jane']);
  });
});

describe('<cp-credits>: hidden people appear nowhere', () => {
  const onlyHidden: Contributor = {
    id: 'x',
    name: 'Imran Secret',
    credit: 'hidden',
    roles: ['funding', 'secret-role'],
    organisation: 'Secret Trust',
    livedExperience: true,
    from: '2024-01',
    url: 'https://example.org/imran',
  };
  const data: CreditsData = { contributors: [...everyMode.contributors, onlyHidden] };

  for (const groupBy of ['role', 'organisation', 'none']) {
    it(`not in the page, the shadow DOM, headings or counts (group-by ${groupBy})`, async () => {
      const el = await credits(data, { groupBy });
      const all = everything(el.parentElement!);
      for (const word of HIDDEN) expect(all, word).to.not.contain(word);
      // A role or organisation only a hidden person had is not a heading either.
      expect(headings(el)).to.not.include('Funding');
      expect(headings(el)).to.not.include('secret-role');
      expect(harness(el).text()).to.not.contain('Secret');
      expect(countLines(el).join()).to.contain('2 people');
      // Nothing about the hidden people's roles is reported either.
      expect(logs.warn.join()).to.not.contain('secret-role');
    });
  }

  it('not in the copied text', async () => {
    const writes = stubClipboard('ok');
    const el = await credits(data);
    await pressCopy(el);
    expect(writes).to.have.length(1);
    for (const word of [...HIDDEN, ...PRIVATE]) expect(writes[0], word).to.not.contain(word);
    expect(el.acknowledgement()).to.equal(writes[0]);
  });

  it('not in the text shown when copying is not possible', async () => {
    stubClipboard('none');
    const el = await credits(data);
    await pressCopy(el);
    const all = everything(el);
    for (const word of [...HIDDEN, ...PRIVATE]) expect(all, word).to.not.contain(word);
  });

  it('not in the structured data', async () => {
    const el = await credits(data);
    el.structuredData = true;
    await el.updateComplete;
    const ld = jsonLd(el)!.textContent!;
    for (const word of [...HIDDEN, ...PRIVATE]) expect(ld, word).to.not.contain(word);
    expect(creditsJsonLd(data.contributors)).to.equal(ld);
  });

  it('not in the inline JSON, which leaves the page once read', async () => {
    const json = JSON.stringify(data);
    const wrapper = await mount<HTMLElement>(
      html`<div lang="en">${document
        .createRange()
        .createContextualFragment(`<cp-credits><script type="application/json">${json}</script></cp-credits>`)}</div>`,
    );
    const el = wrapper.querySelector('cp-credits')!;
    await settled(wrapper);
    expect(el.loader.state).to.equal('ready');
    expect(el.querySelector('script')).to.equal(null);
    expect(listed(el)['Storytellers']).to.include('Amina Khan');
    for (const word of [...HIDDEN, ...PRIVATE]) expect(everything(wrapper), word).to.not.contain(word);
    // It keeps showing after more updates and after being moved.
    el.groupBy = 'none';
    await el.updateComplete;
    wrapper.append(el);
    await el.updateComplete;
    expect(Object.values(listed(el))[0]).to.include('Blue Heron');
  });

  it('a list of only hidden people shows the empty message and nothing to copy', async () => {
    const el = await credits({ contributors: [onlyHidden] });
    expect(text(el.shadowRoot!.querySelector('p'))).to.equal('No contributors are listed yet.');
    expect(el.shadowRoot!.querySelector('cp-button')).to.equal(null);
    expect(el.acknowledgement()).to.equal('');
    expect(everything(el)).to.not.contain('Imran');
  });

  it('redactCredits gives data for publishing with only what people chose, and is stable', () => {
    const redacted = redactCredits(data);
    const json = JSON.stringify(redacted);
    for (const word of [...HIDDEN, ...PRIVATE]) expect(json, word).to.not.contain(word);
    expect(json).to.not.contain('"id"');
    expect(check(schema, redacted)).to.deep.equal([]);
    expect(redactCredits(redacted)).to.deep.equal(redacted);
    expect(redacted.contributors.map((c) => c.credit)).to.deep.equal([
      'full',
      'first-name',
      'initials',
      'pseudonym',
      'group',
      'group',
      'anonymous',
      'anonymous',
    ]);
  });
});

describe('<cp-credits>: people who chose not to be named', () => {
  const people = (named: number, anonymous: number, hidden = 0): CreditsData => ({
    contributors: [
      ...Array.from({ length: named }, (_, i) => ({ name: `Named ${i}`, credit: 'full' as const })),
      ...Array.from({ length: anonymous }, (_, i) =>
        i % 2 ? { name: `Anon ${i}`, credit: 'anonymous' as const } : {},
      ),
      ...Array.from({ length: hidden }, () => ({ name: 'Hidden', credit: 'hidden' as const })),
    ],
  });

  it('are counted, not listed: "and 37 people who chose not to be named"', async () => {
    const el = await credits(people(3, 37, 5), { groupBy: 'none' });
    expect(items(el)).to.have.length(3);
    expect(countLines(el)).to.deep.equal(['and 37 people who chose not to be named']);
    expect(everything(el)).to.not.contain('Anon');
  });

  it('one person: "and 1 person who chose not to be named"', async () => {
    const el = await credits(people(2, 1, 1), { groupBy: 'none' });
    expect(countLines(el)).to.deep.equal(['and 1 person who chose not to be named']);
  });

  it('with nobody named, the count stands alone', async () => {
    const el = await credits(people(0, 4, 2), { groupBy: 'none' });
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(countLines(el)).to.deep.equal(['4 people who chose not to be named']);
    await expectNoAxeViolations(el);
  });

  it('are counted in each group they belong to, and once in the copied text', async () => {
    const el = await credits({
      contributors: [
        { name: 'Amina Khan', credit: 'full', roles: ['storyteller'] },
        { roles: ['storyteller', 'peer-researcher'] },
        { roles: ['peer-researcher'] },
      ],
    });
    expect(countLines(el)).to.deep.equal([
      'and 1 person who chose not to be named',
      '2 people who chose not to be named',
    ]);
    expect(el.acknowledgement()).to.equal(
      'This work was co-produced with Amina Khan (Storyteller) and 2 people who chose not to be named.',
    );
  });

  it('uses the page language’s numbers and plural forms', async () => {
    registerStrings('cy', {
      creditsAnd: 'a {rest}',
      creditsAnonymous_one: '{count} person a ddewisodd beidio â chael ei enwi',
      creditsAnonymous_other: '{count} o bobl a ddewisodd beidio â chael eu henwi',
    });
    const el = await credits(people(1, 1234), { groupBy: 'none', lang: 'cy' });
    expect(countLines(el)).to.deep.equal(['a 1,234 o bobl a ddewisodd beidio â chael eu henwi']);
  });
});

describe('<cp-credits>: grouping', () => {
  const team: CreditsData = {
    contributors: [
      {
        name: 'Zainab Ali',
        credit: 'full',
        roles: ['translation', 'storyteller'],
        organisation: 'Canal Side Housing Co-operative',
      },
      { name: 'Aled Jones', credit: 'full', roles: ['storyteller'], organisation: 'Northgate University' },
      { name: 'Mo Farah-Smith', credit: 'full', roles: ['radio'] },
      { name: 'Bea Lowe', credit: 'full', roles: ['not-defined'] },
      { name: 'Cai Pryce', credit: 'full' },
      { name: 'Dee Anon', credit: 'anonymous', organisation: 'Northgate University', roles: ['storyteller'] },
    ],
    roles: {
      radio: {
        label: 'Radio presenter',
        plural: 'Radio presenters',
        description: 'Made programmes about the project.',
      },
    },
  };

  it('by role (default): built-in roles in vocabulary order, custom roles next, then the rest', async () => {
    const el = await credits(team);
    expect(el.groupBy).to.equal('role');
    expect(listed(el)).to.deep.equal({
      Storytellers: ['Aled Jones', 'Zainab Ali'],
      Translation: ['Zainab Ali'],
      'Radio presenters': ['Mo Farah-Smith'],
      'not-defined': ['Bea Lowe'],
      'Other contributors': ['Cai Pryce'],
    });
    const hints = [...el.shadowRoot!.querySelectorAll('.hint')].map((h) => text(h));
    expect(hints).to.deep.equal([
      creditRoles.storyteller!.description,
      creditRoles.translation!.description,
      'Made programmes about the project.',
    ]);
    // Group headings are one level below the title.
    const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['2', '3', '3', '3', '3', '3']);
    // People's details leave out the role the heading already gives.
    expect(items(el)[0]).to.equal('Aled Jones (Northgate University)');
  });

  it('reports a role that is neither built in nor defined, and shows it as written', async () => {
    await credits(team);
    expect(logs.warn).to.have.length(1);
    expect(logs.warn[0]).to.contain('<cp-credits>');
    expect(logs.warn[0]).to.contain('"not-defined" is not a built-in role or in roles');
    expect(logs.warn[0]).to.not.contain('Bea');
  });

  it('by organisation: sorted by name, people with none last', async () => {
    const el = await credits(team, { groupBy: 'organisation' });
    expect(listed(el)).to.deep.equal({
      'Canal Side Housing Co-operative': ['Zainab Ali'],
      'Northgate University': ['Aled Jones'],
      'Other contributors': ['Bea Lowe', 'Cai Pryce', 'Mo Farah-Smith'],
    });
    expect(countLines(el)).to.deep.equal(['and 1 person who chose not to be named']);
    expect(items(el)[0]).to.equal('Zainab Ali (Translation, Storyteller)');
  });

  it('none: one list with no group headings', async () => {
    const el = await credits(team, { groupBy: 'none' });
    expect(headings(el)).to.deep.equal([]);
    expect(Object.values(listed(el))).to.deep.equal([
      ['Aled Jones', 'Bea Lowe', 'Cai Pryce', 'Mo Farah-Smith', 'Zainab Ali'],
    ]);
    expect(items(el)).to.include('Mo Farah-Smith (Radio presenter)');
  });

  it('follows a change of group-by', async () => {
    const el = await credits(team);
    el.setAttribute('group-by', 'organisation');
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Canal Side Housing Co-operative');
  });

  it('no "Other contributors" heading when everyone is in it', async () => {
    const el = await credits({ contributors: [{ name: 'Cai Pryce', credit: 'full' }] }, { groupBy: 'organisation' });
    expect(headings(el)).to.deep.equal([]);
    expect(items(el)).to.deep.equal(['Cai Pryce']);
  });

  it('a named group appears once in each of its sections', async () => {
    const el = await credits({
      contributors: [
        { credit: 'group', group: 'Recovery Voices', roles: ['storyteller', 'sense-making'] },
        { credit: 'group', group: 'Recovery Voices', roles: ['storyteller'] },
        { credit: 'group', group: 'Recovery Voices', roles: ['storyteller'], organisation: 'Ignored for groups' },
      ],
    });
    expect(listed(el)).to.deep.equal({
      Storytellers: ['Recovery Voices'],
      'Analysis and sense-making': ['Recovery Voices'],
    });
    expect(items(el)).to.deep.equal(['Recovery Voices', 'Recovery Voices']);
  });

  it('built-in role words can be reworded or translated in the data', async () => {
    const el = await credits({
      contributors: [{ name: 'Nia', credit: 'full', roles: ['storyteller'] }],
      roles: { storyteller: { label: 'Adroddwr straeon', plural: 'Adroddwyr straeon' } },
    });
    expect(headings(el)).to.deep.equal(['Adroddwyr straeon']);
    expect(el.shadowRoot!.querySelector('.hint')).to.equal(null);
  });

  it('a bad role definition is reported and the built-in words are used', async () => {
    const el = await credits({
      contributors: [{ name: 'Nia', credit: 'full', roles: ['storyteller', 'poet'] }],
      roles: { storyteller: { plural: 'No label' } as never, poet: { label: 'Poet', colour: 'red' } as never },
    });
    expect(headings(el)).to.deep.equal(['Storytellers', 'poet']);
    expect(logs.warn.join('\n')).to.contain('roles.storyteller.label: is required');
    expect(logs.warn.join('\n')).to.contain('roles.poet.colour: is not a known field');
  });
});

describe('<cp-credits>: layout', () => {
  it('keeps rows of names apart, so a name on two lines reads as one entry, and fits 320px', async () => {
    const long = (n: number) => ({
      name: `Person ${n}`,
      credit: 'full' as const,
      organisation: 'Northgate Recovery Network and Friends',
      livedExperience: true,
    });
    for (const width of [320, 1000]) {
      const wrapper = await mount<HTMLElement>(
        html`<div style="width: ${width}px"><cp-credits group-by="none" .data=${{ contributors: [1, 2, 3, 4, 5, 6].map(long) }}></cp-credits></div>`,
      );
      const el = wrapper.querySelector('cp-credits')!;
      const rows = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
      expect(rows[0]!.height, 'the names wrap').to.be.greaterThan(30);
      const below = rows.find((r) => r.top > rows[0]!.bottom)!;
      expect(below.top - rows[0]!.bottom, `space between rows at ${width}px`).to.be.at.least(8);
      expect(el.scrollWidth).to.be.at.most(width);
    }
  });
});

describe('<cp-credits>: sorting for the page language', () => {
  const names = ['Zoë Brown', 'Ängel Berg', 'Ada Lund', 'Émile Roux', 'Øystein Dahl', 'Zara Ahmed', 'ada small'];
  const data: CreditsData = { contributors: names.map((name) => ({ name, credit: 'full' })) };

  it('English sorts accented letters with their base letter', async () => {
    const el = await credits(data, { groupBy: 'none', lang: 'en' });
    expect(items(el)).to.deep.equal([
      'Ada Lund',
      'ada small',
      'Ängel Berg',
      'Émile Roux',
      'Øystein Dahl',
      'Zara Ahmed',
      'Zoë Brown',
    ]);
  });

  it('Swedish sorts Ä and Ø after Z', async () => {
    const el = await credits(data, { groupBy: 'none', lang: 'sv' });
    expect(items(el)).to.deep.equal([
      'Ada Lund',
      'ada small',
      'Émile Roux',
      'Zara Ahmed',
      'Zoë Brown',
      'Ängel Berg',
      'Øystein Dahl',
    ]);
    expect(items(el)).to.deep.equal([...names].sort(new Intl.Collator('sv').compare));
  });

  it('re-sorts when the page language changes', async () => {
    const el = await credits(data, { groupBy: 'none', lang: 'en' });
    el.parentElement!.setAttribute('lang', 'sv');
    await waitUntil(() => items(el).at(-1) === 'Øystein Dahl', 'the order follows the new lang');
  });

  it('sorts organisation headings for the language too', async () => {
    const el = await credits(
      {
        contributors: [
          { name: 'A', credit: 'full', organisation: 'Östra Forum' },
          { name: 'B', credit: 'full', organisation: 'Zebra Trust' },
        ],
      },
      { groupBy: 'organisation', lang: 'sv' },
    );
    expect(headings(el)).to.deep.equal(['Zebra Trust', 'Östra Forum']);
  });
});

describe('<cp-credits>: copy acknowledgement', () => {
  const EXPECTED =
    'This work was co-produced with Amina Khan (Storyteller, Peer researcher, with lived experience), Ben (Storyteller), ' +
    'Blue Heron (Storyteller), C. N. (Storyteller), Young Carers Panel and 2 people who chose not to be named.';

  it('copies a plain sentence honouring every credit choice, and says so in a live region', async () => {
    const writes = stubClipboard('ok');
    const el = await credits(everyMode);
    const region = status(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(text(region)).to.equal('');
    const events: CustomEvent[] = [];
    el.addEventListener('cp-credits-copy', (e) => events.push(e));

    expect(text(inner(el, 'cp-button'))).to.equal('Copy acknowledgement');
    await pressCopy(el);
    expect(writes).to.deep.equal([EXPECTED]);
    // The same live region, present before the copy, now holds the message.
    expect(status(el)).to.equal(region);
    expect(text(region)).to.equal('Acknowledgement copied. You can now paste it.');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    expect(events.map((e) => e.detail)).to.deep.equal([{ text: EXPECTED, copied: true }]);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    await expectNoAxeViolations(el);
  });

  it('a second copy empties the message first, so it is announced again', async () => {
    stubClipboard('ok');
    const el = await credits(everyMode);
    await pressCopy(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(text(status(el))));
    observer.observe(status(el), { childList: true, subtree: true, characterData: true });
    expect(await el.copy()).to.equal(true);
    await el.updateComplete;
    observer.disconnect();
    expect(seen[0]).to.equal('');
    expect(seen.at(-1)).to.equal('Acknowledgement copied. You can now paste it.');
  });

  for (const mode of ['none', 'refuse'] as const) {
    it(`with no clipboard (${mode === 'none' ? 'not available' : 'permission refused'}), shows the text selected in a box to copy by hand`, async () => {
      stubClipboard(mode);
      const el = await credits(everyMode);
      const events: CustomEvent[] = [];
      el.addEventListener('cp-credits-copy', (e) => events.push(e));
      await pressCopy(el);
      expect(text(status(el))).to.equal('Your browser did not let us copy it. Select the text below and copy it.');
      const box = inner<HTMLTextAreaElement>(el, 'textarea');
      expect(box.value).to.equal(EXPECTED);
      expect(box.readOnly).to.equal(true);
      expect(box.labels![0]!.textContent).to.equal('Acknowledgement');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, EXPECTED.length]);
      expect(events.map((e) => e.detail)).to.deep.equal([{ text: EXPECTED, copied: false }]);
      await expectNoAxeViolations(el);
    });
  }

  it('with a named list only, and with only anonymous people', async () => {
    const named = await credits({
      contributors: [
        { name: 'Amina Khan', credit: 'full' },
        { name: 'Ben Carter', credit: 'first-name' },
      ],
    });
    expect(named.acknowledgement()).to.equal('This work was co-produced with Amina Khan and Ben.');
    const anonymous = await credits({ contributors: [{}, { credit: 'anonymous' }, { credit: 'hidden' }] });
    expect(anonymous.acknowledgement()).to.equal('This work was co-produced with 2 people who chose not to be named.');
  });

  it('takes its words from the strings property', async () => {
    const writes = stubClipboard('ok');
    const el = await credits({ contributors: [{ name: 'Amina Khan', credit: 'full' }, {}] });
    el.strings = {
      creditsCopy: 'Copy thanks',
      creditsCopyText: 'With thanks to {list}.',
      creditsAnonymous_one: '{count} more',
      creditsCopied: 'Done.',
    };
    await el.updateComplete;
    expect(text(inner(el, 'cp-button'))).to.equal('Copy thanks');
    await pressCopy(el);
    expect(writes).to.deep.equal(['With thanks to Amina Khan and 1 more.']);
    expect(text(status(el))).to.equal('Done.');
  });
});

describe('<cp-credits>: structured data (schema.org JSON-LD)', () => {
  it('is off unless asked for', async () => {
    const el = await credits(everyMode);
    expect(jsonLd(el)).to.equal(null);
  });

  it('names only the people shown by a personal name, with links only where the page shows them', async () => {
    const el = await mount<CpCredits>(html`<cp-credits structured-data .data=${everyMode}></cp-credits>`);
    const script = jsonLd(el)!;
    expect(script.parentNode, 'in the page, where search engines read it').to.equal(el);
    expect(JSON.parse(script.textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      contributor: [
        { '@type': 'Person', name: 'Amina Khan', url: 'https://example.org/amina' },
        { '@type': 'Person', name: 'Ben' },
        { '@type': 'Person', name: 'C. N.' },
        { '@type': 'Person', name: 'Blue Heron', url: 'https://example.org/heron' },
      ],
    });
    el.structuredData = false;
    await el.updateComplete;
    expect(jsonLd(el)).to.equal(null);
  });

  it('is left out when nobody is named, and cannot end its script element', async () => {
    const el = await mount<CpCredits>(
      html`<cp-credits structured-data .data=${{ contributors: [{}, { credit: 'group', group: 'Panel' }] }}></cp-credits>`,
    );
    expect(jsonLd(el)).to.equal(null);
    el.data = { contributors: [{ name: 'Evil </script><b>x', credit: 'full' }] };
    await el.updateComplete;
    expect(jsonLd(el)!.textContent).to.not.contain('</script>');
    expect(JSON.parse(jsonLd(el)!.textContent!).contributor[0].name).to.equal('Evil </script><b>x');
  });
});

describe('<cp-credits>: All Contributors import', () => {
  const rc = {
    projectName: 'community-map',
    projectOwner: 'northgate',
    contributorsPerLine: 7,
    contributors: [
      {
        login: 'amina-k',
        name: 'Amina Khan',
        avatar_url: 'https://avatars.example/1',
        profile: 'https://example.org/amina',
        contributions: ['doc', 'translation', 'a11y', 'doc'],
      },
      {
        login: 'benc',
        name: '',
        avatar_url: 'https://avatars.example/2',
        profile: 'javascript:alert(1)',
        contributions: ['code', 'userTesting', { type: 'review', url: 'https://example.org/pr/1' }],
      },
      {
        login: 'chloe',
        name: 'Chloe Nowak',
        profile: 'https://example.org/chloe',
        contributions: ['eventOrganizing', 'fundingFinding', 'financial', 'somethingNew'],
      },
      { login: '', name: '', contributions: ['code'] },
    ],
  };

  const unknownNote = (type: string) =>
    `coproduce-kit: fromAllContributors: unknown All Contributors type "${type}", shown as "Other contributions"`;

  it('maps contribution types to built-in or custom roles, and unknown types to "Other contributions"', () => {
    expect(fromAllContributors(rc)).to.deep.equal({
      contributors: [
        {
          id: 'amina-k',
          name: 'Amina Khan',
          credit: 'full',
          roles: ['writing', 'translation', 'accessibility-review'],
          url: 'https://example.org/amina',
        },
        { id: 'benc', name: 'benc', credit: 'full', roles: ['code', 'user-testing', 'review'] },
        {
          id: 'chloe',
          name: 'Chloe Nowak',
          credit: 'full',
          roles: ['event-organising', 'funding', 'other'],
          url: 'https://example.org/chloe',
        },
      ],
      roles: {
        code: { label: 'Code', allContributors: 'code' },
        'user-testing': { label: 'User testing', allContributors: 'userTesting' },
        review: { label: 'Reviewing changes', allContributors: 'review' },
        other: { label: 'Other contributions' },
      },
    });
    // The page author is told which type.
    expect(logs).to.deep.equal({ error: [], warn: [unknownNote('somethingNew')] });
  });

  it('maps design to the co-design role, not illustration', () => {
    const data = fromAllContributors({
      contributors: [{ login: 'dee', name: 'Dee Okafor', contributions: ['design'] }],
    });
    expect(data).to.deep.equal({
      contributors: [{ id: 'dee', name: 'Dee Okafor', credit: 'full', roles: ['co-design'] }],
    });
    expect(creditRoles['co-design']!.allContributors).to.equal('design');
  });

  it('puts every unknown type under one "Other contributions" heading, last, and names each once in a warning', async () => {
    const data = fromAllContributors({
      contributors: [
        { login: 'ed', contributions: ['unknownType', 'code', 'toString'] },
        { login: 'fay', contributions: ['constructor', 'unknownType'] },
      ],
    });
    expect(data.contributors.map((c) => c.roles)).to.deep.equal([['other', 'code'], ['other']]);
    expect(Object.keys(data.roles!)).to.deep.equal(['code', 'other']);
    expect(logs.warn).to.deep.equal(['unknownType', 'toString', 'constructor'].map(unknownNote));
    logs.warn = [];
    const el = await credits(data);
    expect(headings(el)).to.deep.equal(['Code', 'Other contributions']);
    expect(harness(el).text()).not.to.match(/unknownType|unknown-type/);
    expect(logs).to.deep.equal({ error: [], warn: [] });
  });

  it('warns about nothing when every type is known', () => {
    fromAllContributors({ contributors: [{ login: 'gil', contributions: ['code', 'design', 'a11y'] }] });
    expect(logs).to.deep.equal({ error: [], warn: [] });
  });

  it('takes a title and a credit choice for everyone', () => {
    const data = fromAllContributors(rc, { title: 'Built with', credit: 'first-name' });
    expect(data.title).to.equal('Built with');
    expect(data.contributors.map((c) => c.credit)).to.deep.equal(['first-name', 'first-name', 'first-name']);
    expect(fromAllContributors({})).to.deep.equal({ contributors: [] });
  });

  it('gives data that meets the schema and renders with no warnings from the widget', async () => {
    const data = fromAllContributors(rc);
    expect(logs.warn).to.deep.equal([unknownNote('somethingNew')]);
    logs.warn = [];
    expect(check(schema, data)).to.deep.equal([]);
    const el = await credits(data);
    expect(headings(el)).to.deep.equal([
      'Writing',
      'Translation',
      'Accessibility review',
      'Event organising',
      'Funding',
      'Code',
      'User testing',
      'Reviewing changes',
      'Other contributions',
    ]);
    expect(logs).to.deep.equal({ error: [], warn: [] });
  });

  it('every built-in role maps back from its All Contributors type, or to a closer role', () => {
    for (const [id, role] of Object.entries(creditRoles)) {
      const back = fromAllContributors({ contributors: [{ login: 'x', contributions: [role.allContributors!] }] });
      expect(back.contributors[0]!.roles, id).to.have.length(1);
    }
  });
});

describe('<cp-credits>: the role vocabulary', () => {
  const CREDIT = [
    'Conceptualization',
    'Data curation',
    'Formal analysis',
    'Funding acquisition',
    'Investigation',
    'Methodology',
    'Project administration',
    'Resources',
    'Software',
    'Supervision',
    'Validation',
    'Visualization',
    'Writing – original draft',
    'Writing – review & editing',
  ];

  it('has the 16 roles of the issue, each with words, a short plain description and both mappings', () => {
    expect(Object.keys(creditRoles)).to.deep.equal([
      'storyteller',
      'peer-researcher',
      'advisory-board',
      'expert-by-experience',
      'facilitator',
      'community-organiser',
      'co-design',
      'sense-making',
      'writing',
      'translation',
      'accessibility-review',
      'illustration',
      'photography-film',
      'event-organising',
      'funding',
      'coordination',
    ]);
    for (const [id, role] of Object.entries(creditRoles)) {
      expect(role.label, id).to.match(/^[A-Z][a-z -]+$/);
      expect(role.description!.length, `${id} description is short`).to.be.within(10, 60);
      expect(role.description, id).to.match(/\.$/);
      expect(CREDIT, `${id} CRediT role`).to.include(role.credit);
      // Its All Contributors type is checked against the one list of them in tests/node/guides.test.mjs.
      expect(check((schemaJson as unknown as { $defs: { role: Schema } }).$defs.role, role), id).to.deep.equal([]);
    }
  });

  it('is exported from the package root with the converter', async () => {
    const kit = await import('../src/index.js');
    expect(kit.creditRoles).to.equal(creditRoles);
    expect(kit.fromAllContributors).to.equal(fromAllContributors);
    expect(kit.redactCredits).to.equal(redactCredits);
    expect(customElements.get('cp-credits')).to.equal(CpCredits);
  });
});

describe('<cp-credits>: data sources and invalid data', () => {
  it('loads from src', async () => {
    const el = await mount<CpCredits>(html`<cp-credits src="/tests/fixtures/credits.json.txt"></cp-credits>`);
    await waitUntil(() => el.loader.state === 'ready', 'the credits load');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal({ Storytellers: ['Ben'], 'Peer researchers': ['Amina Khan'] });
    expect(countLines(el)).to.deep.equal(['and 1 person who chose not to be named']);
    expect(everything(el)).to.not.contain('Hidden');
  });

  it('says it is loading, then, when src cannot be loaded, says so with "Try again", which loads it again', async () => {
    const realFetch = window.fetch;
    const calls: ((r: Response) => void)[] = [];
    window.fetch = (() => new Promise<Response>((respond) => calls.push(respond))) as typeof fetch;
    try {
      const el = await mount<CpCredits>(html`<cp-credits src="/credits.json"></cp-credits>`);
      expect(text(inner(el, '.state'))).to.equal('Loading…');
      expect(inner(el, '.state').getAttribute('role')).to.equal('status');
      await expectNoAxeViolations(el);
      calls[0]!(new Response('Not found', { status: 404 }));
      await waitUntil(() => el.loader.state === 'failed', 'the load fails');
      await el.updateComplete;
      expect(inner(el, '.state').getAttribute('role')).to.equal('alert');
      expect(text(inner(el, '.state p'))).to.equal(
        'Sorry, this could not be loaded. Check your connection and try again.',
      );
      expect(logs.error[0]).to.contain('HTTP 404');
      await expectNoAxeViolations(el);
      inner(el, 'button.retry').focus();
      await sendKeys({ press: 'Enter' });
      expect(calls).to.have.length(2);
      calls[1]!(new Response(JSON.stringify(everyMode)));
      await waitUntil(() => el.loader.state === 'ready', 'the credits load');
      await el.updateComplete;
      expect(listed(el)['Storytellers']).to.include('Amina Khan');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('leaves out contributors with problems, names them by place (never by name), and shows the rest', async () => {
    const el = await credits(
      {
        title: 'Co-produced with',
        contributors: [
          { name: 'Amina Khan', credit: 'full', roles: ['storyteller'] },
          { name: 'Typo Person', credit: 'hiden' as never, roles: ['storyteller'] },
          { credit: 'full', roles: ['storyteller'] },
          { name: 'Bad Date', credit: 'full', from: '2025-13' },
          { name: 'Extra Field', credit: 'full', email: 'x@example.org' } as never,
          { credit: 'pseudonym', name: 'No Pseudonym' },
          { credit: 'group' },
          { name: 'Bad Link', credit: 'full', url: 'javascript:alert(1)' },
          {},
        ],
      },
      { groupBy: 'none' },
    );
    expect(el.loader.state).to.equal('ready');
    expect(items(el)).to.deep.equal(['Amina Khan (Storyteller)']);
    // Left-out entries are not counted either: "hiden" may have meant hidden.
    expect(countLines(el)).to.deep.equal(['and 1 person who chose not to be named']);
    expect(logs.warn).to.have.length(1);
    const warning = logs.warn[0]!;
    for (const line of [
      'contributors[1].credit: must be one of',
      'contributors[2].name: is required',
      'contributors[3].from: must match',
      'contributors[4].email: is not a known field',
      'contributors[5].pseudonym: is required',
      'contributors[6].group: is required',
      'contributors[7].url: must match',
    ])
      expect(warning).to.contain(line);
    for (const name of ['Typo', 'Bad Date', 'Extra', 'No Pseudonym', 'Bad Link']) expect(warning).to.not.contain(name);
    for (const name of ['Typo', 'Bad Date', 'Extra', 'No Pseudonym', 'Bad Link'])
      expect(everything(el)).to.not.contain(name);
  });

  it('data that cannot be used at all shows the invalid message', async () => {
    const el = await credits({ contributors: 'everyone' } as never);
    expect(el.loader.state).to.equal('invalid');
    expect(text(inner(el, '.state'))).to.equal('Sorry, this cannot be shown because its content has a problem.');
    expect(logs.error[0]).to.contain('contributors: must be array');
    await expectNoAxeViolations(el);
  });

  it('an empty list says nobody is listed yet', async () => {
    const el = await credits({ contributors: [] });
    expect(text(inner(el, '.title'))).to.equal('Co-produced with');
    expect(text(el.shadowRoot!.querySelector('p'))).to.equal('No contributors are listed yet.');
    await expectNoAxeViolations(el);
  });

  it('uses heading-level for the title and the level below for groups', async () => {
    const el = await mount<CpCredits>(html`<cp-credits heading-level="3" .data=${everyMode}></cp-credits>`);
    const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['3', '4', '4']);
  });
});

describe('<cp-credits>: story data', () => {
  it('the 100 storytellers are the same every time, with every credit choice', () => {
    expect(storytellers()).to.deep.equal(storytellers100);
    expect(storytellers100.contributors).to.have.length(100);
    const choices = new Set(storytellers100.contributors.map((c) => c.credit));
    for (const c of ['full', 'first-name', 'initials', 'pseudonym', 'group', 'anonymous', 'hidden', undefined])
      expect(choices.has(c as never), String(c)).to.equal(true);
    expect(check(schema, storytellers100)).to.deep.equal([]);
  });

  it('the storytellers story counts everyone but the hidden', async () => {
    const el = await credits(storytellers100, { groupBy: 'none' });
    const c = storytellers100.contributors;
    const anonymous = c.filter((p) => !p.credit || p.credit === 'anonymous').length;
    const groups = new Set(c.filter((p) => p.credit === 'group').map((p) => p.group)).size;
    const named = c.filter((p) => ['full', 'first-name', 'initials', 'pseudonym'].includes(p.credit!)).length;
    expect(items(el)).to.have.length(named + groups);
    expect(countLines(el)).to.deep.equal([`and ${anonymous} people who chose not to be named`]);
  });
});

axeEveryStory('credits.stories.ts', stories);
