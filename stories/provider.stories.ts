import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { accessibility } from './helpers.js';

const meta: Meta = {
  title: 'Foundations/Provider',
  component: 'cp-provider',
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Sets the endpoint, language, strings and theme for every kit component inside it, through the web components community’s Context protocol (`context-request` events, as `@lit/context` uses). It adds no box and nothing to the accessibility tree.',
          keyboard: ['Nothing: it has no interactive parts.'],
          screenReader: [
            'Nothing of its own. Its `locale` sets the language of built-in strings and number formats inside it.',
          ],
          errors: 'Not applicable.',
          limitations: [
            'It does not set `lang` on the page: put `lang` on the element that holds translated content too.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const WelshStrings: Story = {
  name: 'Translated strings (Welsh)',
  render: () => html`<div lang="cy">
    <cp-provider
      .strings=${{ optional: '(dewisol)', textareaCharLimit: 'Gallwch roi hyd at {max} nod' }}
    >
      <cp-text-field label="Beth ddylen ni eich galw chi?"></cp-text-field>
      <cp-textarea label="Unrhyw beth arall?" maxlength="200"></cp-textarea>
    </cp-provider>
  </div>`,
};
export const DarkForEverythingInside: Story = {
  render: () => html`<cp-provider theme="dark">
    <div class="cp-story-surface" data-cp-theme="dark">
      <cp-text-field label="What should we call you?"></cp-text-field>
      <cp-button type="button">Send feedback</cp-button>
    </div>
  </cp-provider>`,
};
