/**
 * Issue 10, defect 10: every interactive target is at least 44 × 44 CSS px (WCAG 2.5.5, AAA), in
 * every story of every widget and primitive. A link inside a sentence or block of text is exempt
 * (2.5.5's "inline" exception): a link whose nearest block holds other words besides the link,
 * such as "Start again" in the welcome-back notice, a supporter's name and phone number followed
 * by opening hours, and contributor names followed by their roles in credits.
 */
import { expect, html, fixture } from '@open-wc/testing';
import { settled, waitUntil } from './helpers/dom.js';
import { renderStory, type StoryLike } from './helpers/stories.js';
import * as button from '../stories/button.stories.js';
import * as checkboxGroup from '../stories/checkbox-group.stories.js';
import * as consentFlow from '../stories/consent-flow.stories.js';
import * as consentWithdraw from '../stories/consent-withdraw.stories.js';
import * as credits from '../stories/credits.stories.js';
import * as errorSummary from '../stories/error-summary.stories.js';
import * as feedbackForm from '../stories/feedback-form.stories.js';
import * as impactPanel from '../stories/impact-panel.stories.js';
import * as pageFeedback from '../stories/page-feedback.stories.js';
import * as provider from '../stories/provider.stories.js';
import * as radioGroup from '../stories/radio-group.stories.js';
import * as rating from '../stories/rating.stories.js';
import * as textField from '../stories/text-field.stories.js';
import * as textarea from '../stories/textarea.stories.js';
import * as languages from '../stories/languages.stories.js';

const MIN = 44;
const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';

/** Every element matching `selector` under `root`, through shadow roots. */
function deepAll(root: Element | ShadowRoot, selector: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  const walk = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.matches(selector)) out.push(node as HTMLElement);
    for (const child of node.children) walk(child);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return out;
}

const BLOCK = /^(block|list-item|flex|grid|table-cell|flow-root)$/;
/** A link in a sentence or block of text: its nearest block holds words besides the link's own. */
function inline(el: HTMLElement): boolean {
  if (el.localName !== 'a') return false;
  let block: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host;
  while (block && !BLOCK.test(getComputedStyle(block).display)) block = block.parentElement;
  const words = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, '');
  return !!block && words(block) !== words(el);
}

/** The target: the element's box, joined with its labels' boxes (a label is part of an input's target). */
function target(el: HTMLElement): DOMRect {
  const rects = [el, ...((el as HTMLInputElement).labels ?? [])].map((e) => e.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return new DOMRect(
    left,
    top,
    Math.max(...rects.map((r) => r.right)) - left,
    Math.max(...rects.map((r) => r.bottom)) - top,
  );
}

/** Targets under `root` smaller than 44 × 44, described. Hidden ones (never met) are skipped. */
export function smallTargets(root: Element): string[] {
  return deepAll(root, INTERACTIVE).flatMap((el) => {
    if (el.closest('[inert]') || !el.checkVisibility({ visibilityProperty: true })) return [];
    if (inline(el)) return [];
    const r = target(el);
    if (!r.width && !r.height) return [];
    // Half a pixel of rounding (rem sizes at odd zoom) is not a failure.
    if (r.width >= MIN - 0.5 && r.height >= MIN - 0.5) return [];
    const what = `${el.localName}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
    return [
      `${what} in <${((el.getRootNode() as ShadowRoot).host ?? el).localName}> is ${Math.round(r.width)}×${Math.round(r.height)}`,
    ];
  });
}

async function ready(main: HTMLElement): Promise<void> {
  // Stories load data, press Continue or show errors just after rendering: let them finish.
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 50));
    await settled(main);
  }
  // The Loading story stays loading: measure what it shows.
  await waitUntil(
    () =>
      !/Loading…/.test(
        deepAll(main, 'p')
          .map((p) => p.textContent)
          .join(' '),
      ),
    'loaded',
    { timeout: 3000 },
  ).catch(() => {});
  await settled(main);
}

const modules: Record<string, Record<string, unknown>> = {
  button,
  checkboxGroup,
  consentFlow,
  consentWithdraw,
  credits,
  errorSummary,
  feedbackForm,
  impactPanel,
  pageFeedback,
  provider,
  radioGroup,
  rating,
  textField,
  textarea,
  // Every widget in every language (their words load on demand, within the waits above), and the language switch.
  languages,
};

describe('target size: every interactive element is at least 44 × 44 CSS px (defect 10)', () => {
  it('catches a small target, and exempts a link inside a sentence', async () => {
    const el = await fixture(html`<div>
      <ul><li><a href="#a">A lone link in a list</a></li></ul>
      <button style="padding: 0; border: 0">Tiny</button>
      <p>Read <a href="#b">our privacy notice</a> first.</p>
      <p><a href="#c" style="display: inline-flex; align-items: center; min-block-size: 44px; min-inline-size: 44px">Big</a></p>
    </div>`);
    const small = smallTargets(el);
    expect(small).to.have.length(2);
    expect(small[0]).to.contain('"A lone link in a list"');
    expect(small[1]).to.contain('"Tiny"');
  });

  for (const [file, mod] of Object.entries(modules)) {
    const { default: meta, ...stories } = mod as Record<string, StoryLike> & { default: StoryLike };
    describe(file, () => {
      for (const [name, story] of Object.entries(stories)) {
        it(name, async function () {
          this.timeout(60_000);
          const main = await renderStory(meta, story);
          await ready(main);
          expect(smallTargets(main)).to.deep.equal([]);
        });
      }
    });
  }
});
