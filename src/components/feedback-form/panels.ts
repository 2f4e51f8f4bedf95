import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { Delivery } from '../../core/submit.js';
import type { FeedbackDefinition, SupportContact } from './types.js';

type T = CpElement['t'];

/** A heading and text in a box: the privacy statement and the content note. */
export const box = (cls: string, title: string, text: string): TemplateResult =>
  html`<div class="box ${cls}" part=${cls}>
    <h3>${title}</h3>
    <p>${text}</p>
  </div>`;

/** Who to contact for support: names, links, phone numbers and opening hours. */
export function support(t: T, list: SupportContact[] | undefined): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<div class="box support" part="support">
    <h3>${t('feedbackFormSupport')}</h3>
    <ul>
      ${list.map(
        (s) => html`<li>
          <strong>${s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name}</strong>
          ${s.description ? html`<br />${s.description}` : nothing}
          ${s.phone
            ? html`<br /><a href="tel:${s.phone.replace(/[^\d+]/g, '')}">${t('feedbackFormPhone', { phone: s.phone })}</a>`
            : nothing}
          ${s.hours ? html`<br />${s.hours}` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The thank-you page: the truth about delivery, what happens next, what has changed, support. */
export function thanks(host: CpElement, d: FeedbackDefinition, delivery: Delivery): TemplateResult {
  const t = host.t.bind(host);
  return html`<div class="thanks" part="thanks">
    <h2 class="focus" tabindex="-1">${t('feedbackFormThanks')}</h2>
    ${renderDelivery(host, delivery)}
    <h3>${t('feedbackFormNextTitle')}</h3>
    <p>${d.nextSteps ?? t('feedbackFormNext')}</p>
    ${d.impactUrl ? html`<p><a href=${d.impactUrl}>${t('feedbackFormImpact')}</a></p>` : nothing}
    ${support(t, d.support)}
  </div>`;
}
