import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/checkbox-group/index.js';
import type { ChoiceOption } from '../src/core/choice-group.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

const needs: ChoiceOption[] = [
  { value: 'easy-read', label: 'Easy Read information' },
  { value: 'bsl', label: 'A British Sign Language interpreter' },
  { value: 'step-free', label: 'Step-free access' },
  { value: 'breaks', label: 'Breaks when I need them' },
  { value: 'none', label: 'None of these', exclusive: true },
];

const meta: Meta = {
  title: 'Primitives/Checkbox group',
  component: 'cp-checkbox-group',
  args: {
    label: 'What would help you take part?',
    hint: 'Select all that apply.',
    error: '',
    value: [],
    required: false,
    options: needs,
  },
  render: (a) => html`<cp-checkbox-group
    name="needs"
    label=${a.label}
    hint=${a.hint || nothing}
    error=${a.error || nothing}
    .value=${a.value}
    .options=${a.options}
    ?required=${a.required}
  ></cp-checkbox-group>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Native checkboxes in a `<fieldset>`. An exclusive option ("None of these") comes after "or": checking it clears the others, and checking another clears it, as in the GOV.UK Design System.',
          keyboard: ['Tab moves from checkbox to checkbox; Space checks or unchecks.'],
          screenReader: [
            'The legend, "(optional)" and hint, then each option: "Step-free access, checkbox, not checked".',
          ],
          errors:
            'After submit: red bar and "Error: Select at least one option for …"; the error summary link focuses the first checkbox.',
          limitations: [
            'When "None of these" clears other options, the change is visible but not announced separately.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const SomeChecked: Story = { args: { value: ['easy-read', 'breaks'] } };
export const NoneOfThese: Story = { args: { value: ['none'] } };
export const WithError: Story = { args: { required: true, error: 'Select at least one option, or “None of these”' } };
export const LongText: Story = {
  args: {
    label: 'Which parts of the research would you like to be involved in? You can change your mind at any time.',
    hint: 'Select all that apply. There is no minimum: any amount of time you can give is welcome.',
    options: [
      { value: 'questions', label: 'Shaping the questions we ask, including whether any are upsetting or confusing' },
      { value: 'interviews', label: 'Carrying out interviews as a peer researcher, with training and support' },
      { value: 'sense', label: 'Making sense of what people told us in group sessions' },
    ],
  },
  decorators: [narrow],
};
export const RightToLeft: Story = {
  args: {
    label: 'ما الذي يساعدك على المشاركة؟',
    hint: 'اختر كل ما ينطبق.',
    options: [
      { value: 'easy-read', label: 'معلومات سهلة القراءة' },
      { value: 'breaks', label: 'استراحات عند الحاجة' },
      { value: 'none', label: 'لا شيء مما سبق', exclusive: true },
    ],
  },
  decorators: [rtl],
};
export const Dark: Story = { args: { value: ['bsl'] }, decorators: [themed('dark')] };
export const HighContrast: Story = {
  args: { value: ['bsl'], error: 'Select at least one option' },
  decorators: [themed('high-contrast')],
};
