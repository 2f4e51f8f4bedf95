import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';

/** A real form: press "Send" with the required questions empty to see the summary appear. */
const form = (errors = false) => html`<form novalidate @submit=${(e: Event) => e.preventDefault()}>
  <cp-error-summary
    .errors=${
      errors
        ? [
            { target: 'story-email', message: 'Enter an email address in the correct format, like name@example.com' },
            { target: 'story-rating', message: 'Choose a rating for the workshop' },
          ]
        : []
    }
  ></cp-error-summary>
  <cp-text-field
    id="story-email"
    name="email"
    type="email"
    label="Email address"
    required
    .value=${errors ? 'sam.example.com' : ''}
    error=${errors ? 'Enter an email address in the correct format, like name@example.com' : ''}
  ></cp-text-field>
  <cp-rating
    id="story-rating"
    name="rating"
    label="How was today’s workshop?"
    required
    error=${errors ? 'Choose a rating for the workshop' : ''}
  ></cp-rating>
  <cp-textarea name="more" label="Anything else you want to tell us?"></cp-textarea>
  <cp-button>Send</cp-button>
</form>`;

const meta: Meta = {
  title: 'Primitives/Error summary',
  component: 'cp-error-summary',
  render: () => form(true),
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Lists every problem after a form is submitted and takes focus, as the GOV.UK error summary does. Inside a `<form>` it needs no script at all.',
          keyboard: [
            'After a failed submit, focus moves to the summary.',
            'Tab moves through the links; Enter on a link moves focus to that field and scrolls its label into view.',
          ],
          screenReader: [
            '"There is a problem", then the list of errors, read once when it appears (it is an alert and takes focus).',
          ],
          errors: 'This is how errors are shown: each message here matches the one beside its field.',
          limitations: [
            'It does not change the page title; pages that want "Error: " before their title can listen for `cp-error-summary`.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const WithErrors: Story = {};
export const TryIt: Story = { name: 'Try it: submit an empty form', render: () => form(false) };
export const LongText: Story = {
  render: () => html`<cp-error-summary
    .errors=${[
      {
        target: 'x',
        message:
          'Enter an answer for “Which community groups, organisations or informal networks do you take part in?”',
      },
      {
        target: 'y',
        message: 'Select at least one option for “Which parts of the research would you like to be involved in?”',
      },
    ]}
  ></cp-error-summary>`,
  decorators: [narrow],
};
export const RightToLeft: Story = {
  render: () => html`<cp-error-summary
    .strings=${{ errorSummaryTitle: 'هناك مشكلة' }}
    .errors=${[{ target: 'x', message: 'أدخل بريدًا إلكترونيًا صحيحًا' }]}
  ></cp-error-summary>`,
  decorators: [rtl],
};
export const Dark: Story = { decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
