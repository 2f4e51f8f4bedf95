import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/page-feedback/index.js';
import type { CpPageFeedback } from '../src/components/page-feedback/index.js';
import type { Delivery } from '../src/core/submit.js';
import { accessibility, delivered, narrow, rtl, themed } from './helpers.js';

type Args = { open: boolean; delivery?: Delivery; then?: (el: CpPageFeedback) => void };

/** The prompts `after` has acted on: once each, on each element (not once per story render). */
const acted = new WeakSet<Element>();
/**
 * Runs `fn` once the prompt has rendered: shows states that a person reaches by pressing buttons.
 * Storybook can render one story's template into two elements, the first never put in the page,
 * so each element is handled on its own.
 */
const after = (fn?: (el: CpPageFeedback) => void) =>
  ref(async (el) => {
    if (!el || !fn || acted.has(el)) return;
    acted.add(el);
    await (el as CpPageFeedback).updateComplete;
    fn(el as CpPageFeedback);
  });
const press = (selector: string) => (el: CpPageFeedback) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();

const meta: Meta<Args> = {
  title: 'Feedback/Page feedback',
  component: 'cp-page-feedback',
  args: { open: false },
  // In these stories the page delivers the answers itself, so nothing is sent anywhere.
  render: (a) => html`<article>
    <h1>Find a food bank near you</h1>
    <p>Food banks in Homewood are open on Tuesdays and Fridays, 10am to 2pm. You do not need a referral.</p>
    <cp-page-feedback
      ?open=${a.open}
      ${delivered(a.delivery)}
      @cp-submit=${(e: Event) => e.preventDefault()}
      ${after(a.then)}
    ></cp-page-feedback>
  </article>`,
  parameters: {
    docs: {
      description: {
        component: accessibility({
          summary:
            'The compact "Is this page useful?" prompt after GOV.UK, with "Report a problem with this page". "Yes" sends at once; "No" and "Report a problem" open a short form. Answers are sent, or kept on the device and sent later, and the person is told which. Nothing about the person is sent: no cookies, ids or user agent, and the page address without its query or fragment.',
          keyboard: [
            'Tab reaches "Yes", "No" and "Report a problem with this page"; Enter or Space presses them.',
            'Opening the form moves focus to its heading; "Cancel" closes it and returns focus to the button that opened it.',
            'After sending, focus moves to the thank-you message.',
          ],
          screenReader: [
            '"Is this page useful?, group", then "Yes this page is useful, button" and "No this page is not useful, button".',
            'The form is a landmark named "Help us improve this page"; each question reads its hint, "Do not include personal details like your name or address."',
            'After sending: "Thank you for your feedback." and "Sent. Thank you." or "Saved on this device. It will be sent when you are back online."',
            'A hidden spam trap is `inert`: screen readers and the keyboard never reach it.',
          ],
          errors:
            'Sending an empty problem report shows the error summary, "Enter what you were doing or what went wrong", and the same error on the first question. If the server refuses the answers, an alert says so and everything typed stays.',
          limitations: [
            'Answers sent within `min-seconds` (3 by default) of the prompt appearing are treated as spam and not sent.',
            'After "Yes", reporting a problem needs the page to set `open` (for example from its own link).',
          ],
        }),
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const ProblemFormOpen: Story = { name: 'Report a problem: form open', args: { open: true } };
export const AfterNo: Story = { name: 'After "No"', args: { then: press('.no') } };
export const Errors: Story = {
  name: 'Report a problem: sent empty',
  args: { open: true, then: (el) => el.shadowRoot!.querySelector('form')!.requestSubmit() },
};
export const ThankYouSent: Story = { name: 'Thank you: sent', args: { delivery: { status: 'sent' } } };
export const SavedOffline: Story = { name: 'Thank you: saved offline', args: { delivery: { status: 'saved' } } };
export const NotSent: Story = {
  name: 'Could not be sent',
  args: { delivery: { status: 'rejected', code: 422, message: 'invalid' } },
};
export const RightToLeft: Story = {
  render: (a) => html`<cp-page-feedback
    ?open=${a.open}
    .strings=${{
      pageFeedbackQuestion: 'هل هذه الصفحة مفيدة؟',
      pageFeedbackYes: 'نعم[ هذه الصفحة مفيدة]',
      pageFeedbackNo: 'لا[ هذه الصفحة غير مفيدة]',
      pageFeedbackReport: 'الإبلاغ عن مشكلة في هذه الصفحة',
      pageFeedbackTitle: 'ساعدنا في تحسين هذه الصفحة',
      pageFeedbackReportIntro: 'أجب عن سؤال واحد أو عن كليهما.',
      pageFeedbackDoing: 'ماذا كنت تفعل؟',
      pageFeedbackWrong: 'ما الذي حدث بشكل خاطئ؟',
      pageFeedbackPrivacy: 'لا تكتب معلومات شخصية مثل اسمك أو عنوانك.',
      pageFeedbackSend: 'إرسال',
      pageFeedbackCancel: 'إلغاء',
    }}
    @cp-submit=${(e: Event) => e.preventDefault()}
  ></cp-page-feedback>`,
  decorators: [rtl],
};
export const RightToLeftForm: Story = { ...RightToLeft, name: 'Right to left: form open', args: { open: true } };
export const Dark: Story = { decorators: [themed('dark')] };
export const DarkForm: Story = { name: 'Dark: sent empty', args: Errors.args, decorators: [themed('dark')] };
export const HighContrast: Story = { decorators: [themed('high-contrast')] };
export const HighContrastSaved: Story = {
  name: 'High contrast: saved offline',
  args: SavedOffline.args,
  decorators: [themed('high-contrast')],
};
export const Narrow: Story = { name: '320px', decorators: [narrow] };
export const NarrowForm: Story = { name: '320px: sent empty', args: Errors.args, decorators: [narrow] };
