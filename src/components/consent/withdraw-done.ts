import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { Delivery } from '../../core/submit.js';
import type { ConsentDefinition, ConsentWithdrawal } from './types.js';

/**
 * "You have withdrawn": what was withdrawn from (in plain words), what the person asked to happen
 * to what they gave, and who to ask. Without a withdrawal: they had already withdrawn from everything.
 */
export function renderDone(
  host: CpElement,
  w: ConsentWithdrawal | undefined,
  def: ConsentDefinition | undefined,
  delivery?: Delivery,
  textOf: (id: string) => string = (id) => id,
): TemplateResult {
  const team = def?.contacts.team;
  const label = (id: string) => def?.withdrawal.options?.find((o) => o.id === id)?.label ?? id;
  return html`<h2 class="heading" part="heading" tabindex="-1">${host.tl('consentWithdrawDone')}</h2>
    ${renderDelivery(host, delivery)}
    ${
      !w
        ? html`<p>${host.tl('consentWithdrawManageAllWithdrawn')}</p>`
        : w.all
          ? html`<p>${host.tl('consentWithdrawDoneAll')}</p>`
          : html`<p>${host.tl('consentWithdrawDoneSome')}</p>
            <ul>
              ${w.statements.map((id) => html`<li>${host.say(textOf(id))}</li>`)}
            </ul>`
    }
    ${
      w?.options?.length
        ? html`<p>${host.tl('consentWithdrawDoneOptions')}</p>
          <ul>
            ${w.options.map((id) => html`<li>${host.say(label(id))}</li>`)}
          </ul>`
        : nothing
    }
    ${team ? html`<p>${host.tl('consentWithdrawQuestions', { team })}</p>` : nothing}`;
}
