import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/consent-withdraw/index.js';
import type { CpConsentWithdraw } from '../src/components/consent-withdraw/index.js';
import type { ConsentDefinition, ConsentRecord, ConsentWithdrawal } from '../src/components/consent-flow/types.js';
import { accessibility, narrow, rtl, themed } from './helpers.js';
import peerResearch from './data/consent/peer-research.json';
import peerRecord from './data/consent/peer-research-record.json';
import workshop from './data/consent/workshop-recording.json';
import workshopRecord from './data/consent/workshop-record.json';
import arabic from './data/consent/arabic.json';
import { consentArabicStrings } from './data/consent/arabic-strings.js';
import '../src/components/provider/index.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
/** Clicks a control inside a kit element once both have rendered. */
async function press(el: Element | undefined, selector: string, inner: string) {
  await (el as CpConsentWithdraw | undefined)?.updateComplete;
  const host = el?.shadowRoot?.querySelector<Lit>(selector);
  await host?.updateComplete;
  host?.shadowRoot?.querySelector<HTMLElement>(inner)?.click();
}
/** Presses Withdraw, to show the errors a person would see. */
const pressWithdraw = (el?: Element) => press(el, 'cp-button', 'button');
/** Ticks one optional statement: withdrawing from only some things. */
const chooseSome = (el?: Element) => press(el, 'cp-checkbox-group', 'input[value="audio"]');

const meta: Meta = {
  title: 'Widgets/Consent withdraw',
  component: 'cp-consent-withdraw',
  tags: ['autodocs'],
  args: { record: peerRecord, recordId: '', consent: peerResearch, withdrawal: undefined, errors: false, some: false },
  render: (a) => html`<cp-consent-withdraw
    .record=${(a.record as ConsentRecord | undefined) || undefined}
    record-id=${a.recordId || (a.record as ConsentRecord | undefined)?.id || ''}
    .consent=${a.consent as ConsentDefinition | undefined}
    .withdrawal=${a.withdrawal as ConsentWithdrawal | undefined}
    data-ready=${a.errors ? 'errors' : a.some ? 'some' : ''}
    ${ref(a.errors ? pressWithdraw : a.some ? chooseSome : undefined)}
    @cp-consent-withdraw=${(e: Event) => e.preventDefault()}
  ></cp-consent-withdraw>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Withdrawing is as easy as agreeing: one form, one button. A person withdraws from everything, or only from the optional things they agreed to, and is told plainly they do not have to give a reason. These stories send nothing (they cancel `cp-consent-withdraw`).',
          keyboard: [
            'Tab moves through the form; Space ticks what to withdraw from (choosing "Everything" clears the others, and the other way round); Enter on Withdraw sends it.',
            'After sending, focus moves to the "You have withdrawn" heading.',
          ],
          screenReader: [
            '"What would you like to withdraw from?, group", with the hint that choosing only some means still taking part, then each optional statement, "or", and "Everything".',
            'The reason field says "(optional)" and its hint says you do not have to tell us.',
            'Whether the withdrawal was sent or saved on the device is read out politely; a refusal is read out at once.',
          ],
          errors:
            'Only when there is a choice to make: pressing Withdraw without choosing shows the error summary ("Select what you would like to withdraw from"), which takes focus and links to the question.',
          limitations: [
            'Without the `consent` definition the statements have no words, so only "everything" is offered.',
            'It does not check who the person is: put it behind the page’s own sign-in, or a link with the record id sent only to them.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/** A peer researcher who agreed to optional statements can withdraw from some or all. */
export const PeerResearch: Story = {};
/** Withdrawing from one optional statement only: the person is still taking part. */
export const OnlySomeThings: Story = { args: { some: true } };
/** Nothing optional was agreed to, so there is nothing to choose: one button withdraws everything. */
export const WorkshopEverything: Story = { args: { record: workshopRecord, consent: workshop } };
/** Only the record id is known (for example from a link in an email). */
export const RecordIdOnly: Story = { args: { record: undefined, recordId: peerRecord.id } };
export const Errors: Story = { args: { errors: true } };
export const Withdrawn: Story = {
  args: {
    withdrawal: {
      id: 'a9d3c1e7-2b4f-4c6a-8e0d-1f3b5a7c9e2d',
      recordId: peerRecord.id,
      consentId: 'peer-research-2026',
      type: 'withdrawn',
      at: '2026-04-02T15:00:00Z',
      all: false,
      statements: ['audio', 'quotes'],
    },
  },
};
export const Narrow: Story = { decorators: [narrow] };
export const RightToLeft: Story = {
  args: { record: { ...peerRecord, consentId: arabic.id, decisions: { read: true, audio: true } }, consent: arabic },
  // The widget's own words in Arabic too (from `<cp-provider>`), as an Arabic page would give them.
  decorators: [(story) => html`<cp-provider .strings=${consentArabicStrings}>${story()}</cp-provider>`, rtl],
};
export const Dark: Story = { decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
export const HighContrastErrors: Story = { args: { errors: true }, decorators: [themed('high-contrast')] };
