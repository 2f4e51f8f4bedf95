import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { contrast } from '../shared/contrast.mjs';
import { renderStory, type StoryLike } from './helpers/stories.js';
import { nextFrame, settled, waitUntil } from './helpers/dom.js';
import * as button from '../stories/button.stories.js';
import * as textField from '../stories/text-field.stories.js';
import * as textarea from '../stories/textarea.stories.js';
import * as radioGroup from '../stories/radio-group.stories.js';
import * as checkboxGroup from '../stories/checkbox-group.stories.js';
import * as rating from '../stories/rating.stories.js';
import * as errorSummary from '../stories/error-summary.stories.js';
import * as feedbackForm from '../stories/feedback-form.stories.js';
import * as pageFeedback from '../stories/page-feedback.stories.js';
import * as impactPanel from '../stories/impact-panel.stories.js';
import * as credits from '../stories/credits.stories.js';
import * as consentFlow from '../stories/consent-flow.stories.js';
import * as consentWithdraw from '../stories/consent-withdraw.stories.js';
import * as languages from '../stories/languages.stories.js';

/*
 * WCAG 2.4.13 Focus Appearance, checked the way an auditor compares screenshots: for every
 * control reached by Tab (so :focus-visible applies), the computed styles focused against
 * unfocused. A control passes when its focus indicator is at least 2 CSS px thick and its colour
 * has 3:1 against the same pixels unfocused and against the background next to it:
 *   - an outline, or a box-shadow ring (spread, no offset) outside or inside the control;
 *   - a border of 2px or more that changes colour;
 *   - a change of fill (as GOV.UK's yellow button) of 3:1, with the fill itself 3:1 against the
 *     background or edged by a 2px bar, ring or border that is.
 * A bottom bar on its own is not a perimeter and does not count, nor does the browser's own ring.
 */

type RGBA = [number, number, number, number];
// Forced colours twice: Windows' light and dark contrast palettes (its Highlight differs).
type Theme = 'light' | 'dark' | 'high-contrast' | 'forced-colours' | 'forced-colours-dark';
const THEMES: Theme[] = ['light', 'dark', 'high-contrast', 'forced-colours', 'forced-colours-dark'];
const forced = (t: Theme) => t.startsWith('forced');

const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
  willReadFrequently: true,
})!;
/** Any CSS colour as sRGB bytes and alpha (the canvas converts every colour space). */
function rgba(css: string): RGBA {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}
/** `top` painted on an opaque `under`. */
const over = (top: RGBA, under: RGBA): RGBA => {
  const a = top[3];
  return [0, 1, 2].map((i) => Math.round(top[i] * a + under[i] * (1 - a))).concat(1) as RGBA;
};
const hex = (c: RGBA) =>
  '#' +
  c
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('');
const ratio = (a: RGBA, b: RGBA) => contrast(hex(a), hex(b));
const px = (v: string) => parseFloat(v) || 0;

interface Shadow {
  color: RGBA;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}
function shadows(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  [...value].forEach((ch, i) => {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  });
  parts.push(value.slice(start));
  return parts.map((p) => {
    const color = p.match(/[a-z-]+\([^)]*\)|#[0-9a-f]+|transparent/i)?.[0] ?? 'currentcolor';
    const [x = 0, y = 0, blur = 0, spread = 0] = [...p.replace(color, '').matchAll(/(-?[\d.]+)px/g)].map((m) => +m[1]);
    return { color: rgba(color), x, y, blur, spread, inset: /\binset\b/.test(p) };
  });
}

interface Snap {
  outline: { style: string; width: number; offset: number; color: RGBA };
  shadows: Shadow[];
  border: { width: number; color: RGBA }[];
  bg: RGBA;
}
function snap(el: Element): Snap {
  const s = getComputedStyle(el);
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  return {
    outline: {
      style: s.outlineStyle,
      width: px(s.outlineWidth),
      offset: px(s.outlineOffset),
      color: rgba(s.outlineColor),
    },
    shadows: shadows(s.boxShadow),
    border: sides.map((side) => ({
      width: s.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : px(s[`border${side}Width`]),
      color: rgba(s[`border${side}Color`]),
    })),
    bg: rgba(s.backgroundColor),
  };
}

/** The parent in the flattened tree: the slot for slotted content, the host at a shadow root's top. */
function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
/** The colour behind `el`: its ancestors' backgrounds, blended. */
function backdrop(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let p = composedParent(el); p; p = composedParent(p)) {
    const c = rgba(getComputedStyle(p).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255, 1] as RGBA);
}

interface Verdict {
  pass: boolean;
  detail: string;
}
const shown = (c: RGBA) => hex(c);
const visibleOutline = (o: Snap['outline']) =>
  o.style !== 'none' && o.style !== 'hidden' && o.width > 0 && o.color[3] > 0;

/** Does `el`'s focused look differ enough from its unfocused look? `back` is the colour behind it. */
function judge(unfocused: Snap, focused: Snap, back: RGBA): Verdict {
  const U = unfocused;
  const F = focused;
  const fillBefore = over(U.bg, back);
  const fill = over(F.bg, back);
  const tried: string[] = [];
  const edges: { thick: number; color: RGBA }[] = [];
  const candidate = (name: string, thick: number, color: RGBA, before: RGBA, adjacent: RGBA): boolean => {
    const a = ratio(color, before);
    const b = ratio(color, adjacent);
    tried.push(
      `${name} ${thick}px ${shown(color)} (${a.toFixed(2)}:1 vs unfocused ${shown(before)}, ${b.toFixed(2)}:1 vs ${shown(adjacent)})`,
    );
    return thick >= 2 && a >= 3 && b >= 3;
  };
  let pass = false;

  // Outline (drawn above shadows). Chrome's own ring (`auto`) is not the kit's indicator.
  const o = F.outline;
  const outlineShows = visibleOutline(o) && o.style !== 'auto';
  if (o.style === 'auto') tried.push('the browser’s own focus ring (the kit sets none)');
  if (outlineShows) {
    const outside = o.offset >= 0;
    const color = over(o.color, outside ? back : fill);
    const before =
      visibleOutline(U.outline) && U.outline.style !== 'auto'
        ? over(U.outline.color, outside ? back : fillBefore)
        : outside
          ? back
          : fillBefore;
    pass = candidate('outline', o.width, color, before, outside ? back : fill) || pass;
    edges.push({ thick: o.width, color });
  }

  // Box-shadow rings (spread, no offset); offset shadows are bars along one edge.
  for (const s of F.shadows) {
    if (s.blur > 0 || s.color[3] === 0) continue;
    const same = U.shadows.find((u) => u.inset === s.inset && u.x === s.x && u.y === s.y && u.spread >= s.spread);
    if (s.x === 0 && s.y === 0 && s.spread > 0) {
      if (s.inset) {
        const color = over(s.color, fill);
        pass = candidate('inset ring', s.spread, color, same ? over(same.color, fillBefore) : fillBefore, fill) || pass;
        edges.push({ thick: s.spread, color });
      } else {
        // The outline covers part of the ring: what shows is inside the outline's offset and beyond it.
        const thick =
          outlineShows && o.offset >= 0
            ? Math.max(Math.min(s.spread, o.offset), s.spread - o.offset - o.width)
            : s.spread;
        const color = over(s.color, back);
        pass = candidate('ring', thick, color, same ? over(same.color, back) : back, back) || pass;
        edges.push({ thick, color });
      }
    } else if (!s.inset) {
      edges.push({ thick: Math.max(Math.abs(s.x), Math.abs(s.y)) + s.spread, color: over(s.color, back) });
    }
  }

  // A border of 2px or more all round that changes colour.
  const bw = Math.min(...F.border.map((b) => b.width));
  if (bw >= 2) {
    const colors = F.border.map((b) => over(b.color, fill));
    const before = U.border.map((b) => (b.width > 0 ? over(b.color, fillBefore) : fillBefore));
    const ok = colors.every((c, i) => ratio(c, before[i]) >= 3 && ratio(c, back) >= 3);
    tried.push(`border ${bw}px ${colors.map(shown).join(' ')} (unfocused ${before.map(shown).join(' ')})`);
    pass = ok || pass;
    if (colors.every((c) => ratio(c, colors[0]) < 1.1)) edges.push({ thick: bw, color: colors[0] });
  }

  // A change of fill, kept apart from the background by itself or by an edge.
  const change = ratio(fill, fillBefore);
  const edged =
    ratio(fill, back) >= 3 || edges.some((e) => e.thick >= 2 && ratio(e.color, fill) >= 3 && ratio(e.color, back) >= 3);
  tried.push(`fill ${shown(fillBefore)} → ${shown(fill)} (${change.toFixed(2)}:1${edged ? ', edged' : ', not edged'})`);
  pass = (change >= 3 && edged) || pass;

  return { pass, detail: `on ${shown(back)}: ${tried.join('; ')}` };
}

const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** Inside a shadow root of one of the kit's elements: the kit styles it (the page styles the rest). */
const kitOwned = (el: Element) => {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && root.host.localName.startsWith('cp-');
};
const ownerHost = (el: Element) => {
  let e: Element | null = el;
  while (e && !kitOwned(e)) e = composedParent(e);
  return (e?.getRootNode() as ShadowRoot | undefined)?.host;
};
function controlName(el: Element): string {
  // A slot's text is the host's (cp-button's words are slotted into its inner button).
  const slotted = el.querySelector('slot') ? ownerHost(el)?.textContent : '';
  const name = (
    el.getAttribute('aria-label') ||
    (el as HTMLInputElement).labels?.[0]?.textContent ||
    slotted ||
    el.textContent ||
    ''
  )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 50);
  const kind =
    el.localName +
    (el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '') +
    (el.className ? `.${String(el.className).split(' ')[0]}` : '');
  return `<${ownerHost(el)?.localName ?? 'page'}> ${kind} "${name}"`;
}

/**
 * Tabs from `start` until focus leaves `scope` and returns each stop: once to learn the order,
 * then again to read each control just before Tab reaches it and just after.
 */
async function walk(start: HTMLElement, scope: Element): Promise<{ el: Element; label: string; verdict: Verdict }[]> {
  const inScope = (el: Element | null) => {
    for (let e = el; e; e = composedParent(e)) if (e === scope) return true;
    return false;
  };
  const order: Element[] = [];
  start.focus();
  for (let i = 0; i < 400; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (!a || !inScope(a) || order.includes(a)) break;
    order.push(a);
  }
  const results: { el: Element; label: string; verdict: Verdict }[] = [];
  start.focus();
  for (const el of order) {
    const before = snap(el);
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (a !== el)
      throw new Error(`Tab order changed on the second pass: expected ${controlName(el)}, got ${a && controlName(a)}`);
    if (!kitOwned(el)) continue;
    const back = backdrop(el);
    results.push({ el, label: controlName(el), verdict: judge(before, snap(el), back) });
  }
  return results;
}

async function setTheme(theme: Theme): Promise<void> {
  await executeServerCommand('forced-colors', {
    active: forced(theme),
    colorScheme: theme === 'forced-colours-dark' ? 'dark' : 'light',
  });
  if (forced(theme)) await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colours on');
}

const surface = (theme: Theme) => (story: () => TemplateResult) =>
  html`<button id="before">Before</button>
    <div data-cp-theme=${forced(theme) ? 'light' : theme} class="cp-story-surface scope">${story()}</div>
    <button id="after">After</button>`;

/** Waits for what a story shows after it first renders (data, errors found by pressing a button). */
async function ready(el: HTMLElement): Promise<void> {
  await settled(el);
  const flow = el.querySelector('cp-consent-flow') as (HTMLElement & { textHash?: string }) | null;
  if (flow) await waitUntil(() => flow.textHash, 'the consent definition is hashed');
  const errors = flow?.dataset.errors === 'yes' || el.querySelector('cp-consent-withdraw[data-ready="errors"]');
  if (errors) {
    await waitUntil(() => {
      const host = (flow ?? el.querySelector('cp-consent-withdraw'))!;
      return (
        host.shadowRoot?.querySelector('cp-error-summary')?.shadowRoot?.querySelector('.summary') ??
        host.shadowRoot?.querySelector('.declined, .left')
      );
    }, 'the errors show');
  }
  const manage = el.querySelector('cp-consent-withdraw[data-ready="found"]');
  if (manage)
    await waitUntil(() => manage.shadowRoot?.querySelector('form.withdraw'), 'the pretend collector answered');
  // Data from `src` (FailedToLoad): wait until "Loading…" has given way to the content or "Try again".
  await waitUntil(
    () => ![...el.querySelectorAll('*')].some((w) => w.shadowRoot?.querySelector('.state[role="status"]')),
    'loading has finished',
  );
  await nextFrame();
  await nextFrame();
  await settled(el);
}

type Mod = Record<string, StoryLike> & { default: StoryLike };
const SCENARIOS: [string, Mod, string[]][] = [
  ['button', button as unknown as Mod, ['Primary', 'Secondary', 'Warning', 'BrandColour']],
  ['text-field', textField as unknown as Mod, ['Default', 'WithError']],
  ['textarea', textarea as unknown as Mod, ['WithCharacterCount', 'WithError']],
  ['radio-group', radioGroup as unknown as Mod, ['Chosen', 'WithError']],
  ['checkbox-group', checkboxGroup as unknown as Mod, ['SomeChecked', 'WithError']],
  ['rating', rating as unknown as Mod, ['Chosen', 'WithError']],
  ['error-summary', errorSummary as unknown as Mod, ['WithErrors']],
  [
    'feedback-form',
    feedbackForm as unknown as Mod,
    ['SensitiveWithContentNoteAndSupport', 'Errors', 'Paged', 'DraftRestored', 'SavedOffline'],
  ],
  ['page-feedback', pageFeedback as unknown as Mod, ['Default', 'ProblemFormOpen', 'NotSent']],
  ['impact-panel', impactPanel as unknown as Mod, ['Default', 'FailedToLoad']],
  ['credits', credits as unknown as Mod, ['YouthAdvisoryBoard']],
  [
    'consent-flow',
    consentFlow as unknown as Mod,
    [
      'PeerResearch',
      'Payment',
      'RequiredStatementDeclined',
      'Credit',
      'CheckYourAnswers',
      'Confirmation',
      'QuickExit',
      'SavedOnThisDevice',
      'CompleteParticipantCopy',
    ],
  ],
  [
    'consent-withdraw',
    consentWithdraw as unknown as Mod,
    ['PeerResearch', 'OnlySomeThings', 'Errors', 'Reconsent', 'ReconsentLink', 'ManageByLink', 'ManageByTyping'],
  ],
  // The language switch, on a page of every widget.
  ['languages', languages as unknown as Mod, ['BilingualSwitch']],
];

let checked = 0;
const tally = new Map<string, number>();

describe('focus appearance (WCAG 2.4.13): every control, every theme', () => {
  afterEach(() => executeServerCommand('forced-colors', { active: false }));
  after(() => {
    const rows = [...tally].map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`focus appearance: ${checked} control × theme checks (${rows})`);
  });

  for (const theme of THEMES) {
    describe(theme, () => {
      for (const [file, mod, names] of SCENARIOS) {
        for (const name of names) {
          it(`${file}: ${name}`, async function () {
            this.timeout(120_000);
            const story = mod[name];
            if (!story) throw new Error(`No story ${name} in ${file}.stories.ts`);
            await setTheme(theme);
            const meta = { ...mod.default, decorators: [...(mod.default.decorators ?? []), surface(theme)] };
            const main = await renderStory(meta, story);
            await ready(main);
            const results = await walk(main.querySelector<HTMLElement>('#before')!, main.querySelector('.scope')!);
            expect(results.length, 'the story has controls to check').to.be.greaterThan(0);
            checked += results.length;
            tally.set(theme, (tally.get(theme) ?? 0) + results.length);
            const failures = results.filter((r) => !r.verdict.pass).map((r) => `${r.label} ${r.verdict.detail}`);
            expect(failures, `no visible focus in ${theme}:\n${failures.join('\n')}`).to.deep.equal([]);
          });
        }
      }
    });
  }
});

/** Controls with known focus styles: the check must tell a real indicator from a weak one. */
class FocusProbe extends HTMLElement {
  connectedCallback() {
    const focus = this.getAttribute('focus') ?? '';
    this.attachShadow({ mode: 'open' }).innerHTML = `<style>
      :host { display: block; padding: 8px; background: ${this.getAttribute('page') ?? '#fff'}; }
      button { outline: none; border: 2px solid transparent; background: ${this.getAttribute('fill') ?? '#fff'}; color: #000; }
      button:focus-visible { ${focus} }
    </style><button>${this.getAttribute('name')}</button>`;
  }
}
customElements.define('cp-focus-probe', FocusProbe);

describe('focus appearance: the check catches weak indicators', () => {
  afterEach(() => executeServerCommand('forced-colors', { active: false }));
  const probe = async (attrs: Record<string, string>) => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <button id="before">Before</button>
      <div class="scope"></div>
    </div>`);
    const p = document.createElement('cp-focus-probe');
    for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
    wrap.querySelector('.scope')!.append(p);
    const [r] = await walk(wrap.querySelector<HTMLElement>('#before')!, wrap.querySelector('.scope')!);
    return r.verdict;
  };

  it('fails a control whose focus style changes nothing', async () => {
    expect((await probe({ name: 'Nothing', focus: 'color: #000;' })).pass).to.equal(false);
  });
  it('fails #ffff00 to #ffdd00 on black (the old high-contrast primary button)', async () => {
    const v = await probe({ name: 'Yellow', page: '#000', fill: '#ffff00', focus: 'background: #ffdd00;' });
    expect(v.pass, v.detail).to.equal(false);
  });
  it('fails a yellow fill on white with only a bottom bar (a bar is not a perimeter)', async () => {
    const v = await probe({ name: 'Bar', fill: '#fff', focus: 'background: #ffdd00; box-shadow: 0 4px #0b0c0c;' });
    expect(v.pass, v.detail).to.equal(false);
  });
  it('fails a 1px outline, however strong its colour', async () => {
    const v = await probe({ name: 'Thin', focus: 'outline: 1px solid #000;' });
    expect(v.pass, v.detail).to.equal(false);
  });
  it('fails a yellow ring on white (1.07:1 against the page)', async () => {
    const v = await probe({ name: 'Pale', focus: 'outline: 3px solid #ffdd00;' });
    expect(v.pass, v.detail).to.equal(false);
  });
  it('fails, in forced colours only, a ring drawn with box-shadow (forced colours drop shadows)', async () => {
    const attrs = { name: 'Shadow', focus: 'box-shadow: 0 0 0 3px #0b0c0c;' };
    const normal = await probe(attrs);
    expect(normal.pass, normal.detail).to.equal(true);
    await setTheme('forced-colours');
    const forced = await probe(attrs);
    expect(forced.pass, forced.detail).to.equal(false);
  });
  it('passes, in forced colours, a transparent outline (forced colours paint it, as the kit relies on)', async () => {
    await setTheme('forced-colours');
    const v = await probe({ name: 'Forced', focus: 'outline: 3px solid transparent; box-shadow: 0 0 0 3px #0b0c0c;' });
    expect(v.pass, v.detail).to.equal(true);
  });
  it('passes a 3px black outline on white', async () => {
    const v = await probe({ name: 'Ring', focus: 'outline: 3px solid #0b0c0c;' });
    expect(v.pass, v.detail).to.equal(true);
  });
  it('passes GOV.UK’s button focus: a 3:1 change of fill with a 2px dark bar', async () => {
    const v = await probe({
      name: 'Govuk',
      fill: '#00703c',
      focus: 'background: #ffdd00; box-shadow: 0 2px 0 #0b0c0c;',
    });
    expect(v.pass, v.detail).to.equal(true);
  });
});
