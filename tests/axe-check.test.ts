import { fixture, html, expect } from '@open-wc/testing';
import { axeViolations, expectNoAxeViolations } from './helpers/axe.js';
import { structureProblems } from './helpers/stories.js';
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
    const el = await fixture(html`<p style="background:#fff">Read <a href="#x" style="color:#1d5ea8">the full report</a></p>`);
    const ids = (await axeViolations(el)).map((v) => v.id);
    expect(ids).to.deep.equal(['color-contrast-enhanced']);
  });

  it('the check of every item of a long list finds what varies with the data', async () => {
    const el = await fixture<HTMLElement>(html`<main>
      <h3 id="a">One</h3>
      <h3 id="a"></h3>
      <button aria-describedby="gone"></button>
      <a href="#a" aria-labelledby="a">x</a>
    </main>`);
    expect(structureProblems(el)).to.deep.equal([
      '<main>: id "a" is used twice',
      '<main>: an empty <h3>',
      '<main>: aria-describedby="gone" on <button> points at nothing',
      '<main>: a <button> with no name',
    ]);
  });

  it('passes a correct component', async () => {
    const el = await fixture(html`<cp-text-field label="Your name"></cp-text-field>`);
    await expectNoAxeViolations(el);
    await expect(el).to.be.accessible();
  });
});
