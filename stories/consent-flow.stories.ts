import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/consent/consent-flow.index.js';
import type { CpConsentFlow } from '../src/components/consent/consent-flow.index.js';
import type { ConsentAnswers, ConsentDefinition } from '../src/components/consent/consent-flow.index.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';
import peerResearch from './data/consent/peer-research.json';
import workshop from './data/consent/workshop-recording.json';
import youngCarers from './data/consent/young-carers.json';
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

/** Presses Continue with a required statement unticked, then "Leave without agreeing". */
const pressContinueAndLeave = async (el?: Element) => {
  await pressContinue(el);
  const flow = el as CpConsentFlow | undefined;
  await flow?.updateComplete;
  const leave = flow?.shadowRoot?.querySelector('.declined cp-button') as
    (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await leave?.updateComplete;
  leave?.shadowRoot?.querySelector('button')?.click();
};

const meta: Meta = {
  title: 'Widgets/Consent flow',
  component: 'cp-consent-flow',
  args: { data: peerResearch, step: 'info', answers: undefined, errors: false },
  render: (a) => html`<cp-consent-flow
    .data=${a.data as ConsentDefinition}
    .step=${a.step}
    .answers=${(a.answers as ConsentAnswers | undefined) ?? { agreed: [] }}
    ?save-draft=${!!a.saveDraft}
    exit-url=${(a.exitUrl as string | undefined) ?? nothing}
    ?staff-mode=${!!a.staff}
    data-errors=${a.errors ? 'yes' : 'no'}
    ${ref(a.leave ? pressContinueAndLeave : a.errors ? pressContinue : undefined)}
    @cp-consent=${(e: Event) => e.preventDefault()}
  ></cp-consent-flow>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Informed consent in short steps: the information (with an Easy Read version), payment and why it is paid that way, separate unticked statements, how to be credited, access needs, a check of every answer, and a copy to keep that says how to withdraw. The record names the version and a SHA-256 of exactly the text shown. These stories send nothing (they cancel `cp-consent`) and keep no draft (drafts are opt-in with `save-draft`, for shared devices).',
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
            'Not agreeing is a choice, never an error. Pressing Continue with a required statement unticked shows a calm message instead of an error summary: it names the statement, says "You need to agree to this to take part in this project", that this is fine, who to contact about other ways to take part, and offers "Leave without agreeing". Focus moves to the message and the page title does not say "Error". Only a missing name for the chosen credit shows the error summary.',
          limitations: [
            'Section text is plain text (a blank line starts a paragraph); links and lists inside sections are not supported yet.',
            'Print uses the browser’s print for the whole page (the controls are hidden); the download is a plain text file with the same words as the copy on the page.',
            'In the young-person flow, the credit and access questions keep their "you" wording, though the parent or carer answers them.',
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
/** Continue with required statements unticked: what that means, that it is fine, who to ask, and "Leave without agreeing". No error. */
export const RequiredStatementDeclined: Story = {
  name: 'A required statement declined',
  args: { step: 'statements', answers: { agreed: ['read', 'voluntary'] }, errors: true },
};
/** After "Leave without agreeing": a calm page that says nothing has been sent, with who to contact. */
export const LeftWithoutAgreeing: Story = {
  args: { step: 'statements', answers: { agreed: ['read'] }, errors: true, leave: true },
};
export const Credit: Story = { args: { step: 'credit', answers: { agreed: [], credit: 'pseudonym', creditName: '' } } };
export const CreditErrors: Story = { args: { step: 'credit', answers: { agreed: [], credit: 'group' }, errors: true } };
/** A named person chose "Say that I took part with lived experience": optional and never pre-ticked, offered only with a full name, first name, initials or made-up name. */
export const CreditWithLivedExperience: Story = {
  args: { step: 'credit', answers: { agreed: [], credit: 'first-name', creditName: 'Rae', lived: ['yes'] } },
};
export const AccessNeeds: Story = { args: { step: 'access', answers: answered } };
export const CheckYourAnswers: Story = { args: { step: 'check', answers: answered } };
export const Confirmation: Story = { args: { step: 'done', answers: answered } };
/**
 * The complete participant copy: the confirmation with everything a person keeps. Their reference
 * (to read out on the phone) and private key, the link to change or withdraw (from `manage-url`),
 * their answers with each decision and their payment choice ("I do not want to be paid"), the
 * Easy Read information they read, the payment terms, how to withdraw, and who to contact.
 */
export const CompleteParticipantCopy: Story = {
  args: { step: 'done', answers: { ...answered, easy: true, payment: 'none' } },
  render: (a) => html`<cp-consent-flow
    .data=${peerResearch as ConsentDefinition}
    .step=${a.step}
    .answers=${a.answers as ConsentAnswers}
    manage-url="https://northfield-voices.org.uk/consent/manage"
    @cp-consent=${(e: Event) => e.preventDefault()}
  ></cp-consent-flow>`,
};
/** Consent to record a workshop: paid in cash or by choice, no credit question. */
export const WorkshopRecording: Story = { args: { data: workshop } };
export const WorkshopCheck: Story = {
  args: { data: workshop, step: 'check', answers: { agreed: ['take-part', 'photos'], contact: 'email' } },
};
export const Narrow: Story = { args: { step: 'check', answers: answered }, decorators: [narrow] };
/** Arabic information, and the widget's own words in Arabic too (from `<cp-provider>`), right to left. */
export const RightToLeft: Story = {
  args: { data: arabic, step: 'statements', answers: { agreed: ['read'] } },
  decorators: [(story) => html`<cp-provider .strings=${consentArabicStrings}>${story()}</cp-provider>`, rtl],
};
export const Dark: Story = {
  args: { step: 'statements', answers: { agreed: ['read'] } },
  decorators: [themed('dark')],
};
export const DarkConfirmation: Story = { args: { step: 'done', answers: answered }, decorators: [themed('dark')] };
export const HighContrast: Story = {
  args: { step: 'check', answers: answered },
  decorators: [themed('high-contrast')],
};
export const HighContrastDeclined: Story = {
  args: { step: 'statements', answers: { agreed: [] }, errors: true },
  decorators: [themed('high-contrast')],
};

/**
 * Staff mode (`staff-mode`): consent taken by phone, on paper or with a supporter. The first step
 * asks how consent is being taken and who is recording it (required: it is the staff member's
 * account, not the participant's answer), and the flow says "They agree" instead of "I agree".
 */
export const StaffMode: Story = { args: { data: workshop, staff: true, step: 'staff', answers: { agreed: [] } } };
export const StaffModeStatements: Story = {
  args: {
    data: workshop,
    staff: true,
    step: 'statements',
    answers: { agreed: ['take-part'], method: 'verbal', recordedBy: 'Jo, facilitator' },
  },
};
export const StaffModeCheck: Story = {
  args: {
    data: workshop,
    staff: true,
    step: 'check',
    answers: { agreed: ['take-part', 'audio'], method: 'verbal', recordedBy: 'Jo, facilitator', contact: 'phone' },
  },
};
export const StaffModeErrors: Story = {
  args: { data: workshop, staff: true, step: 'staff', answers: { agreed: [] }, errors: true },
  decorators: [themed('high-contrast')],
};
/** Young people (`ageGroups`): one optional, coarse question first, "Are you under 16?", never a date of birth. */
export const YoungPeopleAge: Story = { args: { data: youngCarers, step: 'age', answers: { agreed: [] } } };
const under: ConsentAnswers = { agreed: ['take-part'], age: 'under', assented: ['take-part'], credit: 'anonymous' };
/** Under 16: the young person's own page, in words written for them, before a parent or carer reads the standard text. */
export const YoungPeopleAssent: Story = {
  args: { data: youngCarers, step: 'assent', answers: { ...under, agreed: [] } },
};
/** Then the parent or carer reads the standard information… */
export const YoungPeopleParent: Story = { args: { data: youngCarers, step: 'info', answers: under } };
/** …and both parts show on "Check your answers", and go in one record. */
export const YoungPeopleCheck: Story = { args: { data: youngCarers, step: 'check', answers: under } };
export const YoungPeopleDark: Story = {
  args: { data: youngCarers, step: 'assent', answers: under },
  decorators: [themed('dark')],
};
export const YoungPeopleStaffMode: Story = {
  args: {
    data: youngCarers,
    staff: true,
    step: 'assent',
    answers: { ...under, method: 'assisted', recordedBy: 'Priya' },
  },
};
/** `save-draft`: answers are kept on this device, the steps say so, and "Clear my answers" is always there. */
export const SavedOnThisDevice: Story = {
  args: { step: 'statements', answers: { agreed: ['read'] }, saveDraft: true },
};
/** `exit-url`: the "Exit this page" button stays in reach; pressing Shift 3 times also leaves. */
export const QuickExit: Story = {
  args: { step: 'statements', answers: { agreed: ['read'] }, exitUrl: 'https://www.bbc.co.uk/weather' },
};
