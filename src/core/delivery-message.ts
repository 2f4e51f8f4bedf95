import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from './base-element.js';
import type { Delivery } from './submit.js';

const keys = {
  sent: 'deliverySent',
  saved: 'deliverySaved',
  rejected: 'deliveryRejected',
  unsent: 'deliveryUnsent',
} as const;

/**
 * The truth about a submission, in the same words in every widget: "Sent", or "Saved on this
 * device", or that it could not be sent and the answers are still there. Problems use
 * `role="alert"`; good news is a polite status.
 */
export function renderDelivery(host: CpElement, delivery: Delivery | undefined): TemplateResult | typeof nothing {
  if (!delivery || delivery.status === 'handled') return nothing;
  const problem = delivery.status === 'rejected' || delivery.status === 'unsent';
  return html`<p class="delivery ${delivery.status}" part="delivery" role=${problem ? 'alert' : 'status'}>
    ${host.t(keys[delivery.status])}
  </p>`;
}
