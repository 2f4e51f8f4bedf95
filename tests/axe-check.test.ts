import { fixture, html, expect } from '@open-wc/testing';
import { axeViolations, expectNoAxeViolations } from './helpers/axe.js';
import { BIG_STORY, checkStory, renderStory, structureProblems, type StoryLike } from './helpers/stories.js';
import * as impact from '../stories/impact-panel.stories.js';
import '../src/index.js';

// Proves the axe check used on every component and story can fail.
describe('the axe check', () => {
  it('fails on a deliberately broken fixture', async () => {
    const el = await fixture(html`<div>
      <input type="text" />
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <p style="color:#999;background:#aaa">Faint text</p>
      <button></button>
    </div>`);
    const ids = (await axeViolations(el)).map((v) => v.id).sort();
    expect(ids).to.include.members(['button-name', 'color-contrast', 'image-alt', 'label']);
    let failed = false;
    try {
      await expectNoAxeViolations(el);
    } catch {
      failed = true;
    }
    expect(failed, 'expectNoAxeViolations throws').to.equal(true);
  });

  it('finds problems inside a component shadow root', async () => {
    // A page style that makes the label too faint: axe must see it inside the shadow root.
    const el = await fixture(html`<cp-text-field label="Your name" style="--cp-color-text: #c4c4c4"></cp-text-field>`);
    const violations = await axeViolations(el);
    expect(violations.map((v) => v.id)).to.include('color-contrast');
    expect(JSON.stringify(violations[0]!.nodes[0]!.target)).to.contain('label');
  });

  it('holds text to AAA (7:1): a 6.52:1 link fails', async () => {
    const el = await fixture(
      html`<p style="background:#fff">Read <a href="#x" style="color:#1d5ea8">the full report</a></p>`,
    );
    const ids = (await axeViolations(el)).map((v) => v.id);
    expect(ids).to.deep.equal(['color-contrast-enhanced']);
  });

  it('the check of every item of a long list finds what varies with the data', async () => {
    const el = await fixture<HTMLElement>(html`<main>
      <h3 id="a">One</h3>
      <h3 id="a"></h3>
      <button aria-describedby="gone"></button>
      <a href="#a" aria-labelledby="a">x</a>
      <h5>Too deep</h5>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" />
      <div><li>Loose</li></div>
      <p aria-hidden="true"><a href="#a">Hidden link</a></p>
    </main>`);
    expect(structureProblems(el)).to.deep.equal([
      '<main>: id "a" is used twice',
      '<main>: an empty <h3#a>',
      '<main>: aria-describedby="gone" on <button> points at nothing',
      '<main>: a <button> with no name',
      '<main>: <h5> is level 5 after level 3',
      '<main>: an image with no text alternative, <img>',
      '<main>: an <li> outside a list',
      '<main>: <p> is hidden from screen readers but holds something focusable',
    ]);
  });

  it('passes a correct component', async () => {
    const el = await fixture(html`<cp-text-field label="Your name"></cp-text-field>`);
    await expectNoAxeViolations(el);
    await expect(el).to.be.accessible();
  });
});

// The story check (`checkStory`) judges a big story as a slice with axe plus a structural check
// of every item: each part must catch what it is there for.
describe('the check of a big story (the 1,000-item impact panel)', () => {
  const items = (main: HTMLElement) => [
    ...main.querySelector('cp-impact-panel')!.shadowRoot!.querySelectorAll('li.item'),
  ];
  const render = () => renderStory(impact.default as StoryLike, impact.ThousandItems as StoryLike, 'light');
  // Empties an item's heading but keeps its elements, so the item keeps its shape.
  const emptyHeading = (item: Element) => {
    const heading = item.querySelector('[role=heading]')!;
    const words = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    while (words.nextNode()) (words.currentNode as Text).data = '';
    return heading.id;
  };

  it('is big, and axe judges a slice of it', async function () {
    this.timeout(60_000);
    const { violations, problems, slice } = await checkStory(await render());
    expect(violations).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    expect(slice!.items).to.equal(1000);
    expect(slice!.judged).to.be.within(12, 100);
  });

  it('catches a fault in the 500th item, outside the slice, with the structural check', async function () {
    this.timeout(60_000);
    const main = await render();
    const id = emptyHeading(items(main)[499]!);
    const { violations, problems } = await checkStory(main);
    expect(problems).to.deep.equal([`<cp-impact-panel>: an empty <div#${id}>`]);
    expect(violations, 'axe did not see the 500th item').to.deep.equal([]);
  });

  it('catches the same fault with axe when it is in the slice (the 5th item)', async function () {
    this.timeout(60_000);
    const main = await render();
    emptyHeading(items(main)[4]!);
    const { violations } = await checkStory(main);
    expect(violations.map((v) => v.id)).to.include('empty-heading');
  });

  it('catches a fault in the widget around the list (its search box) with axe', async function () {
    this.timeout(60_000);
    const main = await render();
    const panel = main.querySelector('cp-impact-panel')!;
    panel.shadowRoot!.querySelector('label[for="search"]')!.setAttribute('style', 'color: #bbb');
    const { violations, problems } = await checkStory(main);
    expect(violations.map((v) => v.id)).to.include('color-contrast');
    expect(problems, 'the structural check does not judge colours').to.deep.equal([]);
  });
});

describe('the check of a small story', () => {
  it('is axe on everything: a fault in the 56th of 60 same-shaped items is caught', async () => {
    const main = await fixture<HTMLElement>(
      html`<main><ul>${Array.from(
        { length: 60 },
        (_, i) => html`<li style=${i === 55 ? 'color: #bbb' : ''}>Item ${i + 1}</li>`,
      )}</ul></main>`,
    );
    expect(main.querySelectorAll('*').length).to.be.below(BIG_STORY);
    const { violations, slice } = await checkStory(main);
    expect(slice).to.equal(undefined);
    expect(violations.map((v) => v.id)).to.include('color-contrast');
    expect(violations.find((v) => v.id === 'color-contrast')!.nodes[0]!.html).to.contain('color: #bbb');
  });
});
