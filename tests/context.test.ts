import { expect, fixtureSync, html } from '@open-wc/testing';
import { settled } from './helpers/dom.js';
import { CpProvider } from '../src/components/provider/index.js';
import { CpElement } from '../src/core/base-element.js';
import { ContextEvent, kitContext, type KitConfig } from '../src/core/context.js';

/** A test-only component: what its EnvironmentController received from the nearest provider. */
class ContextProbe extends CpElement {}
customElements.define('context-probe', ContextProbe);

const probe = (root: Element, id = '') => root.querySelector<ContextProbe>(`context-probe${id}`)!;

/** Asks for `key` from `from` as any protocol consumer would, recording every value it is given. */
function ask(from: Element, key: unknown = kitContext, subscribe = true) {
  const values: KitConfig[] = [];
  from.dispatchEvent(new ContextEvent<KitConfig>(key, (v) => values.push(v), subscribe));
  return values;
}

/** Counts the `context-request` events that reach `el`. */
function countRequests(el: Element) {
  const seen = { count: 0 };
  el.addEventListener('context-request', () => seen.count++);
  return seen;
}

async function mount(template: ReturnType<typeof html>) {
  const el = fixtureSync<HTMLElement>(template);
  await settled(el);
  return el;
}

describe('context protocol', () => {
  it('a component gets its provider’s settings', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider endpoint="/answers" locale="cy"><context-probe></context-probe></cp-provider>
    </div>`);
    expect(probe(wrapper).env.config).to.include({ endpoint: '/answers', locale: 'cy' });
  });

  it('the nearest provider wins, and the request goes no further', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider endpoint="/outer">
        <context-probe id="outer"></context-probe>
        <cp-provider endpoint="/inner"><context-probe id="inner"></context-probe></cp-provider>
      </cp-provider>
    </div>`);
    expect(probe(wrapper, '#outer').env.config.endpoint).to.equal('/outer');
    expect(probe(wrapper, '#inner').env.config.endpoint).to.equal('/inner');
    const above = countRequests(wrapper);
    expect(ask(probe(wrapper, '#inner'))).to.have.length(1);
    expect(above.count, 'answered requests stop at the provider').to.equal(0);
  });

  it('changes reach subscribers; a one-off request gets one value', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider endpoint="/first"><context-probe></context-probe></cp-provider>
    </div>`);
    const provider = wrapper.querySelector('cp-provider')!;
    const subscribed = ask(probe(wrapper));
    const once = ask(probe(wrapper), kitContext, false);
    provider.endpoint = '/second';
    await provider.updateComplete;
    expect(probe(wrapper).env.config.endpoint).to.equal('/second');
    expect(subscribed.map((v) => v.endpoint)).to.deep.equal(['/first', '/second']);
    expect(once.map((v) => v.endpoint)).to.deep.equal(['/first']);
  });

  it('a disconnected component hears no more changes', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider endpoint="/first"><context-probe></context-probe></cp-provider>
    </div>`);
    const provider = wrapper.querySelector('cp-provider')!;
    const el = probe(wrapper);
    el.remove();
    expect(el.env.config, 'drops the settings on disconnect').to.deep.equal({});
    provider.endpoint = '/second';
    await provider.updateComplete;
    expect(el.env.config).to.deep.equal({});
  });

  it('a component without a provider keeps the defaults', async () => {
    const wrapper = await mount(html`<div><context-probe></context-probe></div>`);
    const el = probe(wrapper);
    expect(el.env.config).to.deep.equal({});
    expect(el.env.lang).to.equal('en');
  });

  it('providers defined after the components still reach them, the nearest winning', async () => {
    const wrapper = await mount(html`<div>
      <late-context-provider endpoint="/outer" locale="cy">
        <context-probe id="outer"></context-probe>
        <late-context-provider endpoint="/inner"><context-probe id="inner"></context-probe></late-context-provider>
      </late-context-provider>
    </div>`);
    expect(probe(wrapper, '#outer').env.config, 'no provider yet').to.deep.equal({});

    customElements.define('late-context-provider', class extends CpProvider {});
    await settled(wrapper);
    expect(probe(wrapper, '#outer').env.config.endpoint).to.equal('/outer');
    expect(probe(wrapper, '#outer').env.lang).to.equal('cy');
    expect(probe(wrapper, '#inner').env.config.endpoint).to.equal('/inner');

    // The inner component left the outer provider when it found a nearer one.
    const outer = wrapper.querySelector<CpProvider>('late-context-provider')!;
    outer.endpoint = '/outer-changed';
    await outer.updateComplete;
    expect(probe(wrapper, '#outer').env.config.endpoint).to.equal('/outer-changed');
    expect(probe(wrapper, '#inner').env.config.endpoint).to.equal('/inner');
  });

  it('ignores other contexts’ requests and announcements', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider endpoint="/answers"><p></p></cp-provider>
      <context-probe></context-probe>
    </div>`);
    const above = countRequests(wrapper);
    expect(ask(wrapper.querySelector('p')!, Symbol('other'))).to.deep.equal([]);
    expect(above.count, 'left to travel on to its own provider').to.equal(1);

    // Components ask again only when a provider of the kit's config appears.
    const announce = (context: unknown) =>
      wrapper.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true }), { context }));
    announce(Symbol('other'));
    expect(above.count).to.equal(1);
    announce(kitContext);
    expect(above.count).to.equal(2);
  });

  it('another copy of the kit finds the provider through the shared key', async () => {
    const wrapper = await mount(html`<div><cp-provider endpoint="/answers"><p></p></cp-provider></div>`);
    const values = ask(wrapper.querySelector('p')!, Symbol.for('coproduce-kit/config'));
    expect(values.map((v) => v.endpoint)).to.deep.equal(['/answers']);
  });
});
