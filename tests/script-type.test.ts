import { expect, html } from '@open-wc/testing';
import { settled } from './helpers/dom.js';
import { place } from './helpers/form-control-suite.js';
import { ensureLocale, localeType } from '../src/core/strings.js';
import '../src/locales/on-demand.js';
import '../src/components/button/index.js';
import type from '../src/locales/type/scripts.json';

// Type for scripts other than Latin comes with each language's file (src/locales/type/scripts.json),
// not with every page: the rule joins every component's styles when the language loads.

/** A button inside an element with this `lang`, and italic, letter-spaced page styles around it. */
async function buttonIn(lang: string): Promise<CSSStyleDeclaration> {
  const wrapper = await place(
    html`<div lang=${lang} style="font-style: italic; letter-spacing: 3px"><cp-button>Send</cp-button></div>`,
  );
  await ensureLocale(lang);
  const button = wrapper.querySelector('cp-button')!;
  await settled(wrapper);
  return getComputedStyle(button);
}

describe('type for scripts other than Latin', () => {
  it('carries no rule until such a language loads', () => {
    // Runs first (this file has its own page): English and Welsh add nothing.
    expect(localeType.styleSheet!.cssRules.length).to.equal(0);
  });

  it('leaves a Latin-script page as it was', async () => {
    const style = await buttonIn('cy');
    expect(localeType.styleSheet!.cssRules.length).to.equal(0);
    expect(style.fontStyle).to.equal('italic');
    expect(style.getPropertyValue('--cp-font-line-height-body').trim()).to.not.equal('1.8');
  });

  it('gives Bengali taller lines and no inherited italics or letter-spacing once it loads', async () => {
    const style = await buttonIn('bn');
    expect(style.getPropertyValue('--cp-font-line-height-body').trim()).to.equal('1.8');
    expect(style.fontStyle).to.equal('normal');
    expect(style.letterSpacing).to.equal('normal');
  });

  it('gives Urdu a Nastaliq font and room for its tall letters', async () => {
    const style = await buttonIn('ur');
    expect(style.fontFamily).to.contain('Noto Nastaliq Urdu');
    expect(style.getPropertyValue('--cp-font-line-height-body').trim()).to.equal('2.2');
    expect(style.getPropertyValue('--cp-font-line-height-heading').trim()).to.equal('1.9');
  });

  it('has a rule for each script that needs one, and each names its own language', () => {
    const rules = Object.entries(type).filter(([code]) => !code.startsWith('$'));
    expect(rules.map(([code]) => code).sort()).to.deep.equal(['ar', 'bn', 'gu', 'pa', 'ur']);
    for (const [code, rule] of rules) {
      expect(rule, code).to.match(new RegExp(`^:host\\(:lang\\(${code}\\)\\)\\{`));
      expect(rule, code).to.contain('font-style:normal;letter-spacing:normal');
    }
  });
});
