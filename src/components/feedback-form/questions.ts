import { html, nothing, type TemplateResult } from 'lit';
import type { ChoiceOption } from '../../core/choice-group.js';
import type { CpElement } from '../../core/base-element.js';
import { renderOptional } from '../../core/form-control.js';
import { props } from '../../core/props.js';
import type { StringKey } from '../../core/strings.js';
import { DECLINED, NONE, offersDecline, type Answers } from './answers.js';
import type { ContactAnswer, Question } from './types.js';
import '../checkbox-group/index.js';
import '../radio-group/index.js';
import '../rating/index.js';
import '../text-field/index.js';
import '../textarea/index.js';

type T = CpElement['t'];
type Control = HTMLElement & { value: unknown };

const opt = (value: string, label: string, exclusive = false): ChoiceOption => ({ value, label, exclusive });
/** Built-in options, marked `lang="en"` when their words fell back to English. */
const words = (host: CpElement, pairs: [string, StringKey][]) =>
  pairs.map(([v, k]) => ({ ...opt(v, host.t(k)), lang: host.langOf(k) }));

/** The value a control gives, with "Prefer not to say" in a checkbox group made into a plain DECLINED. */
const valueOf = (e: Event) => {
  const v = (e.currentTarget as Control).value;
  return Array.isArray(v) && v.includes(DECLINED) ? DECLINED : v;
};

/** The built-in choices of `yesNo`, `feeling` and `contact` questions, unless the definition gives its own. */
function choices(host: CpElement, q: Question): ChoiceOption[] {
  if (q.options) return q.options.map((o) => ({ value: o.id, label: o.label, hint: o.hint }));
  if (q.type === 'yesNo')
    return words(host, [
      ['yes', 'feedbackFormYes'],
      ['no', 'feedbackFormNo'],
    ]);
  if (q.type === 'contact')
    return words(host, [
      ['email', 'feedbackFormContactEmail'],
      ['phone', 'feedbackFormContactPhone'],
      ['sms', 'feedbackFormContactSms'],
    ]);
  return words(host, [
    ['fine', 'feedbackFormFeelingFine'],
    ['mostly-fine', 'feedbackFormFeelingMostly'],
    ['uncomfortable', 'feedbackFormFeelingUneasy'],
    ['upsetting', 'feedbackFormFeelingUpset'],
  ]);
}

/** "Prefer not to say" as its own checkbox, for questions that are not a list of choices. */
function declineBox(host: CpElement, a: Answers, q: Question, label: string) {
  const id = `d-${q.id}`;
  return html`<div class="choice decline">
    <input
      id=${id}
      class="choice-input"
      type="checkbox"
      .checked=${!!a.declined[q.id]}
      @change=${(e: Event) => a.decline(q, (e.target as HTMLInputElement).checked)}
    />
    <label class="choice-label" for=${id}>${host.tl('feedbackFormDeclineFor', { question: label })}</label>
  </div>`;
}

/**
 * Whether a question still needs an answer: only a `required` one, and not once the person has
 * said "Prefer not to say" or flagged it as not working for them (no one is made to answer).
 */
const needed = (a: Answers, q: Question): boolean => !!q.required && !a.declined[q.id] && !a.flags[q.id]?.on;

/** Contact details: only through this explicit question, which says where they go. */
function contact(t: T, host: CpElement, a: Answers, q: Question, label: string) {
  const c = (a.values[q.id] ?? {}) as Partial<ContactAnswer>;
  const change = (part: Partial<ContactAnswer>) => a.set(q, { ...(a.values[q.id] as object), ...part });
  const type = c.method === 'email' ? 'email' : c.method === 'phone' || c.method === 'sms' ? 'tel' : 'text';
  const boxed = !!a.declined[q.id];
  return html`<fieldset class="group contact">
    <legend>${host.say(label)}${q.required ? nothing : renderOptional(host)}</legend>
    <p class="hint">${q.hint ? host.say(q.hint) : t('feedbackFormContactNote')}</p>
    <cp-radio-group
      .label=${t('feedbackFormContactMethod')}
      .options=${choices(host, q)}
      .value=${c.method ?? ''}
      @change=${(e: Event) => change({ method: valueOf(e) as string })}
    ></cp-radio-group>
    <cp-text-field
      id="q-${q.id}"
      .label=${t('feedbackFormContactDetails')}
      .type=${type}
      autocomplete=${type === 'text' ? 'on' : type}
      ?required=${needed(a, q)}
      .disabled=${boxed}
      .value=${c.details ?? ''}
      @input=${(e: Event) => change({ details: valueOf(e) as string })}
    ></cp-text-field>
  </fieldset>
  ${offersDecline(q) ? declineBox(host, a, q, label) : nothing}`;
}

/** One question, on the kit's primitives. */
export function renderQuestion(t: T, host: CpElement, a: Answers, q: Question): TemplateResult {
  const label = q.label ?? t('feedbackFormFeeling');
  const v = a.values[q.id];
  const declined = v === DECLINED;
  const set = (e: Event) => a.set(q, valueOf(e));
  const decline = offersDecline(q)
    ? [{ ...opt(DECLINED, t('feedbackFormDecline'), true), lang: host.langOf('feedbackFormDecline') }]
    : [];
  const id = `q-${q.id}`;
  // What a question's checkboxes and radios share.
  const group = { id, label, hint: q.hint ?? '', required: needed(a, q) };
  switch (q.type) {
    case 'contact':
      return contact(t, host, a, q, label);
    case 'multi':
      return html`<cp-checkbox-group
        ${props(group)}
        .options=${[...choices(host, q), ...(q.noneOption ? [opt(NONE, q.noneOption, true)] : []), ...decline]}
        .value=${declined ? [DECLINED] : (v ?? [])}
        @change=${set}
      ></cp-checkbox-group>`;
    case 'single':
    case 'yesNo':
    case 'feeling':
      return html`<cp-radio-group
        ${props(group)}
        ?inline=${q.type === 'yesNo'}
        .options=${[...choices(host, q), ...decline]}
        .value=${v ?? ''}
        @change=${set}
      ></cp-radio-group>`;
  }
  // The rest have "Prefer not to say" as a separate checkbox. Ticking it keeps what was typed but
  // disables the control, so the answer is not sent; unticking brings it back. A required
  // question counts as answered once it is declined (or flagged).
  const boxed = !!a.declined[q.id];
  const required = needed(a, q);
  const value = v ?? '';
  const hint = [q.hint ?? (q.type === 'accessNeeds' ? t('feedbackFormAccessHint') : ''), t('feedbackFormPersonal')]
    .filter(Boolean)
    .join(' ');
  const control =
    q.type === 'rating'
      ? html`<cp-rating
          id=${id}
          .label=${label}
          .hint=${q.hint ?? ''}
          ?required=${required}
          .disabled=${boxed}
          .min=${q.scale?.min ?? 1}
          .max=${q.scale?.max ?? 5}
          .labels=${q.scale?.labels}
          .value=${value}
          @change=${set}
        ></cp-rating>`
      : q.type === 'text' && !q.maxLength
        ? html`<cp-text-field id=${id} .label=${label} .hint=${hint} ?required=${required} .disabled=${boxed} .value=${value} @input=${set}></cp-text-field>`
        : html`<cp-textarea
            id=${id}
            .label=${label}
            .hint=${hint}
            ?required=${required}
            .disabled=${boxed}
            .maxlength=${q.maxLength}
            .value=${value}
            @input=${set}
          ></cp-textarea>`;
  return html`${control}${offersDecline(q) ? declineBox(host, a, q, label) : nothing}`;
}
