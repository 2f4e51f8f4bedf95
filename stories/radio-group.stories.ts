import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/radio-group/index.js';
import type { ChoiceOption } from '../src/core/choice-group.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const travel: ChoiceOption[] = [
  { value: 'walk', label: 'I walk' },
  { value: 'bus', label: 'By bus', hint: 'Including community transport' },
  { value: 'car', label: 'Someone gives me a lift' },
  { value: 'delivery', label: 'I get food delivered' },
  { value: 'prefer-not', label: 'Prefer not to say', exclusive: true },
];

const meta: Meta = {
  title: 'Primitives/Radio group',
  component: 'cp-radio-group',
  args: {
    label: 'How do you usually get to the shops?',
    hint: '',
    error: '',
    value: '',
    required: false,
    inline: false,
    options: travel,
  },
  render: (a) => html`<cp-radio-group
    name="travel"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    .value=${a.value}
    .options=${a.options}
    ?required=${a.required}
    ?inline=${a.inline}
  ></cp-radio-group>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Native radios in a `<fieldset>` with a `<legend>`. Nothing is chosen until the person chooses. Options can be `<option>` children, so plain HTML works.',
          keyboard: [
            'Tab moves into the group (to the chosen radio, or the first) and Tab again leaves it.',
            'Arrow keys move between options and choose them, as native radios do (reversed right to left).',
          ],
          screenReader: [
            'The legend and "(optional)", the hint, then each option: "By bus, radio button, 2 of 5, Including community transport".',
          ],
          errors:
            'After submit: red bar, "Error: Select an answer for …" under the legend; the error summary link focuses the first radio.',
          limitations: ['Conditional follow-up questions are not built in yet.'],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'Think about the last month.' } };
export const Chosen: Story = { args: { value: 'bus' } };
export const Inline: Story = {
  args: {
    label: 'Did the workshop start on time?',
    inline: true,
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
};
export const FromOptionChildren: Story = {
  render: () => html`<cp-radio-group name="contact" label="How should we contact you?">
    <option value="email">Email</option>
    <option value="phone" data-hint="We will only call between 10am and 4pm">Phone</option>
    <option value="none" data-exclusive>Please do not contact me</option>
  </cp-radio-group>`,
};
export const WithError: Story = { args: { required: true, error: 'Select how you usually get to the shops' } };
export const LongText: Story = {
  args: {
    label: 'Thinking about the last time you could not get to a cheaper shop, what was the main reason?',
    options: [
      { value: 'transport', label: 'There was no bus or lift at a time that worked with my caring responsibilities' },
      { value: 'safety', label: 'I did not feel safe walking there, or coming back with shopping after dark' },
      { value: 'cost', label: 'The fare there and back cost more than I would save' },
    ],
  },
  decorators: [narrow],
};
export const RightToLeft: Story = {
  args: {
    label: 'كيف تذهب عادة إلى المتاجر؟',
    options: [
      { value: 'walk', label: 'مشياً' },
      { value: 'bus', label: 'بالحافلة' },
      { value: 'prefer-not', label: 'أفضل عدم القول', exclusive: true },
    ],
  },
  decorators: [rtl],
};
export const Dark: Story = {
  args: { value: 'walk', error: 'Select how you usually get to the shops' },
  decorators: [themed('dark')],
};
export const HighContrast: Story = { args: { value: 'walk' }, decorators: [themed('high-contrast')] };
