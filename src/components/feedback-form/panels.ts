import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { Delivery } from '../../core/submit.js';
import type { FeedbackDefinition, SupportContact } from './types.js';

/** A heading and text in a box: the privacy statement and the content note. */
export const box = (cls: string, title: string, text: string | TemplateResult): TemplateResult =>
  html`<div class="box ${cls}" part=${cls}>
    <h3>${title}</h3>
    <p>${text}</p>
  </div>`;

/** "We kept the answers you gave before" (with a button to clear them), or "cleared", after a draft. */
export function notice(
  host: CpElement,
  kind: '' | 'restored' | 'cleared',
  clear: () => void,
): TemplateResult | typeof nothing {
  if (!kind) return nothing;
  return html`<div class="box notice">
    <p tabindex="-1">${host.tl(kind === 'restored' ? 'feedbackFormRestored' : 'feedbackFormCleared')}</p>
    ${
      kind === 'restored'
        ? html`<cp-button variant="secondary" type="button" @click=${clear}>${host.tl('feedbackFormClear')}</cp-button>`
        : nothing
    }
  </div>`;
}

/** Who to contact for support: names, links, phone numbers and opening hours. */
export function support(host: CpElement, list: SupportContact[] | undefined): TemplateResult | typeof nothing {
  if (!list?.length) return nothing;
  return html`<div class="box support" part="support">
    <h3>${host.tl('feedbackFormSupport')}</h3>
    <ul>
      ${list.map(
        (s) => html`<li>
          <strong>${s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name}</strong>
          ${s.description ? html`<br />${host.say(s.description)}` : nothing}
          ${
            s.phone
              ? html`<br /><a href="tel:${s.phone.replace(/[^\d+]/g, '')}">${host.tl('feedbackFormPhone', { phone: s.phone })}</a>`
              : nothing
          }
          ${s.hours ? html`<br />${host.say(s.hours)}` : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The thank-you page: the truth about delivery, what happens next, what has changed, support. */
export function thanks(host: CpElement, d: FeedbackDefinition, delivery: Delivery): TemplateResult {
  return html`<div class="thanks" part="thanks">
    <h2 class="focus" tabindex="-1">${host.tl('feedbackFormThanks')}</h2>
    ${renderDelivery(host, delivery)}
    <h3>${host.tl('feedbackFormNextTitle')}</h3>
    <p>${d.nextSteps ? host.say(d.nextSteps) : host.tl('feedbackFormNext')}</p>
    ${d.impactUrl ? html`<p><a class="target" href=${d.impactUrl}>${host.tl('feedbackFormImpact')}</a></p>` : nothing}
    ${support(host, d.support)}
  </div>`;
}
