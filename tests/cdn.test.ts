import { expect } from '@open-wc/testing';
import { describeViolations } from './helpers/axe.js';
import { settled, text } from './helpers/dom.js';

// examples/cdn.html loads only dist/cdn/coproduce-kit.js (built before the browser tests run).
const PRIMITIVES = ['cp-error-summary', 'cp-text-field', 'cp-radio-group', 'cp-checkbox-group', 'cp-rating', 'cp-textarea', 'cp-button'];

async function openPage(): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), { src: '/examples/cdn.html', title: 'CDN example' });
  frame.style.cssText = 'width: 800px; height: 2000px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  await Promise.all(PRIMITIVES.map((t) => win.customElements.whenDefined(t)));
  await settled(frame.contentDocument!.body);
  return frame;
}

describe('the single-file CDN build', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => (frame = await openPage()));
  afterEach(() => frame.remove());

  it('renders every primitive from one script tag', () => {
    const doc = frame.contentDocument!;
    // (The test server adds its own web-socket script to every page it serves.)
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src')).filter((s) => !s?.includes('__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/cdn/coproduce-kit.js']);
    for (const tag of PRIMITIVES.filter((t) => t !== 'cp-error-summary')) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot, tag).to.exist;
      const label = el.shadowRoot!.querySelector('label, legend');
      expect(text(label ?? el), tag).to.not.equal('');
      expect(el.shadowRoot!.querySelector('input, textarea, button'), tag).to.exist;
    }
    expect(text(doc.querySelector('cp-rating')!.shadowRoot!.querySelector('.choices'))).to.contain('5 – Very good');
  });

  it('shows the error summary when the form is sent without a required answer', async () => {
    const doc = frame.contentDocument!;
    doc.querySelector<HTMLElement>('cp-button')!.shadowRoot!.querySelector('button')!.click();
    const summary = doc.querySelector('cp-error-summary')!;
    await settled(doc.body);
    expect(text(summary.shadowRoot)).to.contain('There is a problem');
    expect(text(summary.shadowRoot)).to.contain('Have you been to the meal before?');
  });

  it('has no axe violations', async () => {
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { axe?: { run: (el: Element, o: object) => Promise<{ violations: [] }> } };
    const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
    const { violations } = await win.axe!.run(doc.documentElement, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});
