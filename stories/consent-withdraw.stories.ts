import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/consent/consent-withdraw.index.js';
import type { ConsentManageAnswer, CpConsentWithdraw } from '../src/components/consent/consent-withdraw.index.js';
import type { ConsentDefinition, ConsentRecord, ConsentWithdrawal } from '../src/components/consent/types.js';
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

/** The stories' pretend collector: never a real address. */
const FAKE = 'https://collector.example/v1/consent';
const answers = new Map<string, ConsentManageAnswer>();
/**
 * Answers the look-ups of these stories in the page, so they need no running collector: only
 * `POST https://collector.example/v1/consent/manage` is answered here; every other request goes on.
 */
function fakeCollector(reference: string, answer: ConsentManageAnswer) {
  answers.set(reference, answer);
  const real = window.fetch as typeof fetch & { storyFake?: true };
  if (real.storyFake) return;
  window.fetch = Object.assign(
    async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== `${FAKE}/manage`) return real(input, init);
      const { reference: r } = JSON.parse(String(init?.body ?? '{}')) as { reference?: string };
      const found = answers.get(r ?? '');
      return new Response(JSON.stringify(found ?? { error: 'not found' }), {
        status: found ? 200 : 404,
        headers: { 'Content-Type': 'application/json' },
      });
    },
    { storyFake: true as const },
  );
}

/** The peer research study after an update: plain choices for what happens to what was given, and what changed in each version. */
const updated: ConsentDefinition = {
  ...(peerResearch as ConsentDefinition),
  version: '2.2',
  date: '2026-05-01',
  withdrawal: {
    ...peerResearch.withdrawal,
    options: [
      { id: 'delete-recordings', label: 'Delete my recordings' },
      { id: 'keep-quotes', label: 'Keep my quotes, without my name' },
    ],
  },
  changes: [
    { version: '2.1', date: '2026-02-01', summary: 'We added a session in Bradford.' },
    {
      version: '2.2',
      date: '2026-05-01',
      summary: 'We now keep recordings for 2 years, not 1, so we can write a second report.',
    },
  ],
};

const meta: Meta = {
  title: 'Widgets/Consent withdraw',
  component: 'cp-consent-withdraw',
  args: {
    record: peerRecord,
    recordId: '',
    consent: peerResearch,
    withdrawal: undefined,
    errors: false,
    some: false,
    reference: '',
    key: '',
    endpoint: '',
    consentUrl: '',
  },
  render: (a) => html`<cp-consent-withdraw
    .reference=${(a.reference as string) || undefined}
    .key=${(a.key as string) || undefined}
    endpoint=${ifDefined((a.endpoint as string) || undefined)}
    consent-url=${ifDefined((a.consentUrl as string) || undefined)}
    .record=${(a.record as ConsentRecord | undefined) || undefined}
    record-id=${a.recordId || (a.record as ConsentRecord | undefined)?.id || ''}
    .consent=${a.consent as ConsentDefinition | undefined}
    .withdrawal=${a.withdrawal as ConsentWithdrawal | undefined}
    data-ready=${a.errors ? 'errors' : a.some ? 'some' : a.reference ? 'found' : ''}
    ${ref(a.errors ? pressWithdraw : a.some ? chooseSome : undefined)}
    @cp-consent-withdraw=${(e: Event) => e.preventDefault()}
    @cp-consent-credit=${(e: Event) => e.preventDefault()}
  ></cp-consent-withdraw>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'Withdrawing is as easy as agreeing: one form, one button. A person withdraws from everything, or only from the optional things they agreed to (in plain words), chooses what happens to what they gave, and is told plainly they do not have to give a reason. They can change how they are credited, find their consent by the link or the reference and key on their copy, and agree again when the information has changed. These stories send nothing (they cancel `cp-consent-withdraw` and `cp-consent-credit`; the manage stories are answered by a pretend collector in the page).',
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
            'Given a `record` or `record-id`, it does not check who the person is: put it behind the page’s own sign-in. With a reference and key (their manage link, or typed from their copy), the collector checks the key.',
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
/**
 * Re-consent: this person agreed to version 2.0, and the information is now at 2.2. The widget
 * lists what changed since their version (the definition's `changes`) and offers to agree again.
 * Without `consent-url` the button fires `cp-reconsent`, for the page to show the consent flow.
 */
export const Reconsent: Story = { args: { record: { ...peerRecord, version: '2.0' }, consent: updated } };
/** Re-consent with `consent-url`: "Read what changed and agree again" is a link to the page with the consent flow. */
export const ReconsentLink: Story = {
  args: { record: { ...peerRecord, version: '2.0' }, consent: updated, consentUrl: '#agree-again' },
};
/**
 * Manage my consent, by link: the person opened `…?ref=PR-7K4Q-M2XD&key=…` from their copy
 * (here set as the `reference` and `key` properties, which is what reading the link does). The
 * widget asks the collector for their consent (answered in this story by a pretend collector),
 * then offers to withdraw (quotes are already withdrawn), to choose what happens to what they
 * gave, and to change how they are credited.
 */
export const ManageByLink: Story = {
  args: {
    record: undefined,
    consent: undefined,
    reference: 'PR-7K4Q-M2XD',
    key: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS',
    endpoint: FAKE,
  },
  decorators: [
    (story) => {
      fakeCollector('PR-7K4Q-M2XD', {
        record: peerRecord as ConsentRecord,
        definition: { ...updated, version: '2.1', changes: undefined },
        withdrawals: [
          {
            id: 'b2c4d6e8-1a3b-4c5d-8e7f-9a0b1c2d3e4f',
            recordId: peerRecord.id,
            consentId: 'peer-research-2026',
            type: 'withdrawn',
            at: '2026-04-02T15:00:00Z',
            all: false,
            statements: ['quotes'],
          },
        ],
      });
      return story();
    },
  ],
};
/** Manage my consent without a link: the person types the reference and key from their copy. */
export const ManageByTyping: Story = { args: { record: undefined, consent: undefined, endpoint: FAKE } };
export const Narrow: Story = { decorators: [narrow] };
export const RightToLeft: Story = {
  args: {
    record: {
      ...peerRecord,
      consentId: arabic.id,
      decisions: { read: true, audio: true },
      credit: { credit: 'pseudonym', pseudonym: 'سناء' },
    },
    consent: arabic,
  },
  // The widget's own words in Arabic too (from `<cp-provider>`), as an Arabic page would give them.
  decorators: [(story) => html`<cp-provider .strings=${consentArabicStrings}>${story()}</cp-provider>`, rtl],
};
export const Dark: Story = { decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
export const HighContrastErrors: Story = { args: { errors: true }, decorators: [themed('high-contrast')] };
