import { expect } from '@open-wc/testing';
import { describeViolations } from './helpers/axe.js';
import { settled, text, until } from './helpers/dom.js';
import { answerYes, forgetOutbox, offline, stubFetchIn } from './helpers/fetch.js';
import { Outbox } from '../src/core/outbox.js';

// examples/cdn.html loads only dist/cdn/coproduce-kit.js (built before the browser tests run): a
// loader that fetches each component's file from beside it when the tag first appears.
const PRIMITIVES = [
  'cp-error-summary',
  'cp-text-field',
  'cp-radio-group',
  'cp-checkbox-group',
  'cp-rating',
  'cp-textarea',
  'cp-button',
];

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

describe('the script-tag build', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => (frame = await openPage()));
  afterEach(() => frame.remove());

  it('renders every primitive from one script tag', () => {
    const doc = frame.contentDocument!;
    // (The test server adds its own web-socket script to every page it serves.)
    const scripts = [...doc.querySelectorAll('script')]
      .map((s) => s.getAttribute('src'))
      .filter((s) => !s?.includes('__web-dev-server'));
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
    const win = frame.contentWindow as Window & {
      axe?: { run: (el: Element, o: object) => Promise<{ violations: [] }> };
    };
    const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    doc.head.append(script);
    await new Promise((r) => script.addEventListener('load', r, { once: true }));
    const { violations } = await win.axe!.run(doc.documentElement, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

/** The kit's files a frame fetched, by name. */
const fetched = (frame: HTMLIFrameElement): string[] =>
  performance.getEntriesByType
    .call(frame.contentWindow!.performance, 'resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/cdn/'))
    .map((p) => p.slice('/dist/cdn/'.length))
    .sort();

/** A same-origin page of its own, with the kit's script tag and some markup. */
async function openSrcdoc(script: string, body: string): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), {
    title: 'CDN page',
    srcdoc: `<!doctype html><html lang="en"><head><title>Page</title><script type="module" src="/dist/cdn/${script}"></script></head><body><main>${body}</main></body></html>`,
  });
  frame.style.cssText = 'width: 800px; height: 1200px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame;
}

describe('the loader fetches only what a page shows', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('a page of primitives loads the loader, the shared code and the fields, and no widget', async () => {
    frame = await openPage();
    expect(fetched(frame)).to.deep.equal(['coproduce-kit.js', 'core.js', 'forms.js', 'rolldown-runtime.js']);
  });

  it('a page with one widget loads its file; a widget added later loads then, once', async () => {
    frame = await openSrcdoc('coproduce-kit.js', '<cp-impact-panel></cp-impact-panel>');
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cp-impact-panel');
    expect(fetched(frame)).to.deep.equal(['coproduce-kit.js', 'core.js', 'impact-panel.js', 'rolldown-runtime.js']);
    expect(win.customElements.get('cp-credits')).to.equal(undefined);
    // Added by the page's own script, inside other markup.
    const box = frame.contentDocument!.createElement('div');
    box.innerHTML = '<cp-credits></cp-credits><cp-credits></cp-credits>';
    frame.contentDocument!.querySelector('main')!.append(box);
    await win.customElements.whenDefined('cp-credits');
    await until(() => !!box.querySelector('cp-credits')!.shadowRoot, 'the credits rendered');
    const files = fetched(frame);
    expect(files).to.include('credits.js');
    expect(files.filter((f) => f === 'credits.js')).to.have.length(1);
    // The credits' button is in core.js: no form fields for a list of names.
    expect(files).to.not.include('forms.js');
    expect(files).to.not.include('consent-flow.js');
  });

  it('a page with no kit tag loads the loader alone', async () => {
    frame = await openSrcdoc('coproduce-kit.js', '<p>Nothing of the kit here.</p>');
    await new Promise((r) => setTimeout(r, 300));
    expect(fetched(frame)).to.deep.equal(['coproduce-kit.js']);
  });

  it("asks for all of a tag's files at once, not each after the file that imports it", async () => {
    frame = await openSrcdoc('coproduce-kit.js', '<cp-feedback-form></cp-feedback-form>');
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cp-feedback-form');
    const links = [...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
      (l) => new URL(l.href).pathname,
    );
    // core.js the loader imports itself.
    expect(links.sort()).to.deep.equal(['/dist/cdn/forms.js', '/dist/cdn/rolldown-runtime.js']);
    expect(fetched(frame)).to.deep.equal([
      'coproduce-kit.js',
      'core.js',
      'feedback-form.js',
      'forms.js',
      'rolldown-runtime.js',
    ]);
    const entry = (file: string) =>
      (performance.getEntriesByType.call(win.performance, 'resource') as PerformanceResourceTiming[]).find((e) =>
        e.name.endsWith(`/dist/cdn/${file}`),
      )!;
    // Left to the browser, forms.js and core.js would be asked for only once feedback-form.js had arrived.
    for (const file of ['core.js', 'forms.js', 'rolldown-runtime.js'])
      expect(entry(file).startTime, file).to.be.below(entry('feedback-form.js').responseEnd);
  });

  it('a widget added later brings only its own preloads, once', async () => {
    frame = await openSrcdoc('coproduce-kit.js', '<cp-impact-panel></cp-impact-panel>');
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cp-impact-panel');
    const preloads = () =>
      [...frame!.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
        (l) => new URL(l.href).pathname,
      );
    expect(preloads()).to.deep.equal(['/dist/cdn/rolldown-runtime.js']);
    frame
      .contentDocument!.querySelector('main')!
      .insertAdjacentHTML('beforeend', '<cp-page-feedback></cp-page-feedback><cp-page-feedback></cp-page-feedback>');
    await win.customElements.whenDefined('cp-page-feedback');
    // page-feedback.js's list, once for the two tags.
    expect(preloads().sort()).to.deep.equal(['/dist/cdn/forms.js', '/dist/cdn/rolldown-runtime.js']);
    for (const file of ['forms.js', 'rolldown-runtime.js'])
      expect(
        fetched(frame).filter((f) => f === file),
        file,
      ).to.have.length(1);
  });

  it('coproduce-kit.all.js is one file with every component', async () => {
    frame = await openSrcdoc('coproduce-kit.all.js', '<cp-feedback-form></cp-feedback-form>');
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cp-feedback-form');
    for (const tag of ['cp-consent-flow', 'cp-impact-panel', 'cp-credits', 'cp-button'])
      expect(win.customElements.get(tag), tag).to.exist;
    expect(fetched(frame)).to.deep.equal(['coproduce-kit.all.js']);
  });

  describe('the outbox loads only when a send fails', () => {
    // Each test starts on a device that never saved anything, so no page load finds an outbox.
    beforeEach(forgetOutbox);
    afterEach(() => frame?.remove());

    /** Presses Yes on the page's question with `fetch` answering `reply`; resolves with the outcome event's name. */
    async function answer(script: string, reply: number | 'offline') {
      frame = await openSrcdoc(script, '<cp-page-feedback endpoint="/collect" min-seconds="0"></cp-page-feedback>');
      const win = frame.contentWindow as Window & typeof globalThis;
      await win.customElements.whenDefined('cp-page-feedback');
      const { calls } = stubFetchIn(win, reply === 'offline' ? new win.TypeError(offline().message) : reply);
      const { type } = await answerYes(frame.contentDocument!.querySelector('cp-page-feedback')!);
      expect(calls).to.have.length(1);
      return type;
    }

    it('a page whose send succeeds never fetches outbox.js', async () => {
      expect(await answer('coproduce-kit.js', 201)).to.equal('cp-submitted');
      expect(fetched(frame!)).to.not.include('outbox.js');
    });

    it('a failed send fetches outbox.js from beside the loader, once, and keeps the submission', async () => {
      expect(await answer('coproduce-kit.js', 'offline')).to.equal('cp-submit-saved');
      expect(fetched(frame!).filter((f) => f.startsWith('outbox'))).to.deep.equal(['outbox.js']);
      expect(await new Outbox().entries()).to.have.length(1);
    });

    it('the one-file build fetches its own outbox.all.js on a failed send, and nothing else', async () => {
      expect(await answer('coproduce-kit.all.js', 'offline')).to.equal('cp-submit-saved');
      expect(fetched(frame!)).to.deep.equal(['coproduce-kit.all.js', 'outbox.all.js']);
    });
  });
});

/**
 * Runs `code` as a module script in the frame, as a page's own script would (so its imports share
 * the frame's modules with the kit's script tag). Resolves when the script ends; rejects with the
 * page's error if it throws or an import fails.
 */
async function runModule(frame: HTMLIFrameElement, code: string): Promise<void> {
  const win = frame.contentWindow as Window & { cpDone?: () => void };
  const doc = frame.contentDocument!;
  await new Promise<void>((resolve, reject) => {
    win.cpDone = resolve;
    win.addEventListener('error', (e) => reject(e.error ?? new Error(e.message)), { once: true });
    const script = Object.assign(doc.createElement('script'), {
      type: 'module',
      textContent: `${code}\nwindow.cpDone();`,
    });
    script.addEventListener('error', () => reject(new Error('the module script did not load')), { once: true });
    doc.head.append(script);
  });
}

/** The question a `<cp-page-feedback>` in the frame shows. */
const question = (frame: HTMLIFrameElement): string =>
  text(frame.contentDocument!.querySelector('cp-page-feedback')!.shadowRoot!.querySelector('#question'));

describe("the script tag's API", () => {
  let frame: HTMLIFrameElement | undefined;
  // A device that never saved anything, so no page load fetches the outbox.
  beforeEach(forgetOutbox);
  afterEach(() => frame?.remove());

  /** A page with the given script-tag file and one page-feedback question, rendered. */
  async function pageWith(script: string): Promise<HTMLIFrameElement> {
    const f = await openSrcdoc(script, '<cp-page-feedback endpoint="/collect"></cp-page-feedback>');
    const win = f.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('cp-page-feedback');
    await settled(f.contentDocument!.body);
    return f;
  }

  it("the loader exports registerStrings: a widget already on the page redraws with the page's words", async () => {
    frame = await pageWith('coproduce-kit.js');
    expect(question(frame)).to.contain('Is this page useful?');
    await runModule(
      frame,
      `import { registerStrings } from '/dist/cdn/coproduce-kit.js';
       const result = registerStrings('en', { pageFeedbackQuestion: 'Did this page help you?' });
       window.cpResult = result instanceof Promise;
       await result;`,
    );
    expect(
      (frame.contentWindow as Window & { cpResult?: boolean }).cpResult,
      'registerStrings returns a promise',
    ).to.equal(true);
    await until(() => question(frame!).includes('Did this page help you?'), 'the question shows the new words');
    expect(question(frame)).to.not.contain('Is this page useful?');
    // A widget added afterwards uses them too.
    frame
      .contentDocument!.querySelector('main')!
      .insertAdjacentHTML('beforeend', '<cp-page-feedback endpoint="/collect"></cp-page-feedback>');
    const later = frame.contentDocument!.querySelectorAll('cp-page-feedback')[1];
    await until(() => text(later.shadowRoot).includes('Did this page help you?'), 'a later widget shows the new words');
    // The loader went to core.js for the words, which the page had loaded already: nothing more.
    expect(fetched(frame)).to.not.include('coproduce-kit.api.js');
  });

  it('the loader registers words before any widget is on the page, and the widget uses them', async () => {
    frame = await openSrcdoc('coproduce-kit.js', '');
    await runModule(
      frame,
      `import { registerStrings } from '/dist/cdn/coproduce-kit.js';
       await registerStrings('en', { pageFeedbackQuestion: 'Was this page clear?' });
       document.querySelector('main').innerHTML = '<cp-page-feedback endpoint="/collect"></cp-page-feedback>';`,
    );
    await (frame.contentWindow as Window & typeof globalThis).customElements.whenDefined('cp-page-feedback');
    await until(() => question(frame!).includes('Was this page clear?'), 'the widget shows the words registered first');
  });

  it('coproduce-kit.api.js exports registerStrings, fromAllContributors and redactCredits, which work', async () => {
    frame = await pageWith('coproduce-kit.js');
    await runModule(
      frame,
      `import * as api from '/dist/cdn/coproduce-kit.api.js';
       window.cpApi = api;
       const credits = api.fromAllContributors({
         contributors: [
           { login: 'amina', name: 'Amina Khan', contributions: ['design', 'code'] },
           { login: 'sam', contributions: ['doc'] },
         ],
       });
       window.cpCredits = credits;
       window.cpRedacted = api.redactCredits({ contributors: [{ name: 'Amina Khan', credit: 'initials' }, { name: 'Sam', credit: 'hidden' }] });
       api.registerStrings('en', { pageFeedbackQuestion: 'Was this page worth reading?' });`,
    );
    const win = frame.contentWindow as Window & {
      cpApi: Record<string, unknown>;
      cpCredits: { contributors: { name: string; roles: string[] }[]; roles: Record<string, { label: string }> };
      cpRedacted: { contributors: { name?: string }[] };
    };
    expect(Object.keys(win.cpApi).sort()).to.deep.equal(['fromAllContributors', 'redactCredits', 'registerStrings']);
    // All Contributors' design maps to co-design; code becomes a role of its own, in words.
    expect(win.cpCredits.contributors.map((c) => [c.name, c.roles])).to.deep.equal([
      ['Amina Khan', ['co-design', 'code']],
      ['sam', ['writing']],
    ]);
    expect(win.cpCredits.roles.code.label).to.equal('Code');
    expect(win.cpRedacted.contributors).to.deep.equal([{ name: 'A. K.', credit: 'initials' }]);
    // Its registerStrings is the one the widgets read.
    await until(
      () => question(frame!).includes('Was this page worth reading?'),
      'the question shows the words from the API file',
    );
  });

  it('coproduce-kit.all.js exports the same three, and its registerStrings redraws its widgets', async () => {
    frame = await pageWith('coproduce-kit.all.js');
    await runModule(
      frame,
      `import { registerStrings, fromAllContributors, redactCredits } from '/dist/cdn/coproduce-kit.all.js';
       window.cpTypes = [typeof registerStrings, typeof fromAllContributors, typeof redactCredits];
       window.cpNames = fromAllContributors({ contributors: [{ name: 'Rhys Evans', contributions: ['translation'] }] }).contributors.map((c) => c.name + ':' + c.roles);
       registerStrings('en', { pageFeedbackQuestion: 'Did you find what you needed?' });`,
    );
    const win = frame.contentWindow as Window & { cpTypes: string[]; cpNames: string[] };
    expect(win.cpTypes).to.deep.equal(['function', 'function', 'function']);
    expect(win.cpNames).to.deep.equal(['Rhys Evans:translation']);
    await until(() => question(frame!).includes('Did you find what you needed?'), 'the question shows the new words');
    expect(fetched(frame)).to.deep.equal(['coproduce-kit.all.js']);
  });
});
