import { css, html } from 'lit';
import type { CpElement } from './base-element.js';
import type { Answer, FeedbackSubmission, QuestionFlag } from '../contract/feedback-submission.js';
import { newId } from './ids.js';
import { submit, type Delivery } from './submit.js';

/**
 * Spam protection without a CAPTCHA, for both feedback widgets: a field people, keyboards and
 * assistive technology never meet (inert, hidden, above the page so it never makes a
 * right-to-left page scroll sideways), and a minimum time since the form appeared.
 */
export const spamTrap = html`<div class="hp" aria-hidden="true" inert>
  <label for="website">Website</label>
  <input id="website" name="website" tabindex="-1" autocomplete="off" />
</div>`;

export const spamTrapStyles = css`
  .hp {
    position: absolute;
    top: -9999px;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;

/**
 * Why a submission looks like a robot's: the trap field was filled, or it came sooner than
 * `minSeconds` after the form appeared. Empty when it looks like a person's.
 */
export function spamReasons(host: CpElement & { minSeconds: number }, elapsedMs: number): string[] {
  const reasons: string[] = [];
  if (host.renderRoot.querySelector<HTMLInputElement>('.hp input')?.value)
    reasons.push('the hidden spam field was filled');
  if (elapsedMs < host.minSeconds * 1000)
    reasons.push(`sent ${(elapsedMs / 1000).toFixed(1)} s after the form appeared; min-seconds is ${host.minSeconds}`);
  return reasons;
}

/**
 * Builds the feedback submission and sends it through the transport. A filled trap field or an
 * answer sooner than `minSeconds` is a robot's: nothing is sent, and it is told "sent" as usual.
 * The page author is told in the console, so that a developer testing the page is not misled.
 * Only what the person answered goes out, with the page address without query or fragment.
 */
export function sendFeedback(
  host: CpElement & { endpoint?: string; minSeconds: number },
  form: { formId: string; formVersion: number; answers: Record<string, Answer>; flags: QuestionFlag[] },
  elapsedMs: number,
): Promise<Delivery> {
  const trapped = spamReasons(host, elapsedMs);
  if (trapped.length) {
    console.warn(`coproduce-kit: not sent: ${trapped.join('; ')}`);
    return Promise.resolve({ status: 'sent' });
  }
  const { formId, formVersion, answers, flags } = form;
  // In the documented order (feedback-submission.schema.json), which the CSV export keeps.
  const submission: FeedbackSubmission = {
    id: newId(),
    formId,
    formVersion,
    submittedAt: new Date().toISOString(),
    locale: host.env.lang,
    answers,
    flags,
    meta: { page: location.origin + location.pathname, elapsedMs },
  };
  return submit(host, 'cp-submit', { submission }, submission, '/v1/feedback');
}

declare module './base-element.js' {
  interface CpEventDetails {
    /** A feedback widget is about to send its answers. Call `preventDefault()` to deliver them yourself. */
    'cp-submit': { submission: FeedbackSubmission };
  }
}
