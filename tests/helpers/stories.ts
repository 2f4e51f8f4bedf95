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
  return decorators.reduce<() => TemplateResult>((inner, d) => () => d(inner, ctx), () => render(args, ctx))();
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
    ? (await fixture<HTMLElement>(
        html`<div data-cp-theme=${theme} class="cp-story-surface"><main>${compose(meta, story)}</main></div>`,
      )).querySelector('main')!
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
  const kit = [...main.querySelectorAll('*')].find((el) => el.localName.startsWith('cp-') && el.localName !== 'cp-provider');
  const state = kit && THEMES.find((t) => kit.matches(`:state(${t})`));
  return state ?? (main.querySelector('[data-cp-theme]') ?? main.closest('[data-cp-theme]'))?.getAttribute('data-cp-theme') ?? 'light';
}

/**
 * A test-only style that turns off `content-visibility: auto` in `main` and every shadow root
 * under it, so axe judges every item (it cannot judge the colours of skipped content, axe-core
 * #2768). Returns a function that takes the style out again.
 */
export function showSkippedContent(main: HTMLElement): () => void {
  const styles: HTMLStyleElement[] = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      const style = Object.assign(document.createElement('style'), {
        textContent: '* { content-visibility: visible !important; }',
      });
      style.dataset.testOnly = 'content-visibility';
      el.shadowRoot.append(style);
      styles.push(style);
      visit(el.shadowRoot);
    }
  };
  visit(main);
  return () => styles.forEach((s) => s.remove());
}

/** Parents (in `main` and the shadow roots under it) whose children are laid out lazily (`content-visibility: auto`). */
function lazyLists(main: HTMLElement): Element[] {
  const found = new Set<Element>();
  const visit = (root: Element | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.parentElement && getComputedStyle(el).contentVisibility === 'auto') found.add(el.parentElement);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(main);
  return [...found];
}

/** What an item is made of: its attributes and the classes and elements inside it, not its words. */
const shape = (item: Element) =>
  [
    item.localName,
    ...[...item.attributes].map((a) => (/^(class|data-.*)$/.test(a.name) ? `${a.name}=${a.value}` : a.name)),
    ...new Set([...item.querySelectorAll('*')].map((el) => `${el.localName}.${[...el.classList].sort().join('.')}`)),
  ]
    .sort()
    .join(' ');

/**
 * Checks, without axe, what every item of a long list must get right whatever its data: ids are
 * unique, `aria-labelledby`/`aria-describedby`/`aria-controls`/`for` point at something, every
 * heading has words, every button, link and summary has a name. Returns the problems found.
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
      !!(el.textContent?.trim() || el.getAttribute('aria-label')?.trim() ||
        (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => byId(id)?.textContent?.trim()));
    for (const el of all) {
      for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean))
          if (!byId(id)) problems.push(`${where}: ${attr}="${id}" on <${el.localName}> points at nothing`);
      }
      if (el.matches('h1, h2, h3, h4, h5, h6, [role=heading]') && !named(el)) problems.push(`${where}: an empty <${el.localName}>`);
      if (el.matches('button, a[href], summary') && !named(el)) problems.push(`${where}: a <${el.localName}> with no name`);
      if (el.shadowRoot) visit(el.shadowRoot, `<${el.localName}>`);
    }
  };
  visit(main, '<main>');
  return problems;
}

/**
 * Axe on a story with a long, lazily laid out list (the 1,000-item impact panel). axe rebuilds
 * its picture of the whole DOM for every run and judges colours node by node: on 24,000 nodes a
 * run takes minutes. So:
 * - axe, every rule, runs on a slice: the first 10 items and one item of each shape (status,
 *   quote, links, timeline…), the other items taken out of the DOM meanwhile. Items of one
 *   shape come from the same template with the same colours and roles, so the slice judges
 *   them all;
 * - `structureProblems` checks every item, all 1,000, for what varies with the data.
 * `content-visibility` is off throughout (test-only style, see `showSkippedContent`).
 */
async function axeLongStory(main: HTMLElement, lists: Element[]): Promise<AxeOutcome & { problems: string[] }> {
  const problems = structureProblems(main);
  const restore = showSkippedContent(main);
  const out: [Element, Comment][] = [];
  try {
    for (const list of lists) {
      const seen = new Set<string>();
      [...list.children].forEach((item, i) => {
        const s = shape(item);
        if (i < 10 || !seen.has(s)) seen.add(s);
        else out.push([item, new Comment('taken out for axe')]);
      });
    }
    for (const [item, mark] of out) item.replaceWith(mark);
    return { ...(await axeRun(main, AXE_STORY_EXCLUDED_RULES)), problems };
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
          const lists = lazyLists(el);
          const { violations, passes, axeVersion, problems = [] } = lists.length
            ? await axeLongStory(el, lists)
            : { ...(await axeRun(el, AXE_STORY_EXCLUDED_RULES)), problems: undefined };
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
