import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/rating/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const meta: Meta = {
  title: 'Primitives/Rating',
  component: 'cp-rating',
  args: {
    label: 'How was today’s workshop?',
    hint: '',
    error: '',
    value: '',
    required: false,
    min: 1,
    max: 5,
    labels: undefined,
  },
  render: (a) => html`<cp-rating
    name="workshop"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    .value=${a.value}
    min=${a.min}
    max=${a.max}
    .labels=${a.labels}
    ?required=${a.required}
  ></cp-rating>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary: 'A scale where every point has words — never colour or stars alone. It is a radio group underneath.',
          keyboard: ['Tab moves into the scale; arrow keys move between points and choose them.'],
          screenReader: ['"How was today’s workshop? (optional), group", then "3 – OK, radio button, 3 of 5".'],
          errors: 'After submit (only when `required`): "Error: Choose a rating for …".',
          limitations: [
            'Scales other than 1 to 5 need their words in `labels`; points without words show their number.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Chosen: Story = { args: { value: '4' } };
export const CustomWords: Story = {
  args: {
    label: 'How clear was the information sheet?',
    min: 1,
    max: 3,
    labels: { 1: 'Hard to follow', 2: 'Mostly clear', 3: 'Very clear' },
  },
};
export const WithError: Story = { args: { required: true, error: 'Choose a rating for the workshop' } };
export const LongText: Story = {
  args: {
    label: 'Overall, how well did the advisory board listen to what young carers said during the session?',
    hint: '1 is very poor and 5 is very good.',
  },
  decorators: [narrow],
};
export const RightToLeft: Story = {
  args: {
    label: 'كيف كانت ورشة العمل اليوم؟',
    labels: { 1: 'سيئة جداً', 2: 'سيئة', 3: 'مقبولة', 4: 'جيدة', 5: 'جيدة جداً' },
  },
  decorators: [rtl],
};
export const Dark: Story = { args: { value: '2' }, decorators: [themed('dark')] };
export const HighContrast: Story = { args: { value: '2' }, decorators: [themed('high-contrast')] };
