import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/textarea/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const meta: Meta = {
  title: 'Primitives/Textarea',
  component: 'cp-textarea',
  args: {
    label: 'What would make it easier to get to cheaper food shops?',
    hint: 'Do not include personal details like your name or address.',
    error: '',
    value: '',
    maxlength: 0,
    maxwords: 0,
    required: false,
  },
  render: (a) => html`<cp-textarea
    name="answer"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    .value=${a.value}
    maxlength=${a.maxlength || nothing}
    maxwords=${a.maxwords || nothing}
    ?required=${a.required}
  ></cp-textarea>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'A native `<textarea>` with an optional character or word count after the GOV.UK character count. Typing is never blocked: going over shows how many characters are too many.',
          keyboard: ['Tab moves to the textarea. Enter adds a new line.'],
          screenReader: [
            'The label, "(optional)", the hint and "You can enter up to 200 characters".',
            'Near the limit (75% by default), "You have 20 characters remaining" is announced politely once the person pauses typing for a second — never on every key press.',
          ],
          errors:
            'After submit: "“…” must be 200 characters or fewer", above the textarea and in the error summary. Nothing typed is removed.',
          limitations: ['The count counts characters as JavaScript does (an emoji can count as two).'],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithCharacterCount: Story = { args: { maxlength: 200 } };
export const NearTheLimit: Story = {
  args: {
    maxlength: 120,
    value:
      'The bus to the big supermarket stopped running after six, and walking back with shopping in the dark does not feel safe.',
  },
};
export const OverTheLimit: Story = {
  args: {
    maxlength: 60,
    value:
      'The bus to the big supermarket stopped running after six, and walking back with shopping in the dark does not feel safe.',
    error: '“What would make it easier to get to cheaper food shops?” must be 60 characters or fewer',
  },
};
export const WithWordCount: Story = { args: { maxwords: 150, label: 'Tell us about the workshop in your own words' } };
export const WithError: Story = {
  args: { required: true, error: 'Enter an answer for “What would make it easier to get to cheaper food shops?”' },
};
export const LongText: Story = {
  args: {
    label: 'If you want to, tell us how answering these questions felt, and anything that would have made it easier',
    hint: 'There are no right or wrong answers. You can leave this blank. We read every answer, and we will not share what you write with anyone outside the project team.',
    value: 'It was fine but some questions felt long. '.repeat(4),
    maxlength: 400,
  },
  decorators: [narrow],
};
export const RightToLeft: Story = {
  args: {
    label: 'ما الذي يسهل الوصول إلى متاجر الطعام الأرخص؟',
    hint: 'لا تكتب معلومات شخصية مثل اسمك أو عنوانك.',
    maxlength: 200,
  },
  decorators: [rtl],
};
export const Dark: Story = {
  args: { maxlength: 60, value: 'The bus stopped running after six, so I stopped going there.' },
  decorators: [themed('dark')],
};
export const HighContrast: Story = {
  args: { maxlength: 60, value: 'The bus stopped running after six, so I stopped going there.' },
  decorators: [themed('high-contrast')],
};
