import { fixture, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { AXE_STORY_EXCLUDED_RULES, AXE_TAGS, axeRun, describeViolations, type AxeOutcome } from './axe.js';
import { recordAxe } from './axe-record.js';
import { settled } from './dom.js';

/** The themes every story is checked in (`data-cp-theme` on an ancestor). */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];
const isTheme = (t: unknown): t is ThemeName => THEMES.includes(t as ThemeName);

type Ctx = { args: Record<string, unknown> };
type Render = (args: Record<string, unknown>, ctx: Ctx) => TemplateResult;
type Decorator = (story: () => TemplateResult, ctx: Ctx) => TemplateResult;
export interface StoryLike {
  args?: Record<string, unknown>;
  render?: Render;
  decorators?: Decorator[];
}

/** Renders a story the way Storybook does: meta and story args, render, then decorators (story's innermost). */
export function compose(meta: StoryLike, story: StoryLike): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const ctx = { args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('Every story needs a render function (here or in its meta)');
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => TemplateResult>(
    (inner, d) => () => d(inner, ctx),
    () => render(args, ctx),
  )();
}

let sheets: Promise<unknown> | undefined;
/** The page styles Storybook loads: tokens (themes, brand) and the stories' own layout. */
function loadSheets(): Promise<unknown> {
  sheets ??= Promise.all(
    ['/src/tokens/generated/tokens.css', '/stories/stories.css'].map((href) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
      document.head.append(link);
      return new Promise((r) => link.addEventListener('load', r, { once: true }));
    }),
  );
  return sheets;
}

/**
 * Renders one story in a `<main>` and waits for every Lit element in it. With a `theme`, the
 * `<main>` sits in a `data-cp-theme` block painted with that theme's page background and text
 * colour, as a page using the theme would be. Returns the `<main>`.
 */
export async function renderStory(meta: StoryLike, story: StoryLike, theme?: ThemeName): Promise<HTMLElement> {
  await loadSheets();
  const el = theme
    ? (
        await fixture<HTMLElement>(
          html`<div data-cp-theme=${theme} class="cp-story-surface"><main>${compose(meta, story)}</main></div>`,
        )
      ).querySelector('main')!
    : await fixture<HTMLElement>(html`<main>${compose(meta, story)}</main>`);
  await settled(el);
  return el;
}

/** Themes named by `data-cp-theme` bindings in a template and the templates inside it. */
function themesIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => themesIn(v, found));
  const t = value as Partial<TemplateResult> | null;
  if (t && Array.isArray(t.strings) && Array.isArray(t.values)) {
    t.strings.forEach((str, i) => {
      for (const m of str.matchAll(/data-cp-theme="([a-z-]+)"/g)) found.push(m[1]!);
      if (/data-cp-theme=["']?$/.test(str)) found.push(String(t.values![i]));
    });
    t.values.forEach((v) => themesIn(v, found));
  }
  return found;
}

/**
 * The theme a story sets for itself (`themed('dark')`, or `data-cp-theme` / `<cp-provider
 * theme>` written in its render), if any. Decorators are called with an empty story and the
 * render function is read as text, so no story's render runs (some write to localStorage).
 */
export function forcedTheme(meta: StoryLike, story: StoryLike): ThemeName | undefined {
  const ctx = { args: { ...meta.args, ...story.args } };
  const decorated = [...(story.decorators ?? []), ...(meta.decorators ?? [])].map((d) => d(() => html``, ctx));
  const render = String(story.render ?? meta.render ?? '');
  const found = [
    ...themesIn(decorated),
    ...[...render.matchAll(/(?:data-cp-theme|<cp-provider[^>]*\btheme)="([a-z-]+)"/g)].map((m) => m[1]!),
  ];
  return found.find(isTheme);
}

/** The theme the story's components actually use (their `:state()`), or the nearest `data-cp-theme`. */
export function themeInForce(main: HTMLElement): string {
  const kit = [...main.querySelectorAll('*')].find(
    (el) => el.localName.startsWith('cp-') && el.localName !== 'cp-provider',
  );
  const state = kit && THEMES.find((t) => kit.matches(`:state(${t})`));
  return (
    state ??
    (main.querySelector('[data-cp-theme]') ?? main.closest('[data-cp-theme]'))?.getAttribute('data-cp-theme') ??
    'light'
  );
}

/** Every element in `main` and the shadow roots under it. */
function everyElement(main: HTMLElement): Element[] {
  const found: Element[] = [];
  const visit = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(main);
  return found;
}

/**
 * A test-only style that turns off `content-visibility: auto` in `main` and every shadow root
 * under it, so axe judges every item (it cannot judge the colours of skipped content, axe-core
 * #2768). Returns a function that takes the style out again.
 */
export function showSkippedContent(main: HTMLElement): () => void {
  const styles = everyElement(main)
    .filter((el) => el.shadowRoot)
    .map((el) => {
      const style = Object.assign(document.createElement('style'), {
        textContent: '* { content-visibility: visible !important; }',
      });
      style.dataset.testOnly = 'content-visibility';
      el.shadowRoot!.append(style);
      return style;
    });
  return () => styles.forEach((s) => s.remove());
}

/**
 * A story with more elements than this (shadow roots included) is big: axe rebuilds its picture
 * of the whole DOM for every run and judges colours node by node, so one run over a big story
 * (24,000 nodes for the 1,000-item impact panel) takes minutes on a loaded machine.
 */
export const BIG_STORY = 2000;
/** In a big story, a parent with more children than this is a list of repeated items. */
const REPEATED = 50;

/** What an item is made of: its attributes and the classes and elements inside it, not its words. */
const shape = (item: Element) =>
  [
    item.localName,
    ...[...item.attributes].map((a) => (/^(class|data-.*)$/.test(a.name) ? `${a.name}=${a.value}` : a.name)),
    ...new Set([...item.querySelectorAll('*')].map((el) => `${el.localName}.${[...el.classList].sort().join('.')}`)),
  ]
    .sort()
    .join(' ');

const level = (el: Element) => Number(el.localName.match(/^h([1-6])$/)?.[1] ?? el.getAttribute('aria-level') ?? 2);
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Checks, without axe, what every item of a long list must get right whatever its data: ids are
 * unique, `aria-labelledby`/`aria-describedby`/`aria-controls`/`for` point at something, every
 * heading has words and goes at most one level deeper than the one before it, every button,
 * link and summary has a name, every image has a text alternative, every `<li>` is in a list,
 * and nothing focusable is hidden from screen readers. Returns the problems found.
 */
export function structureProblems(main: HTMLElement): string[] {
  const problems: string[] = [];
  const visit = (root: Element | ShadowRoot, where: string) => {
    const all = [...root.querySelectorAll('*')];
    const ids = new Set<string>();
    for (const el of all) {
      if (!el.id) continue;
      if (ids.has(el.id)) problems.push(`${where}: id "${el.id}" is used twice`);
      ids.add(el.id);
    }
    const byId = (id: string) => (root instanceof ShadowRoot ? root.getElementById(id) : document.getElementById(id));
    const named = (el: Element) =>
      !!(
        el.textContent?.trim() ||
        el.getAttribute('aria-label')?.trim() ||
        (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => byId(id)?.textContent?.trim())
      );
    const tag = (el: Element) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
    let lastLevel = 0;
    for (const el of all) {
      for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean))
          if (!byId(id)) problems.push(`${where}: ${attr}="${id}" on ${tag(el)} points at nothing`);
      }
      if (el.matches('h1, h2, h3, h4, h5, h6, [role=heading]')) {
        if (!named(el)) problems.push(`${where}: an empty ${tag(el)}`);
        if (lastLevel && level(el) > lastLevel + 1)
          problems.push(`${where}: ${tag(el)} is level ${level(el)} after level ${lastLevel}`);
        lastLevel = level(el);
      }
      if (el.matches('button, a[href], summary') && !named(el)) problems.push(`${where}: a ${tag(el)} with no name`);
      if (
        el.matches('img, [role=img]') &&
        !el.closest('[aria-hidden=true]') &&
        el.getAttribute('alt') === null &&
        !named(el)
      )
        problems.push(`${where}: an image with no text alternative, ${tag(el)}`);
      if (el.localName === 'li' && !el.parentElement?.matches('ul, ol, menu, [role=list]'))
        problems.push(`${where}: an ${tag(el)} outside a list`);
      if (el.matches('[aria-hidden=true]') && (el.matches(FOCUSABLE) || el.querySelector(FOCUSABLE)))
        problems.push(`${where}: ${tag(el)} is hidden from screen readers but holds something focusable`);
      if (el.shadowRoot) visit(el.shadowRoot, `<${el.localName}>`);
    }
  };
  visit(main, '<main>');
  return problems;
}

export interface StoryCheck extends AxeOutcome {
  /** What `structureProblems` found (big stories only). */
  problems: string[];
  /** For a big story, how many items its lists have and how many of them axe judged. */
  slice?: { items: number; judged: number };
}

/**
 * Axe (every rule of the kit's tags) on a story's `<main>`. A big story (over `BIG_STORY`
 * elements) is judged in two parts, so no check is dropped:
 * - axe runs on the story with each repeated list cut to a slice: its first 10 items, its last,
 *   and the first item of each shape (status, quote, links, timeline…). Everything outside the
 *   lists (the widget's title, controls, counts) is judged whole. Items of one shape come from
 *   the same template with the same colours and roles, so the slice judges them all;
 * - `structureProblems` checks every element, every item included, for what varies with the data.
 * In a big story `content-visibility` is off while axe runs (test-only style, see
 * `showSkippedContent`); the kit sets it only on lists of over 100 items, which are big.
 */
export async function checkStory(main: HTMLElement): Promise<StoryCheck> {
  const all = everyElement(main);
  if (all.length <= BIG_STORY) return { ...(await axeRun(main, AXE_STORY_EXCLUDED_RULES)), problems: [] };
  const restore = showSkippedContent(main);
  const out: [Element, Comment][] = [];
  try {
    const problems = structureProblems(main);
    const lists = new Set(all.map((el) => el.parentElement).filter((p) => p && p.childElementCount > REPEATED));
    let items = 0;
    for (const list of lists) {
      const seen = new Set<string>();
      const kids = [...list!.children];
      items += kids.length;
      kids.forEach((item, i) => {
        const s = shape(item);
        if (i < 10 || i === kids.length - 1 || !seen.has(s)) seen.add(s);
        else out.push([item, new Comment('taken out for axe')]);
      });
    }
    for (const [item, mark] of out) item.replaceWith(mark);
    return {
      ...(await axeRun(main, AXE_STORY_EXCLUDED_RULES)),
      problems,
      slice: { items, judged: items - out.length },
    };
  } finally {
    for (const [item, mark] of out) mark.replaceWith(item);
    restore();
  }
}

/**
 * Runs axe (AA, best practice and AAA) on every story of a stories module, in light, dark and
 * high contrast. A story that sets its own theme runs once, in that theme. Call it from the
 * component's test file with the stories file name: `tests/node/package.test.mjs` checks every
 * stories file is passed here once. `ready` can wait for a story to finish loading (for example
 * data from `src`). Each result is recorded for the accessibility report (`recordAxe`).
 */
export function axeEveryStory(
  file: string,
  mod: Record<string, unknown>,
  ready?: (el: HTMLElement) => Promise<unknown>,
): void {
  const { default: meta, ...stories } = mod as Record<string, StoryLike> & { default: StoryLike };
  describe(`axe on every story: ${file}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      const forced = forcedTheme(meta, story);
      for (const theme of forced ? [forced] : THEMES) {
        it(forced ? `${name} in ${theme} (set by the story)` : `${name} in ${theme}`, async function () {
          this.timeout(30_000);
          const el = await renderStory(meta, story, theme);
          await ready?.(el);
          const inForce = themeInForce(el);
          expect(inForce, 'the theme the components use').to.equal(theme);
          const { violations, passes, axeVersion, problems } = await checkStory(el);
          await recordAxe({
            file,
            story: name,
            theme: inForce,
            tags: AXE_TAGS,
            violations: violations.map((v) => ({ id: v.id, nodes: v.nodes.length })),
            passes,
            axeVersion,
          });
          expect(violations, describeViolations(violations)).to.have.length(0);
          expect(problems, 'every item of a long list').to.deep.equal([]);
        });
      }
    }
  });
}
