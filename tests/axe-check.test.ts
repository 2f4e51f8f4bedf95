import { fixture, html, expect } from '@open-wc/testing';
import { axeViolations, expectNoAxeViolations } from './helpers/axe.js';
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

  it('passes a correct component', async () => {
    const el = await fixture(html`<cp-text-field label="Your name"></cp-text-field>`);
    await expectNoAxeViolations(el);
    await expect(el).to.be.accessible();
  });
});
