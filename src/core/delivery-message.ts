import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from './base-element.js';
import type { Delivery } from './submit.js';
import './delivery-message.strings.js';

const keys = {
  sent: 'deliverySent',
  saved: 'deliverySaved',
  rejected: 'deliveryRejected',
  unsent: 'deliveryUnsent',
} as const;

/**
 * The truth about a submission, in the same words in every widget: "Sent", or "Saved on this
 * device", or that it could not be sent and the answers are still there. Problems use
 * `role="alert"`. Good news is shown here without a role: a status inserted with its text already
 * in it is often not read out, so `deliveryLiveRegion()` announces it.
 */
export function renderDelivery(host: CpElement, delivery: Delivery | undefined): TemplateResult | typeof nothing {
  if (!delivery || delivery.status === 'handled') return nothing;
  const problem = delivery.status === 'rejected' || delivery.status === 'unsent';
  return html`<p class="delivery ${delivery.status}" part="delivery" role=${problem ? 'alert' : nothing}>
    ${host.tl(keys[delivery.status])}
  </p>`;
}

/**
 * The widget's one polite live region for good news ("Sent", "Saved on this device"). Render it
 * where it stays in the DOM whatever view is shown: it is there, empty, before sending, and the
 * message is put into the same node afterwards, which screen readers announce reliably even
 * while focus moves to the thank-you heading.
 */
export function deliveryLiveRegion(host: CpElement, delivery: Delivery | undefined): TemplateResult {
  const good = delivery?.status === 'sent' || delivery?.status === 'saved';
  return html`<p class="vh delivery-live" role="status">${good ? host.tl(keys[delivery!.status as 'sent' | 'saved']) : nothing}</p>`;
}
