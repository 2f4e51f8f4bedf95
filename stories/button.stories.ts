import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/button/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const meta: Meta = {
  title: 'Primitives/Button',
  component: 'cp-button',
  args: { text: 'Send feedback', variant: 'primary', type: 'submit' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'warning'] },
    type: { control: 'inline-radio', options: ['submit', 'reset', 'button'] },
  },
  render: ({ text, variant, type }) => html`<cp-button variant=${variant} type=${type}>${text}</cp-button>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'A native `<button>` inside, so it behaves like one everywhere. There is no disabled state: let people press the button and explain what to fix.',
          keyboard: [
            'Tab moves to the button; Enter or Space presses it.',
            'In a form, a `submit` button sends the form (`requestSubmit`, so the form is checked first).',
          ],
          screenReader: ['"Send feedback, button".'],
          errors: 'Buttons do not show errors. Pair a submit button with `<cp-error-summary>`.',
          limitations: ['The button has no `name`/`value` of its own in the submitted form data.'],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Primary: Story = {};
export const Secondary: Story = { args: { text: 'Save and come back later', variant: 'secondary', type: 'button' } };
export const Warning: Story = { args: { text: 'Delete my answers', variant: 'warning', type: 'button' } };
export const LongText: Story = {
  args: { text: 'Send my feedback to the Homewood community food project team' },
  decorators: [narrow],
};
export const RightToLeft: Story = { args: { text: 'إرسال الملاحظات' }, decorators: [rtl] };
export const Dark: Story = { decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
export const BrandColour: Story = {
  name: 'Brand colour (text colour chosen for you)',
  render: () => html`<div style="display: flex; gap: 1rem; flex-wrap: wrap">
    ${['#6b2c91', '#ffcc00', '#00857c', '#e4007c', '#222222', '#a4d65e'].map(
      (c) => html`<cp-button style="--cp-color-brand: ${c}" type="button">Take part</cp-button>`,
    )}
  </div>`,
};
