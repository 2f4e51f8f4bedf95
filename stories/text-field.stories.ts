import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/text-field/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const meta: Meta = {
  title: 'Primitives/Text field',
  component: 'cp-text-field',
  args: { label: 'What should we call you?', hint: '', error: '', value: '', required: false, type: 'text' },
  render: (a) => html`<cp-text-field
    name="name"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    .value=${a.value}
    ?required=${a.required}
    type=${a.type}
    autocomplete=${a.autocomplete || nothing}
  ></cp-text-field>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'A native `<input>` with its label, hint and error in the same shadow root, so `for` and `aria-describedby` work.',
          keyboard: ['Tab moves to the input.', 'Enter submits the form, as in a native input.'],
          screenReader: [
            'The label, then "(optional)" unless `required`, then the hint and any error ("Error: …").',
            'Required fields are announced as required (`aria-required`) and invalid ones as invalid.',
          ],
          errors:
            'Only after the form is submitted (never while typing or on leaving the field): a red bar, "Error:" and the message above the input, and the same message in the error summary. What was typed is kept.',
          limitations: ['Use `inputmode="numeric"` rather than `type="number"` for numbers, as GOV.UK advises.'],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const WithHint: Story = { args: { hint: 'A first name, a nickname, or leave it blank.' } };
export const Required: Story = {
  args: { label: 'Email address', type: 'email', required: true, autocomplete: 'email' },
};
export const WithError: Story = {
  args: {
    label: 'Email address',
    type: 'email',
    value: 'amina.example.com',
    error: 'Enter an email address in the correct format, like name@example.com',
  },
};
export const LongText: Story = {
  args: {
    label: 'Which community group, organisation or informal network do you take part in, if any?',
    hint: 'For example a residents’ association, a faith group, a youth advisory board or a WhatsApp group for your street. You can skip this question.',
    value: 'Homewood Residents’ Association and the Thursday community meal at St Mary’s hall',
  },
  decorators: [narrow],
};
export const RightToLeft: Story = {
  args: { label: 'ما الاسم الذي تفضل أن نناديك به؟', hint: 'الاسم الأول أو اسم مستعار.' },
  decorators: [rtl],
};
export const Dark: Story = {
  args: { hint: 'A first name or a nickname.', error: 'Enter what we should call you' },
  decorators: [themed('dark')],
};
export const HighContrast: Story = {
  args: { hint: 'A first name or a nickname.', error: 'Enter what we should call you' },
  decorators: [themed('high-contrast')],
};
