import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/language-switch/index.js';
import '../src/locales/on-demand.js';
import { accessibility } from './helpers.js';

const meta: Meta = {
  title: 'Foundations/Language switch',
  component: 'cp-language-switch',
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Lets a person choose the language of every kit widget on the page, as bilingual Welsh sites offer "Cymraeg" / "English". Widgets show one themselves when given `languages="en cy"`; this element places one on its own.',
          keyboard: ['Tab moves between the languages; Enter or Space chooses one.'],
          screenReader: [
            'A group named "Language" (in the current language) of toggle buttons; the current language is pressed.',
            'Each language is named in itself and carries its own `lang`, so "Cymraeg" is read in Welsh.',
          ],
          errors: 'Not applicable.',
          limitations: [
            'The choice lasts for the visit (sessionStorage), not across visits, and never in a cookie.',
            'It changes the kit widgets only: the rest of the page is the page’s own to translate.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const WelshAndEnglish: Story = {
  name: 'Welsh and English',
  render: () => html`<div lang="en"><cp-language-switch languages="cy en"></cp-language-switch></div>`,
};

export const SeveralLanguages: Story = {
  name: 'Several languages, right to left included',
  render: () => html`<div lang="en"><cp-language-switch languages="en cy pl ur ar bn"></cp-language-switch></div>`,
};
