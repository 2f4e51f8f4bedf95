import { fixture, html, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { describeViolations, axeViolations } from './helpers/axe.js';
import { settled } from './helpers/dom.js';
import * as button from '../stories/button.stories.js';
import * as textField from '../stories/text-field.stories.js';
import * as textarea from '../stories/textarea.stories.js';
import * as radioGroup from '../stories/radio-group.stories.js';
import * as checkboxGroup from '../stories/checkbox-group.stories.js';
import * as rating from '../stories/rating.stories.js';
import * as errorSummary from '../stories/error-summary.stories.js';
import * as provider from '../stories/provider.stories.js';
import * as tokens from '../stories/tokens.stories.js';

/** Every stories file, by file name (a node test checks none is missing here). */
export const storyFiles = {
  'button.stories.ts': button,
  'text-field.stories.ts': textField,
  'textarea.stories.ts': textarea,
  'radio-group.stories.ts': radioGroup,
  'checkbox-group.stories.ts': checkboxGroup,
  'rating.stories.ts': rating,
  'error-summary.stories.ts': errorSummary,
  'provider.stories.ts': provider,
  'tokens.stories.ts': tokens,
};

type Ctx = { args: Record<string, unknown> };
type Render = (args: Record<string, unknown>, ctx: Ctx) => TemplateResult;
type Decorator = (story: () => TemplateResult, ctx: Ctx) => TemplateResult;
interface StoryLike {
  args?: Record<string, unknown>;
  render?: Render;
  decorators?: Decorator[];
}

/** Renders a story the way Storybook does: meta and story args, render, then decorators (story's innermost). */
function compose(meta: StoryLike, story: StoryLike): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const ctx = { args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error('Every story needs a render function (here or in its meta)');
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => TemplateResult>((inner, d) => () => d(inner, ctx), () => render(args, ctx))();
}

for (const href of ['/src/tokens/generated/tokens.css', '/stories/stories.css']) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  document.head.append(link);
  await new Promise((r) => link.addEventListener('load', r, { once: true }));
}

for (const [file, mod] of Object.entries(storyFiles)) {
  const { default: meta, ...stories } = mod as unknown as Record<string, StoryLike> & { default: StoryLike };
  describe(`axe on every story: ${file}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(name, async () => {
        const el = await fixture(html`<main>${compose(meta, story)}</main>`);
        await settled(el);
        const violations = await axeViolations(el);
        expect(violations, describeViolations(violations)).to.have.length(0);
      });
    }
  });
}
