import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { longDate } from './consent-helpers.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';

type Change = NonNullable<ConsentDefinition['changes']>[number];

declare module '../../core/base-element.js' {
  interface CpEventDetails {
    /** The person chose to read what changed and agree again: the page shows the consent flow. */
    'cp-reconsent': { record: ConsentRecord; definition: ConsentDefinition; changes: Change[] };
  }
}
/** Versions in number order: "2.10" is newer than "2.9". */
export const isOlder = (a: string, b: string): boolean => a.localeCompare(b, 'en', { numeric: true }) < 0;

/** The definition's changes after `version`, up to its own version, oldest first. */
export const changesSince = (def: ConsentDefinition, version: string): Change[] =>
  (def.changes ?? [])
    .filter((c) => isOlder(version, c.version) && !isOlder(def.version, c.version))
    .sort((a, b) => (isOlder(a.version, b.version) ? -1 : 1));

/**
 * "The information has changed": shown when the record's version is older than the definition's,
 * with what changed since, and a way back to the consent flow. With `consentUrl` that is a link;
 * without it, a button that fires `cp-reconsent` for the page to handle.
 */
export function renderReconsent(
  host: CpElement,
  rec: ConsentRecord | undefined,
  def: ConsentDefinition | undefined,
  consentUrl: string | undefined,
): TemplateResult | typeof nothing {
  if (!rec || !def || !isOlder(rec.version, def.version)) return nothing;
  const changes = changesSince(def, rec.version);
  const again = () =>
    host.dispatchEvent(
      new CustomEvent('cp-reconsent', {
        detail: { record: rec, definition: def, changes },
        bubbles: true,
        composed: true,
      }),
    );
  return html`<section class="notice reconsent" part="reconsent">
    <h2 class="heading">${host.tl('consentWithdrawReconsentTitle')}</h2>
    <p>${host.tl('consentWithdrawReconsentIntro', { version: rec.version })}</p>
    ${
      changes.length
        ? html`<ul>
          ${changes.map(
            (c) =>
              html`<li>${host.tl('consentWithdrawReconsentChange', { version: c.version, date: longDate(c.date, host.env.lang), summary: c.summary })}</li>`,
          )}
        </ul>`
        : nothing
    }
    ${
      consentUrl
        ? html`<p><a class="target again" href=${consentUrl} @click=${again}>${host.tl('consentWithdrawReconsentAgain')}</a></p>`
        : html`<cp-button type="button" class="again" @click=${again}>${host.tl('consentWithdrawReconsentAgain')}</cp-button>`
    }
  </section>`;
}
