import { fixtureSync, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { expectNoAxeViolations } from './helpers/axe.js';
import { inner, settled, text } from './helpers/dom.js';
import '../src/index.js';
import { CpProvider } from '../src/components/provider/index.js';
import { CpElement } from '../src/core/base-element.js';
import { closestAttribute } from '../src/core/environment.js';
import { registerStrings } from '../src/core/strings.js';
import type { CpTextField } from '../src/components/text-field/index.js';

/**
 * Renders a template and waits for every Lit element in it. (open-wc's `fixture()` waits for an
 * animation frame when the root is not a Lit element, and a test page running in a background
 * tab — web-test-runner runs two files at once — never gets one.)
 */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await settled(el.parentElement!);
  return el;
}

/** A test-only component that shows what its environment resolved to. */
class EnvProbe extends CpElement {
  get resolved() {
    const { lang, dir, theme, config } = this.env;
    return { lang, dir, theme, endpoint: config.endpoint };
  }
  protected override render() {
    return html`<p>${this.t('optional')}</p>`;
  }
}
customElements.define('env-probe', EnvProbe);

registerStrings('cy', { optional: '(dewisol)', errorSummaryTitle: 'Mae problem' });

/** Lets the page's MutationObserver run (its callback is a microtask queued by the change), then waits for renders. */
async function afterMutation(root: Element) {
  await Promise.resolve();
  await settled(root);
}

const probeText = (el: Element) => text(inner(el, 'p'));
const themeStates = (el: Element) => ['light', 'dark', 'high-contrast'].filter((t) => el.matches(`:state(${t})`));

/** A host element with an open shadow root holding `markup`. */
function shadowHost(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.attachShadow({ mode: 'open' }).innerHTML = markup;
  return host;
}

describe('cp-provider', () => {
  it('adds no box of its own', async () => {
    const provider = await mount<CpProvider>(html`<cp-provider><p>Hi</p></cp-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(inner<HTMLSlotElement>(provider, 'slot').assignedElements()).to.have.length(1);
  });

  it('hands endpoint, locale, strings and theme to components inside', async () => {
    const provider = await mount<CpProvider>(html`<cp-provider
      endpoint="https://example.org/answers"
      locale="cy"
      theme="dark"
      .strings=${{ errorSummaryTitle: 'Gwiriwch eich atebion' }}
    >
      <env-probe></env-probe>
      <cp-text-field label="Enw"></cp-text-field>
      <cp-error-summary .errors=${[{ target: 'x', message: 'Problem' }]}></cp-error-summary>
    </cp-provider>`);
    await settled(provider);
    const probe = provider.querySelector<EnvProbe>('env-probe')!;
    const field = provider.querySelector('cp-text-field')!;
    const summary = provider.querySelector('cp-error-summary')!;

    expect(probe.resolved).to.deep.equal({
      lang: 'cy',
      dir: 'ltr',
      theme: 'dark',
      endpoint: 'https://example.org/answers',
    });
    expect(probeText(probe)).to.equal('(dewisol)');
    expect(text(inner(field, '.optional'))).to.equal('(dewisol)');
    // Provider strings come before the registered translation.
    expect(text(inner(summary, '[role="heading"]'))).to.equal('Gwiriwch eich atebion');
    for (const el of [probe, field, summary]) expect(themeStates(el)).to.deep.equal(['dark']);
    // The theme really changes the colours: the dark theme's text colour on the label.
    expect(getComputedStyle(inner(field, 'label')).color).to.equal('rgb(243, 242, 241)');
    await expectNoAxeViolations(provider);
  });

  it('passes on changes to its settings', async () => {
    const provider = await mount<CpProvider>(html`<cp-provider locale="cy" theme="dark">
      <env-probe></env-probe>
    </cp-provider>`);
    const probe = provider.querySelector<EnvProbe>('env-probe')!;
    await settled(provider);
    expect(probeText(probe)).to.equal('(dewisol)');

    provider.locale = 'en';
    provider.theme = 'high-contrast';
    provider.endpoint = '/new';
    provider.strings = { optional: '(if you like)' };
    await provider.updateComplete;
    await settled(provider);
    expect(probe.resolved).to.include({ lang: 'en', theme: 'high-contrast', endpoint: '/new' });
    expect(probeText(probe)).to.equal('(if you like)');
    expect(themeStates(probe)).to.deep.equal(['high-contrast']);
  });

  it('reaches components inside other components’ shadow roots', async () => {
    const provider = await mount<CpProvider>(html`<cp-provider locale="cy" theme="dark"></cp-provider>`);
    const host = shadowHost('<env-probe></env-probe>');
    provider.append(host);
    const probe = host.shadowRoot!.querySelector<EnvProbe>('env-probe')!;
    await settled(host.shadowRoot!);
    expect(probe.resolved).to.include({ lang: 'cy', theme: 'dark' });
    expect(probe.matches(':state(dark)')).to.equal(true);
  });

  it('the nearest provider wins', async () => {
    const outer = await mount<CpProvider>(html`<cp-provider locale="cy" theme="dark">
      <env-probe id="outer"></env-probe>
      <cp-provider locale="en" theme="high-contrast"><env-probe id="inner"></env-probe></cp-provider>
    </cp-provider>`);
    await settled(outer);
    expect(outer.querySelector<EnvProbe>('#outer')!.resolved).to.include({ lang: 'cy', theme: 'dark' });
    expect(outer.querySelector<EnvProbe>('#inner')!.resolved).to.include({ lang: 'en', theme: 'high-contrast' });
  });

  it('reaches components that were connected before the provider was defined', async () => {
    const wrapper = await mount(html`<div>
      <late-provider locale="cy" theme="dark" endpoint="/late">
        <env-probe></env-probe>
        <cp-text-field label="Enw"></cp-text-field>
      </late-provider>
    </div>`);
    await settled(wrapper);
    const probe = wrapper.querySelector<EnvProbe>('env-probe')!;
    const field = wrapper.querySelector<CpTextField>('cp-text-field')!;
    expect(probe.resolved.lang, 'no provider yet').to.equal('en');

    // The provider element is upgraded (and so connected as a provider) after its children.
    customElements.define('late-provider', class extends CpProvider {});
    await settled(wrapper);
    expect(probe.resolved).to.deep.equal({ lang: 'cy', dir: 'ltr', theme: 'dark', endpoint: '/late' });
    expect(probeText(probe)).to.equal('(dewisol)');
    expect(text(inner(field, '.optional'))).to.equal('(dewisol)');
    expect(field.matches(':state(dark)')).to.equal(true);
  });

  it('reaches components when it is put around them after they connected', async () => {
    const wrapper = await mount(html`<div><env-probe></env-probe></div>`);
    const probe = wrapper.querySelector<EnvProbe>('env-probe')!;
    await settled(wrapper);
    expect(probe.resolved.lang).to.equal('en');
    const provider = Object.assign(document.createElement('cp-provider'), { locale: 'cy' });
    wrapper.append(provider);
    provider.append(probe);
    await settled(wrapper);
    expect(probe.resolved.lang).to.equal('cy');
  });

  it('a component moved out of the provider drops its settings, and picks them up when moved back', async () => {
    const wrapper = await mount(html`<div>
      <cp-provider locale="cy" theme="dark" endpoint="/answers"><cp-text-field label="Enw"></cp-text-field></cp-provider>
    </div>`);
    await settled(wrapper);
    const provider = wrapper.querySelector('cp-provider')!;
    const field = wrapper.querySelector('cp-text-field')!;
    expect(field.matches(':state(dark)')).to.equal(true);

    wrapper.append(field);
    await settled(wrapper);
    expect(themeStates(field)).to.deep.equal(['light']);
    expect(text(inner(field, '.optional'))).to.equal('(optional)');

    provider.append(field);
    await settled(wrapper);
    expect(themeStates(field)).to.deep.equal(['dark']);
    expect(text(inner(field, '.optional'))).to.equal('(dewisol)');
  });
});

describe('environment: page attributes', () => {
  it('reads the nearest ancestor’s lang and dir, through shadow roots', async () => {
    const wrapper = await mount(html`<div lang="cy" dir="rtl"></div>`);
    const host = shadowHost('<div lang="en"><env-probe id="en"></env-probe></div><env-probe id="cy"></env-probe>');
    wrapper.append(host);
    await settled(host.shadowRoot!);
    const cy = host.shadowRoot!.querySelector<EnvProbe>('#cy')!;
    const en = host.shadowRoot!.querySelector<EnvProbe>('#en')!;
    expect(cy.resolved).to.include({ lang: 'cy', dir: 'rtl' });
    expect(probeText(cy)).to.equal('(dewisol)');
    expect(en.resolved).to.include({ lang: 'en', dir: 'rtl' });
    expect(probeText(en)).to.equal('(optional)');
  });

  it('closestAttribute looks out through nested shadow roots', async () => {
    const wrapper = await mount(html`<div data-cp-theme="dark"></div>`);
    const outer = shadowHost('<section></section>');
    const innerHost = shadowHost('<span id="deep"></span>');
    outer.shadowRoot!.querySelector('section')!.append(innerHost);
    wrapper.append(outer);
    const deep = innerHost.shadowRoot!.querySelector('#deep')!;
    expect(closestAttribute(deep, 'data-cp-theme')).to.equal('dark');
    expect(closestAttribute(deep, 'data-missing')).to.equal(null);
  });

  it('reads data-cp-theme from the nearest ancestor, through shadow roots', async () => {
    const wrapper = await mount(html`<div data-cp-theme="high-contrast"></div>`);
    const host = shadowHost('<cp-text-field label="Name"></cp-text-field>');
    wrapper.append(host);
    const field = host.shadowRoot!.querySelector('cp-text-field')!;
    await settled(host.shadowRoot!);
    expect(themeStates(field)).to.deep.equal(['high-contrast']);
    expect(getComputedStyle(inner(field, 'label')).color).to.equal('rgb(255, 255, 255)');
  });

  it('follows the page when it changes lang, dir and data-cp-theme', async () => {
    const wrapper = await mount<HTMLDivElement>(html`<div lang="en" dir="ltr" data-cp-theme="light"></div>`);
    const host = shadowHost('<env-probe></env-probe>');
    wrapper.append(host);
    const probe = host.shadowRoot!.querySelector<EnvProbe>('env-probe')!;
    await settled(host.shadowRoot!);
    expect(probe.resolved).to.include({ lang: 'en', dir: 'ltr', theme: 'light' });
    expect(themeStates(probe)).to.deep.equal(['light']);

    wrapper.lang = 'cy';
    wrapper.dir = 'rtl';
    wrapper.dataset.cpTheme = 'dark';
    await afterMutation(wrapper);
    await settled(host.shadowRoot!);
    expect(probe.resolved).to.include({ lang: 'cy', dir: 'rtl', theme: 'dark' });
    expect(probeText(probe)).to.equal('(dewisol)');
    expect(themeStates(probe)).to.deep.equal(['dark']);

    // Removing the attributes falls back to the next ancestor (the test page is in English).
    wrapper.removeAttribute('lang');
    wrapper.removeAttribute('dir');
    wrapper.removeAttribute('data-cp-theme');
    await afterMutation(wrapper);
    await settled(host.shadowRoot!);
    expect(probe.resolved.dir).to.equal('ltr');
    expect(probeText(probe)).to.equal('(optional)');
  });

  it('follows a change of lang on the root element', async () => {
    const field = await mount<CpTextField>(html`<cp-text-field label="Name"></cp-text-field>`);
    const before = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.lang = 'cy';
      await afterMutation(field);
      expect(text(inner(field, '.optional'))).to.equal('(dewisol)');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
    await afterMutation(field);
    expect(text(inner(field, '.optional'))).to.equal('(optional)');
  });

  it('a provider’s locale and theme come before the page’s lang and data-cp-theme', async () => {
    const wrapper = await mount(html`<div lang="en" data-cp-theme="high-contrast">
      <cp-provider locale="cy" theme="dark"><env-probe></env-probe></cp-provider>
    </div>`);
    await settled(wrapper);
    const probe = wrapper.querySelector<EnvProbe>('env-probe')!;
    expect(probe.resolved).to.include({ lang: 'cy', theme: 'dark' });
  });
});

describe('environment: theme', () => {
  it('a component’s own theme attribute wins over the provider and the page', async () => {
    const wrapper = await mount(html`<div data-cp-theme="high-contrast">
      <cp-provider theme="dark">
        <env-probe theme="light"></env-probe>
        <cp-text-field theme="high-contrast" label="Name"></cp-text-field>
        <env-probe id="plain"></env-probe>
      </cp-provider>
    </div>`);
    await settled(wrapper);
    expect(themeStates(wrapper.querySelector('env-probe')!)).to.deep.equal(['light']);
    expect(themeStates(wrapper.querySelector('cp-text-field')!)).to.deep.equal(['high-contrast']);
    expect(themeStates(wrapper.querySelector('#plain')!)).to.deep.equal(['dark']);
  });

  it('follows changes of the theme attribute and property', async () => {
    const probe = await mount<EnvProbe>(html`<env-probe></env-probe>`);
    expect(themeStates(probe)).to.deep.equal(['light']);

    probe.setAttribute('theme', 'dark');
    await probe.updateComplete;
    expect(themeStates(probe)).to.deep.equal(['dark']);

    probe.theme = 'high-contrast';
    await probe.updateComplete;
    expect(probe.getAttribute('theme')).to.equal('high-contrast');
    expect(themeStates(probe)).to.deep.equal(['high-contrast']);

    probe.removeAttribute('theme');
    await probe.updateComplete;
    expect(themeStates(probe)).to.deep.equal(['light']);
  });

  it('auto follows the device’s colour scheme', async () => {
    // Media-query change events need a rendered frame, which a background test page never gets,
    // so this checks what is read whenever the environment is worked out: at connect, and when
    // the page changes an attribute.
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const wrapper = await mount(html`<div data-cp-theme="auto">
        <env-probe></env-probe>
        <env-probe id="forced" theme="light"></env-probe>
        <env-probe id="own-auto" theme="auto" data-cp-theme="high-contrast"></env-probe>
      </div>`);
      const probe = wrapper.querySelector<EnvProbe>('env-probe')!;
      expect(themeStates(probe)).to.deep.equal(['dark']);
      expect(themeStates(wrapper.querySelector('#forced')!)).to.deep.equal(['light']);
      // Its own theme="auto" wins over the page's data-cp-theme too.
      expect(themeStates(wrapper.querySelector('#own-auto')!)).to.deep.equal(['dark']);

      await emulateMedia({ colorScheme: 'light' });
      wrapper.setAttribute('lang', 'en'); // any watched change makes every component read again
      await afterMutation(wrapper);
      expect(themeStates(probe)).to.deep.equal(['light']);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('has no axe violations in each theme', async () => {
    const wrapper = await mount(html`<div>
      ${(['light', 'dark', 'high-contrast'] as const).map(
        (theme) => html`<cp-provider theme=${theme}>
          <cp-text-field label="Name (${theme})" hint="As you like to be called"></cp-text-field>
          <cp-error-summary .errors=${[{ target: 'x', message: `A problem (${theme})` }]}></cp-error-summary>
          <cp-button>Send</cp-button>
        </cp-provider>`,
      )}
    </div>`);
    await settled(wrapper);
    for (const provider of wrapper.querySelectorAll('cp-provider')) await expectNoAxeViolations(provider);
  });
});
