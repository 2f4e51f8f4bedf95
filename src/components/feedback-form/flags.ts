import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CpElement } from '../../core/base-element.js';
import type { StringKey } from '../../core/strings.js';
import type { Answers, Flag } from './answers.js';
import type { FeedbackDefinition, Question } from './types.js';
import '../checkbox-group/index.js';
import '../radio-group/index.js';
import '../textarea/index.js';

/**
 * "This question doesn't work for me", in the three ways a definition can ask for (`flags`):
 * a quiet disclosure under every question but the `feeling` one ("every-question", the default),
 * one disclosure at the end of the form where the person picks the questions ("end-of-form"), or
 * none ("off"). Either way the flags land in the same place (`Answers.flags`) and are sent in
 * the submission's `flags`; a flagged question counts as answered, even when it is required.
 */

type T = CpElement['t'];
type Control = HTMLElement & { value: unknown };
const valueOf = (e: Event) => (e.currentTarget as Control).value;

/** The questions a person can flag: all but "How did answering these questions feel?". */
export const flaggable = (q: Question): boolean => q.type !== 'feeling';

const reasons = (host: CpElement) =>
  (
    [
      ['confusing', 'feedbackFormFlagConfusing'],
      ['upsetting', 'feedbackFormFlagUpsetting'],
      ['not-relevant', 'feedbackFormFlagIrrelevant'],
      ['other', 'feedbackFormFlagOther'],
    ] as [string, StringKey][]
  ).map(([value, k]) => ({ value, label: host.t(k), lang: host.langOf(k) }));

/** Why a flagged question does not work, and more words: both optional. */
function why(t: T, host: CpElement, a: Answers, q: Question, f: Flag, reason: string, more: string): TemplateResult {
  return html`<cp-radio-group
      .label=${reason}
      .options=${reasons(host)}
      .value=${f.reason ?? ''}
      @change=${(e: Event) => a.flag(q, { reason: valueOf(e) as Flag['reason'] })}
    ></cp-radio-group>
    <cp-textarea
      .label=${more}
      .hint=${t('feedbackFormPersonal')}
      .rows=${3}
      .value=${f.text ?? ''}
      @input=${(e: Event) => a.flag(q, { text: valueOf(e) as string })}
    ></cp-textarea>`;
}

/** Under one question, when the form flags every question: open means flagged. */
export function renderFlag(
  t: T,
  host: CpElement,
  a: Answers,
  q: Question,
  d: FeedbackDefinition,
): TemplateResult | typeof nothing {
  if ((d.flags ?? 'every-question') !== 'every-question' || !flaggable(q)) return nothing;
  const f = a.flags[q.id];
  return html`<details
    class="flag"
    ?open=${!!f?.on}
    @toggle=${(e: Event) => {
      const on = (e.target as HTMLDetailsElement).open;
      if (on !== !!f?.on) a.flag(q, { on });
    }}
  >
    <summary>${host.tl('feedbackFormFlag', { question: q.label ?? '' })}</summary>
    ${
      f?.on
        ? html`<div class="flag-body">
          <p>${host.tl('feedbackFormFlagIntro')}</p>
          ${why(t, host, a, q, f, t('feedbackFormFlagReason'), t('feedbackFormFlagText'))}
        </div>`
        : nothing
    }
  </details>`;
}

/** Whether the end-of-form disclosure is open while nothing is ticked in it yet. */
const opened = new WeakMap<Answers, boolean>();

/** At the end of the form, when the form asks for it: the person picks the questions that did not work. */
export function renderFlagsAtEnd(
  t: T,
  host: CpElement,
  a: Answers,
  d: FeedbackDefinition,
): TemplateResult | typeof nothing {
  if (d.flags !== 'end-of-form') return nothing;
  const qs = d.questions.filter(flaggable);
  const on = qs.filter((q) => a.flags[q.id]?.on);
  return html`<details
    class="flag flag-end"
    ?open=${opened.get(a) || on.length > 0}
    @toggle=${(e: Event) => {
      const open = (e.target as HTMLDetailsElement).open;
      if (open === (opened.get(a) || on.length > 0)) return;
      opened.set(a, open);
      // Closing takes every flag back, as closing a question's own flag does.
      if (open) host.requestUpdate();
      else on.forEach((q) => a.flag(q, { on: false }));
    }}
  >
    <summary>${host.tl('feedbackFormFlagEnd')}</summary>
    ${
      opened.get(a) || on.length
        ? html`<div class="flag-body">
          <p>${host.tl('feedbackFormFlagEndIntro')}</p>
          <cp-checkbox-group
            .label=${t('feedbackFormFlagWhich')}
            .options=${qs.map((q) => ({ value: q.id, label: q.label ?? q.id }))}
            .value=${on.map((q) => q.id)}
            @change=${(e: Event) => {
              const ids = valueOf(e) as string[];
              qs.forEach((q) => ids.includes(q.id) !== !!a.flags[q.id]?.on && a.flag(q, { on: ids.includes(q.id) }));
            }}
          ></cp-checkbox-group>
          ${on.map((q) => {
            const question = q.label ?? q.id;
            const words = why(
              t,
              host,
              a,
              q,
              a.flags[q.id]!,
              t('feedbackFormFlagReasonFor', { question }),
              t('feedbackFormFlagTextFor', { question }),
            );
            return keyed(q.id, html`<div class="flag-one">${words}</div>`);
          })}
        </div>`
        : nothing
    }
  </details>`;
}
