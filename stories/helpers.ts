import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { ref } from 'lit/directives/ref.js';
import type { Theme } from '../src/core/context.js';
import type { Delivery } from '../src/core/submit.js';
import type { SubmitController } from '../src/core/submit-controller.js';

/** Shows the story on the theme's own background, as a page using that theme would. */
export const themed =
  (theme: Exclude<Theme, 'auto'>): Decorator =>
  (story) =>
    html`<div data-cp-theme=${theme} class="cp-story-surface">${story()}</div>`;

/** Shows the story right to left, in Arabic, as on an Arabic page. */
export const rtl: Decorator = (story) => html`<div dir="rtl" lang="ar">${story()}</div>`;

/** A narrow frame: 320 CSS pixels, the width WCAG reflow asks for (400% zoom on a 1280px screen). */
export const narrow: Decorator = (story) => html`<div style="max-width: 320px">${story()}</div>`;

/**
 * Shows a sending widget as if its answers had just been sent, with `delivery` (its `delivery` is
 * read-only: a person reaches this state by sending). The stories never send anything.
 */
export const delivered = (delivery?: Delivery) =>
  ref((el) => {
    if (el && delivery) (el as Element & { submitter: SubmitController }).submitter.show(delivery);
  });

/** The accessibility section every component's docs page carries, for auditors to check against. */
export function accessibility(a: {
  summary: string;
  keyboard: string[];
  screenReader: string[];
  errors: string;
  limitations: string[];
}): string {
  const list = (items: string[]) => items.map((i) => `- ${i}`).join('\n');
  return `${a.summary}

## Accessibility

Checked with axe (WCAG 2.2 A, AA and AAA, best practice) on every story below, in light, dark and high contrast, and right to left.

### Keyboard
${list(a.keyboard)}

### What a screen reader announces
${list(a.screenReader)}

### How errors are shown
${a.errors}

### Known limitations
${list(a.limitations)}
`;
}
