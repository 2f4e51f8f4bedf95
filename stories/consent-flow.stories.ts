import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/consent-flow/index.js';
import type { CpConsentFlow } from '../src/components/consent-flow/index.js';
import type { ConsentAnswers, ConsentDefinition } from '../src/components/consent-flow/index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';
import peerResearch from './data/consent/peer-research.json';
import workshop from './data/consent/workshop-recording.json';
import arabic from './data/consent/arabic.json';
import { consentArabicStrings } from './data/consent/arabic-strings.js';
import '../src/components/provider/index.js';

const answered: ConsentAnswers = {
  agreed: ['read', 'voluntary', 'notes', 'quotes'],
  credit: 'pseudonym',
  creditName: 'Sunny',
  access: 'A quiet room, and breaks every 40 minutes.',
  contact: 'text',
};

/** Presses Continue once the step has rendered, to show the errors a person would see. */
const pressContinue = async (el?: Element) => {
  const flow = el as CpConsentFlow | undefined;
  await flow?.updateComplete;
  const button = flow?.shadowRoot?.querySelector('form > cp-button.next') as HTMLElement | null;
  await (button as unknown as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  button?.shadowRoot?.querySelector('button')?.click();
};

const meta: Meta = {
  title: 'Widgets/Consent flow',
  component: 'cp-consent-flow',
  tags: ['autodocs'],
  args: { data: peerResearch, step: 'info', answers: undefined, errors: false },
  render: (a) => html`<cp-consent-flow
    .data=${a.data as ConsentDefinition}
    .step=${a.step}
    .answers=${(a.answers as ConsentAnswers | undefined) ?? { agreed: [] }}
    no-draft
    data-errors=${a.errors ? 'yes' : 'no'}
    ${ref(a.errors ? pressContinue : undefined)}
    @cp-consent=${(e: Event) => e.preventDefault()}
  ></cp-consent-flow>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Informed consent in short steps: the information (with an Easy Read version), payment and why it is paid that way, separate unticked statements, how to be credited, access needs, a check of every answer, and a copy to keep that says how to withdraw. The record names the version and a SHA-256 of exactly the text shown. These stories send nothing (they cancel `cp-consent`) and keep no draft (`no-draft`).',
          keyboard: [
            'Tab moves through each step; Space ticks a statement; arrow keys choose a credit or contact option; Enter on Continue (or in a text field) goes to the next step.',
            'After each step, focus moves to the new step’s heading, so the next Tab reaches its first question.',
            '“Back” and every “Change” link are ordinary links: Enter follows them.',
          ],
          screenReader: [
            'On each new step the heading is read with its place: "Step 2 of 6, Payment and thanks, heading level 3".',
            'Each statement is a group named by its text, with "(optional)" for the ones that are not needed, and one checkbox that shows "I agree" and is named with the statement ("I agree: I agree to my voice being recorded").',
            '"Back" is read as "Back": its chevron is decoration.',
            '"Change" links say what they change ("Change How would you like to be credited?") and move focus to that field.',
            'Whether the record was sent or saved on the device is read out politely; a refusal is read out at once.',
          ],
          errors:
            'Only required statements and a name for the chosen credit can be missing. Pressing Continue shows the error summary ("There is a problem", then "Select “I have read…” to continue"), which takes focus and links to each box. Optional statements never show an error.',
          limitations: [
            'Section text is plain text (a blank line starts a paragraph); links and lists inside sections are not supported yet.',
            'Print uses the browser’s print for the whole page; the download is a plain text file.',
            'Payment by choice says the person will be asked later; the flow does not record which way they chose.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** A peer-research study paid in vouchers, with an Easy Read version of the information. */
export const PeerResearch: Story = {};
export const EasyRead: Story = { args: { answers: { agreed: [], easy: true } } };
export const Payment: Story = { args: { step: 'payment' } };
export const Statements: Story = { args: { step: 'statements', answers: { agreed: ['read'] } } };
export const StatementErrors: Story = { args: { step: 'statements', answers: { agreed: ['read'] }, errors: true } };
export const Credit: Story = { args: { step: 'credit', answers: { agreed: [], credit: 'pseudonym', creditName: '' } } };
export const CreditErrors: Story = { args: { step: 'credit', answers: { agreed: [], credit: 'group' }, errors: true } };
export const AccessNeeds: Story = { args: { step: 'access', answers: answered } };
export const CheckYourAnswers: Story = { args: { step: 'check', answers: answered } };
export const Confirmation: Story = { args: { step: 'done', answers: answered } };
/** Consent to record a workshop: paid in cash or by choice, no credit question. */
export const WorkshopRecording: Story = { args: { data: workshop } };
export const WorkshopCheck: Story = { args: { data: workshop, step: 'check', answers: { agreed: ['take-part', 'photos'], contact: 'email' } } };
export const Narrow: Story = { args: { step: 'check', answers: answered }, decorators: [narrow] };
/** Arabic information, and the widget's own words in Arabic too (from `<cp-provider>`), right to left. */
export const RightToLeft: Story = {
  args: { data: arabic, step: 'statements', answers: { agreed: ['read'] } },
  decorators: [(story) => html`<cp-provider .strings=${consentArabicStrings}>${story()}</cp-provider>`, rtl],
};
export const Dark: Story = { args: { step: 'statements', answers: { agreed: ['read'] } }, decorators: [themed('dark')] };
export const DarkConfirmation: Story = { args: { step: 'done', answers: answered }, decorators: [themed('dark')] };
export const HighContrast: Story = { args: { step: 'check', answers: answered }, decorators: [themed('high-contrast')] };
export const HighContrastErrors: Story = {
  args: { step: 'statements', answers: { agreed: [] }, errors: true },
  decorators: [themed('high-contrast')],
};
