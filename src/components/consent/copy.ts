/**
 * The participant copy: everything a person needs to keep, in one place, as a page section (shown,
 * and printed) and as the same words in a text file to download.
 *
 * It holds the reference (and the key and manage link, with a note to keep them private), their
 * answers (each statement with their decision, their payment choice, credit, access needs), the
 * full information they read (every section, in Easy Read when they used it), the payment terms,
 * how to withdraw and until when, and who to contact.
 */
import { css, html, nothing } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { longDate, money, paragraphs, type ConsentAnswers } from './consent-helpers.js';
import { groupKey, isDay, type ConsentSecret } from './record.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';

/** One line: what, the answer, and whether the answer is a link or a code to read out. */
type Line = [key: string, value: string, as?: 'link' | 'code'];

/** One part of the copy, under its own heading. */
export interface CopyPart {
  heading: string;
  lines?: Line[];
  /** Paragraphs of text. */
  text?: string[];
  /** Headed blocks of text: the information's sections, the benefits note. */
  blocks?: { heading: string; body: string }[];
}

export interface CopyInput {
  def: ConsentDefinition;
  answers: ConsentAnswers;
  record: ConsentRecord;
  secret: ConsentSecret;
  /** The `manage-url` attribute: where people change or withdraw. */
  manageUrl?: string;
  /** Every answer, as on "Check your answers". */
  rows: [key: string, value: string][];
  /** Whether the person read the Easy Read version. */
  easy: boolean;
}

/** The "manage my consent" link: `<base>?ref=<reference>&key=<key>`; none without a base URL. */
export function manageLink(base: string | undefined, secret: ConsentSecret): string | undefined {
  if (!base) return undefined;
  const url = new URL(base, globalThis.document?.baseURI);
  url.searchParams.set('ref', secret.reference);
  url.searchParams.set('key', secret.key);
  return url.href;
}

const present = <T>(x: T | undefined | false | ''): x is T => !!x;

/** The parts of the copy, in the order they are shown and written to the file. */
export function copyParts(host: CpElement, i: CopyInput): CopyPart[] {
  const { def, record, secret, easy } = i;
  const t = host.t.bind(host);
  const lang = host.env.lang;
  const link = manageLink(i.manageUrl, secret);
  const p = def.payment;
  const choice = i.answers.payment;
  const w = def.withdrawal;
  const parts: CopyPart[] = [
    {
      heading: t('consentFlowCopyKeep'),
      lines: [
        [t('consentFlowReference'), secret.reference, 'code'],
        [t('consentFlowKey'), groupKey(secret.key), 'code'],
        ...(link ? [[t('consentFlowManageLink'), link, 'link'] as Line] : []),
      ],
      text: [t('consentFlowKeyNote')],
    },
    {
      heading: t('consentFlowCopyAnswers'),
      lines: [[t('consentFlowDate'), longDate(record.events[0]!.at, lang)], ...i.rows],
    },
    {
      heading: t('consentFlowCopyInfo'),
      text: [
        t('consentFlowVersion', {
          version: def.version,
          date: longDate(def.date, lang),
        }) + (easy ? ` (${t('consentFlowFormatEasy')})` : ''),
      ],
      blocks: def.sections.map((s) => ({
        heading: s.heading,
        body: (easy && s.easyRead) || s.body,
      })),
    },
  ];
  if (p)
    parts.push({
      heading: t('consentFlowStep_payment'),
      text: [
        t('consentFlowPayAmount', {
          amount: money(p.amount, p.currency, lang),
          per: p.per,
        }),
        t(`consentFlowPay_${p.method}`),
        p.why,
      ].filter(present),
      blocks: [
        { heading: t('consentFlowPayBenefits'), body: p.benefitsNote },
        p.expenses && { heading: t('consentFlowPayExpenses'), body: p.expenses },
      ].filter(present),
      lines: [[t('consentFlowPayChoose'), choice ? t(`consentFlowPayWith_${choice}`) : t('consentFlowNone')]],
    });
  parts.push(
    {
      heading: t('consentFlowWithdrawHow'),
      text: [w.how, isDay(w.until) ? t('consentFlowWithdrawUntil', { date: longDate(w.until, lang) }) : w.until].filter(
        present,
      ),
    },
    {
      heading: t('consentFlowContactTeam'),
      lines: (
        [
          [t('consentFlowContactsTeam'), def.contacts.team],
          def.organisation.contact && [
            t('consentFlowContactsOrganisation'),
            `${def.organisation.name}: ${def.organisation.contact}`,
          ],
          def.contacts.independent && [t('consentFlowContactsIndependent'), def.contacts.independent],
        ] as (Line | undefined | '')[]
      ).filter(present),
    },
  );
  return parts;
}

/** The copy as a page section: `<h4>Your copy</h4>`, then each part under an `<h5>`. */
export function renderCopy(host: CpElement, def: ConsentDefinition, parts: CopyPart[]) {
  return html`<section class="copy" part="copy" aria-labelledby="copy">
    <h4 id="copy">${host.tl('consentFlowCopy')}</h4>
    <p><strong>${host.say(def.title)}</strong><br />${def.organisation.name}</p>
    ${parts.map(
      (part) =>
        html`<h5>${host.say(part.heading)}</h5>
          ${
            part.lines?.length
              ? html`<dl>
                  ${part.lines.map(
                    ([k, v, as]) =>
                      html`<dt>${host.say(k)}</dt>
                        <dd class=${as ?? nothing}>
                          ${as === 'link' ? html`<a class="target" href=${v}>${v}</a>` : v}
                        </dd>`,
                  )}
                </dl>`
              : nothing
          }
          ${part.text?.map((p) => html`<p class="text">${host.say(p)}</p>`)}
          ${part.blocks?.map(
            (b) =>
              html`<h6>${host.say(b.heading)}</h6>
                ${paragraphs(b.body, host)}`,
          )}`,
    )}
  </section>`;
}

/** The same copy as plain text, for the file people download. */
export function copyText(host: CpElement, def: ConsentDefinition, parts: CopyPart[]): string {
  const out = [host.t('consentFlowCopy'), '', def.title, def.organisation.name, ''];
  for (const part of parts) {
    out.push(part.heading, '='.repeat(Math.min(part.heading.length, 60)), '');
    for (const [k, v] of part.lines ?? []) out.push(k, v, '');
    for (const p of part.text ?? []) out.push(p, '');
    for (const b of part.blocks ?? []) out.push(b.heading, '-'.repeat(Math.min(b.heading.length, 60)), b.body, '');
  }
  return out.join('\n');
}

/**
 * The download's blob URL: made once, when the copy to keep is made (never in `render()`), and let
 * go when a new copy replaces it or the flow leaves the page.
 */
export class CopyFile {
  private url?: string;

  /** A new file with this text, letting the last one go. */
  make(text: string): string {
    this.release();
    return (this.url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' })));
  }

  release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}

/** The copy's sub-headings, and the reference and key set so each character is easy to tell apart. */
export const copyStyles = css`
  .copy h5,
  .copy h6 {
    margin: var(--cp-space-5) 0 var(--cp-space-3);
    font-size: var(--cp-font-size-heading-s);
    line-height: var(--cp-font-line-height-heading);
  }
  .copy h6 {
    margin-block-start: var(--cp-space-4);
    font-size: var(--cp-font-size-body);
  }
  .copy .code {
    font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace;
    font-size: var(--cp-font-size-heading-s);
    letter-spacing: 0.08em;
  }
`;
