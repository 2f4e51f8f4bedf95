import { html, nothing, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { renderDelivery } from '../../core/delivery-message.js';
import type { StringKey } from '../../core/strings.js';
import type { Delivery } from '../../core/submit.js';
import {
  asksLived,
  CONTACTS,
  CREDITS,
  creditOf,
  longDate,
  money,
  named,
  paragraphs,
  stepsOf,
  type ConsentAnswers,
  type ConsentStep,
} from './consent-helpers.js';
import { copyParts, renderCopy, type CopyPart } from './copy.js';
import type { DeclineController } from './decline.js';
import { livedRows, renderLived } from './lived-experience.js';
import { hasEasy, isEasy, payOptionsOf, type ConsentSecret } from './record.js';
import { staffStep, type FlowHost } from './staff.js';
import type { ConsentDefinition, ConsentRecord } from './types.js';
import { ageStep, assentStep, parentIntro, peopleRows } from './young-people.js';
import '../checkbox-group/index.js';
import '../radio-group/index.js';
import '../text-field/index.js';
import '../textarea/index.js';

/**
 * Each step of `<cp-consent-flow>` as it is shown: the information, payment, statements, credit,
 * access needs, "Check your answers" and the confirmation with the copy to keep. Rendering only:
 * the flow (consent-flow.ts) holds the state and moves between steps.
 */

/** What the steps read from the flow: its public state and words. */
export type StepHost = CpElement & FlowHost & { manageUrl?: string };

/** The copy to keep: the record, its reference and key, and the download's URL (made once). */
export interface Kept {
  record: ConsentRecord;
  secret: ConsentSecret;
  href?: string;
}

/** One step's view: the flow, the definition, and the flow's own state and actions. */
export interface StepView {
  host: StepHost;
  def: ConsentDefinition;
  /** Whether the record was sent or saved: on "Check your answers" (a refusal) and the confirmation. */
  delivery?: Delivery;
  decline: DeclineController;
  kept?: Kept;
  /** Changes some answers, and keeps them in the draft. */
  answer(change: Partial<ConsentAnswers>): void;
  /** "Change" on "Check your answers": goes to the step, and focuses the field. */
  change(step: ConsentStep, field?: string): void;
}

/** [what, answer, the step to change it, the field there]: one line of "Check your answers" and of the participant copy. */
type Row = [key: string, value: string, step?: ConsentStep, field?: string];

/** The answers with a field's new value: `s:<id>` ticks the person's (or parent's) statement, `a:<id>` the young person's assent. */
export function withField(answers: ConsentAnswers, name: string, value: string | string[]): ConsentAnswers {
  const a = { ...answers };
  if (!/^[sa]:/.test(name)) return Object.assign(a, { [name]: value });
  const [id, list] = [name.slice(2), name[0] === 's' ? 'agreed' : 'assented'] as const;
  a[list] = (a[list] ?? []).filter((x) => x !== id).concat(value.length ? [id] : []);
  return a;
}

/** A link to another step: Back, Change, Start again. */
export function stepLink(step: ConsentStep, label: unknown, cls: string, run: () => void): TemplateResult {
  // "Start again" is inside a sentence (exempt from the target size); Back and Change stand alone.
  return html`<a href="#${step}" class=${cls === 'link' ? cls : `${cls} target`} part=${cls} @click=${(e: Event) => (e.preventDefault(), run())}>${label}</a>`;
}

const version = (host: StepHost, def: ConsentDefinition): string =>
  host.t('consentFlowVersion', { version: def.version, date: longDate(def.date, host.env.lang) });

/** Radio options whose labels are strings named `<prefix>_<value>`. */
const options = (
  host: StepHost,
  prefix: 'consentCredit' | 'consentFlowContact' | 'consentFlowPayWith',
  values: string[],
) =>
  values.map((value) => ({
    value,
    label: host.t(`${prefix}_${value}` as StringKey),
    lang: host.langOf(`${prefix}_${value}` as StringKey),
  }));

const block = (host: StepHost, key: StringKey, text?: string) =>
  text ? html`<h4>${host.tl(key)}</h4>${paragraphs(text, host)}` : nothing;

/** The step in the page title: "Step 2 of 6: Payment and thanks", or the confirmation's name. */
export function stepTitle(host: StepHost, def: ConsentDefinition, step: ConsentStep): string {
  const steps = stepsOf(def, host);
  const i = steps.indexOf(step);
  const name = host.t(`consentFlowStep_${step}`);
  return i < 0 ? name : host.t('consentFlowTitleStep', { n: i + 1, total: steps.length, step: name });
}

/** Every answer, for "Check your answers" and the participant copy. */
export function rows(host: StepHost, def: ConsentDefinition): Row[] {
  const a = host.answers;
  const t = (key: StringKey) => host.t(key);
  const none = t('consentFlowNone');
  const rows: Row[] = [
    ...peopleRows(host, def),
    [t('consentFlowInfoRead'), version(host, def) + (isEasy(def, a) ? ` (${t('consentFlowFormatEasy')})` : ''), 'info'],
  ];
  if (def.payment)
    rows.push([
      t('consentFlowPayChoose'),
      a.payment ? t(`consentFlowPayWith_${a.payment}`) : none,
      'payment',
      'payment',
    ]);
  for (const s of def.statements)
    rows.push([
      s.text,
      t(a.agreed.includes(s.id) ? 'consentFlowAgreed' : 'consentFlowNotAgreed'),
      'statements',
      `s:${s.id}`,
    ]);
  const c = creditOf(a);
  const name = c?.name ?? c?.pseudonym ?? c?.group;
  if (def.askCredit)
    rows.push(
      [t('consentCredit'), c ? t(`consentCredit_${c.credit}`) + (name ? `: ${name}` : '') : none, 'credit', 'credit'],
      ...livedRows(host, def, a),
    );
  if (def.askAccessNeeds)
    rows.push(
      [t('consentFlowAccess'), a.access?.trim() || none, 'access', 'access'],
      [t('consentFlowContact'), a.contact ? t(`consentFlowContact_${a.contact}`) : none, 'access', 'contact'],
    );
  return rows;
}

/** The parts of the participant copy (copy.ts): everything the person needs to keep. */
export function copyOf(
  host: StepHost,
  def: ConsentDefinition,
  record: ConsentRecord,
  secret: ConsentSecret,
): CopyPart[] {
  const lines = rows(host, def).map(([k, v]) => [k, v] as [string, string]);
  return copyParts(host, {
    def,
    answers: host.answers,
    record,
    secret,
    manageUrl: host.manageUrl,
    rows: lines,
    easy: isEasy(def, host.answers),
  });
}

function info({ host, def, answer }: StepView) {
  const easy = isEasy(def, host.answers);
  return html`${parentIntro(host, def)}<p class="hint">${def.organisation.name}<br />${version(host, def)}</p>
    ${
      hasEasy(def)
        ? html`<cp-button type="button" variant="secondary" @click=${() => answer({ easy: !easy })}>${host.tl(easy ? 'consentFlowStandard' : 'consentFlowEasyRead')}</cp-button>`
        : nothing
    }
    ${def.sections.map((s) => html`<h4>${host.say(s.heading)}</h4>${paragraphs((easy && s.easyRead) || s.body, host)}`)}
`;
}

function payment({ host, def }: StepView) {
  const p = def.payment!;
  const pay = host.t('consentFlowPayAmount', { amount: money(p.amount, p.currency, host.env.lang), per: p.per });
  // Optional: "I do not want to be paid" is always offered (some people need it because of benefits).
  return html`<p class="lead">${pay}</p><p>${host.tl(`consentFlowPay_${p.method}`)}</p>${paragraphs(p.why, host)}${block(host, 'consentFlowPayBenefits', p.benefitsNote)}${block(host, 'consentFlowPayExpenses', p.expenses)}
    <cp-radio-group name="payment" .label=${host.t('consentFlowPayChoose')} .hint=${host.t('consentFlowPayChooseHint')} .options=${options(host, 'consentFlowPayWith', payOptionsOf(def))} .value=${host.answers.payment ?? ''}></cp-radio-group>`;
}

function statements({ host, def, decline }: StepView) {
  // Each box's name carries its statement ("I agree: I agree to …"), so voice control and lists of
  // form fields tell the boxes apart; only "I agree" is shown, under the statement.
  const agree = (statement: string) => [
    {
      value: 'yes',
      label: host.t('consentFlowAgree', { statement }),
      content: host.tl('consentFlowAgree', { statement }),
    },
  ];
  return html`${decline.message(def)}<p class="hint">${host.tl('consentFlowStatementsHint')}</p>
    ${def.statements.map(
      (s) =>
        html`<cp-checkbox-group name="s:${s.id}" .label=${s.text} ?required=${s.required} .requiredMessage=${host.t('consentFlowRequired', { label: s.text })} .options=${agree(s.text)} .value=${host.answers.agreed.includes(s.id) ? ['yes'] : []}></cp-checkbox-group>`,
    )}`;
}

function credit({ host, def }: StepView) {
  const { credit: c, creditName, lived } = host.answers;
  // Full and first names are the person's own: autocomplete helps them (WCAG 1.3.5).
  const auto = c === 'full' ? 'name' : c === 'first-name' ? 'given-name' : 'off';
  return html`<cp-radio-group name="credit" .label=${host.t('consentCredit')} .hint=${host.t('consentCreditHint')} .options=${options(host, 'consentCredit', CREDITS)} .value=${c ?? ''}></cp-radio-group>
    ${
      named(c)
        ? html`<cp-text-field name="creditName" required autocomplete=${auto} .label=${host.t('consentCreditName')} .requiredMessage=${host.t('consentCreditNameMissing')} .value=${creditName ?? ''}></cp-text-field>`
        : nothing
    }
    ${renderLived(host, c, lived, asksLived(def))}`;
}

function access({ host }: StepView) {
  const { access, contact } = host.answers;
  return html`<cp-textarea name="access" maxlength="5000" .label=${host.t('consentFlowAccess')} .hint=${host.t('consentFlowAccessHint')} .value=${access ?? ''}></cp-textarea>
    <cp-radio-group name="contact" .label=${host.t('consentFlowContact')} .options=${options(host, 'consentFlowContact', CONTACTS)} .value=${contact ?? ''}></cp-radio-group>`;
}

/** "Check your answers": every answer, each with a "Change" link that says what it changes. */
function check({ host, def, delivery, change }: StepView) {
  const list = rows(host, def).map(
    ([key, value, step, field]) =>
      html`<dt>${host.say(key)}</dt><dd>${value}</dd><dd>${stepLink(step!, host.tl('consentFlowChange', { what: key }), 'change', () => change(step!, field))}</dd>`,
  );
  return html`<div part="summary"><dl>${list}</dl></div><p>${host.tl('consentFlowCheckNote')}</p>${renderDelivery(host, delivery)}`;
}

/** The confirmation: whether it was sent, and the copy to keep (shown, printed and downloaded). */
function done({ host, def, delivery, kept }: StepView) {
  return html`${renderDelivery(host, delivery)}<p>${host.tl('consentFlowCopyIntro')}</p>
    ${
      kept
        ? html`<p class="noprint"><a class="target" href=${kept.href ?? nothing} download="consent-${def.id}-${def.version}.txt">${host.tl('consentFlowDownload')}</a></p>
          <cp-button class="noprint" type="button" variant="secondary" @click=${() => print()}>${host.tl('consentFlowPrint')}</cp-button>
          ${renderCopy(host, def, copyOf(host, def, kept.record, kept.secret))}`
        : nothing
    }`;
}

/** Each step's rendering, by name (the staff and young people's steps: staff.ts, young-people.ts). */
export const STEPS: Record<ConsentStep, (view: StepView) => TemplateResult | string> = {
  staff: ({ host }) => staffStep(host),
  age: ({ host, def }) => ageStep(host, def),
  assent: ({ host, def, decline }) => html`${decline.message(def)}${assentStep(host, def)}`,
  info,
  payment,
  statements,
  credit,
  access,
  check,
  done,
};
