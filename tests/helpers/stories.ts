import { fixture, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { describeViolations, axeViolations } from './axe.js';
import { settled } from './dom.js';

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

/** Renders one story in a `<main>` and waits for every Lit element in it. */
export async function renderStory(meta: StoryLike, story: StoryLike): Promise<HTMLElement> {
  await loadSheets();
  const el = await fixture<HTMLElement>(html`<main>${compose(meta, story)}</main>`);
  await settled(el);
  return el;
}

/**
 * Runs axe on every story of a stories module. Call it from the component's test file with the
 * stories file name: `tests/node/package.test.mjs` checks every stories file is passed here once.
 * `ready` can wait for a story to finish loading (for example data from `src`).
 */
export function axeEveryStory(
  file: string,
  mod: Record<string, unknown>,
  ready?: (el: HTMLElement) => Promise<unknown>,
): void {
  const { default: meta, ...stories } = mod as Record<string, StoryLike> & { default: StoryLike };
  describe(`axe on every story: ${file}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(name, async function () {
        // Some stories are big on purpose (1,000 items): axe needs time for them.
        this.timeout(90_000);
        const el = await renderStory(meta, story);
        await ready?.(el);
        const violations = await axeViolations(el);
        expect(violations, describeViolations(violations)).to.have.length(0);
      });
    }
  });
}
