import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { props } from '../src/core/props.js';
import '../src/components/radio-group/index.js';
import type { CpRadioGroup } from '../src/components/radio-group/index.js';

describe('props() (several property bindings written once)', () => {
  it('sets every property it is given on the element, as .name=${value} bindings do', async () => {
    const shared = { id: 'q-visit', label: 'How did you find your visit?', hint: 'Choose one', required: true };
    const el = await fixture<CpRadioGroup>(
      html`<cp-radio-group ${props(shared)} .options=${[{ value: 'good', label: 'Good' }]}></cp-radio-group>`,
    );
    expect(el.id).to.equal('q-visit');
    expect(el.label).to.equal('How did you find your visit?');
    expect(el.hint).to.equal('Choose one');
    expect(el.required).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('How did you find your visit?');
  });

  it('sets the new values on the next render', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (label: string, required: boolean) =>
      render(html`<cp-radio-group ${props({ label, required })}></cp-radio-group>`, host);
    draw('First', true);
    const el = host.querySelector('cp-radio-group') as CpRadioGroup;
    draw('Second', false);
    expect(el.label).to.equal('Second');
    expect(el.required).to.equal(false);
    host.remove();
  });

  it('throws between tags, where there is no element to set', () => {
    const host = document.createElement('div');
    expect(() => render(html`<p>${props({ title: 'x' })}</p>`, host)).to.throw(TypeError);
  });
});
