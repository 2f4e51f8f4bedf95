import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/feedback-form/index.js';
import '../src/components/provider/index.js';
import type { CpFeedbackForm, FeedbackDefinition } from '../src/components/feedback-form/index.js';
import type { Strings } from '../src/core/strings.js';
import type { Delivery } from '../src/core/submit.js';
import { accessibility, delivered, narrow, rtl, themed } from './helpers.js';
import foodSurvey from './data/feedback-form/food-survey.json';
import youthWorkshop from './data/feedback-form/youth-workshop.json';
import youthWorkshopAr from './data/feedback-form/youth-workshop-ar.json';

const food = foodSurvey as FeedbackDefinition;
const youth = youthWorkshop as FeedbackDefinition;

type Args = {
  data: FeedbackDefinition;
  paged: boolean;
  exitUrl?: string;
  saveDraft: boolean;
  delivery?: Delivery;
  strings?: Partial<Strings>;
  /** Shows the error summary, as after pressing "Send my answers" with a required answer missing. */
  showErrors?: boolean;
  /** A draft kept on this device from an earlier visit. */
  draft?: object;
};

const showErrors = ref(async (el) => {
  if (el) await (el as CpFeedbackForm).validate();
});

/**
 * Words for the right-to-left story (Arabic), given through <cp-provider> so they reach the
 * questions' controls too (a widget's own `strings` property covers only its own words).
 * Anything not given stays in English.
 */
const arabic: Partial<Strings> = {
  optional: '(اختياري)',
  errorSummaryTitle: 'هناك مشكلة',
  feedbackFormSend: 'أرسل إجاباتي',
  feedbackFormPrivacy: 'ماذا يحدث لإجاباتك',
  feedbackFormPersonal: 'لا تكتب تفاصيل شخصية مثل اسمك أو عنوانك.',
  feedbackFormFlag: 'هذا السؤال لا يناسبني',
  feedbackFormFeelingFine: 'بخير',
  feedbackFormFeelingMostly: 'بخير في الغالب',
  feedbackFormFeelingUneasy: 'غير مرتاح',
  feedbackFormFeelingUpset: 'مزعج',
  textareaCharLimit: 'يمكنك كتابة حتى {max} حرف',
};

const meta: Meta<Args> = {
  title: 'Feedback/Feedback form',
  component: 'cp-feedback-form',
  args: { data: youth, paged: false, saveDraft: false },
  // No endpoint and nothing pressed: the stories never send anything.
  render: (a) => {
    if (a.draft) localStorage.setItem(`coproduce-kit:draft:${a.data.id}@${a.data.version}`, JSON.stringify(a.draft));
    return html`<cp-feedback-form
      .data=${a.data}
      ?paged=${a.paged}
      ?save-draft=${a.saveDraft}
      exit-url=${a.exitUrl ?? nothing}
      ${delivered(a.delivery)}
      .strings=${a.strings}
      @cp-submit=${(e: Event) => e.preventDefault()}
      ${a.showErrors ? showErrors : nothing}
    ></cp-feedback-form>`;
  },
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'A feedback form built from a definition (a `data` property, a `src` URL or inline JSON). Every question is optional unless required, and a required question always offers "Prefer not to say"; people can flag a question that does not work for them (under each question, once at the end of the form, or not at all: the definition\'s `flags`), and say how answering felt. Sensitive questions come after a content note and are followed by support contacts; an optional "Exit this page" button leaves at once. Answers are sent, or kept on the device and sent later, and the person is told which.',
          keyboard: [
            'Tab moves through the questions; arrow keys choose within radios and ratings; Space ticks checkboxes.',
            '"This question doesn’t work for me" is one tab stop under each question (not under "How did answering these questions feel?"), and opens with Enter or Space. With `"flags": "end-of-form"` there is one "A question didn’t work for me" before the Send button instead.',
            'Enter in a one-line answer sends the form (or moves to the next page in `paged` mode).',
            'Pressing Shift 3 times leaves the page when `exit-url` is set.',
            'In `paged` mode, focus moves to "Question 2 of 6" on each new page; after sending, to "Thank you".',
          ],
          screenReader: [
            'Each question is a labelled field or a group with its legend, hint and "(optional)".',
            'Free-text answers read the hint "Do not include personal details like your name or address."',
            '"Prefer not to say" is read with its question, for example "Prefer not to say: How well do the opening hours suit you?". So is "This question doesn’t work for me".',
            'After sending: "Thank you", then "Sent. Thank you." or "Saved on this device. It will be sent when you are back online."',
            'The spam trap is hidden from screen readers (`aria-hidden`) and from the keyboard (`tabindex="-1"`).',
          ],
          errors:
            'On "Send my answers" (or "Continue"), the error summary lists every required question still unanswered, takes focus and links to each. Nothing typed is cleared. If the server refuses the answers, an alert says so and every answer stays on screen.',
          limitations: [
            'Answers sent within `min-seconds` (3 by default) of the form appearing are treated as spam: not sent, but thanked as usual. A console warning tells the page author why ("coproduce-kit: not sent: …").',
            'Drafts (`save-draft`) are kept in this browser’s storage until sent or cleared; on a shared device, "Clear my answers" removes them.',
            'There are no conditional follow-up questions yet.',
            'A `multi` question with both `noneOption` and `preferNotToSay` shows "or" before each of them.',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Errors: Story = { args: { showErrors: true } };
export const SensitiveWithContentNoteAndSupport: Story = {
  name: 'Sensitive, with content note and support',
  args: { data: food, exitUrl: 'https://www.bbc.co.uk/weather' },
};
export const Paged: Story = { args: { paged: true } };
export const DraftRestored: Story = {
  args: {
    data: food,
    saveDraft: true,
    draft: {
      values: { area: 'parkside', pantry: 'yes', skipped: ':declined', hard: ['cost', 'bills'] },
      flags: { skipped: { on: true, reason: 'upsetting' } },
      page: 0,
      elapsedMs: 95000,
    },
  },
};
/** `"flags": "end-of-form"`: one control before Send, here opened by a draft with two questions flagged. */
export const FlagsAtEndOfForm: Story = {
  name: 'Flags at the end of the form',
  args: {
    data: { ...youth, flags: 'end-of-form' },
    saveDraft: true,
    draft: {
      values: { overall: '4' },
      flags: {
        listened: { on: true, reason: 'confusing' },
        again: { on: true, reason: 'not-relevant', text: 'I am leaving the board.' },
      },
      page: 0,
      elapsedMs: 60000,
    },
  },
};
/** `"flags": "off"`: no "This question doesn't work for me" anywhere. */
export const FlagsOff: Story = { name: 'Flags off', args: { data: { ...food, flags: 'off' } } };
export const SavedOffline: Story = { args: { data: food, delivery: { status: 'saved' } } };
export const Sent: Story = { args: { delivery: { status: 'sent' } } };
export const RightToLeft: Story = {
  args: { data: youthWorkshopAr as FeedbackDefinition },
  decorators: [(story) => html`<cp-provider .strings=${arabic}>${story()}</cp-provider>`, rtl],
};
export const Narrow: Story = { args: { data: food }, decorators: [narrow] };
export const Dark: Story = {
  args: { data: food, exitUrl: 'https://www.bbc.co.uk/weather' },
  decorators: [themed('dark')],
};
export const HighContrast: Story = { args: { data: food }, decorators: [themed('high-contrast')] };
