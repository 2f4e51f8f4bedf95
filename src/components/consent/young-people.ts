import { html, type TemplateResult } from 'lit';
import type { CpElement } from '../../core/base-element.js';
import { paragraphs, type ConsentStep } from './consent-helpers.js';
import { choices, staffRows, type FlowHost, type Row } from './staff.js';
import { isUnder } from './record.js';
import type { ConsentDefinition, ConsentStatement } from './types.js';

/**
 * Young people (a definition with `ageGroups`). One optional, coarse question comes first ("Are you
 * under 16?": yes, no, prefer not to say; never a date of birth). Under the age, the young person
 * reads the words written for them (each section's and statement's `assent`) and says what is OK
 * with them; then a parent or carer reads the standard text and consents. Both go in one record:
 * `assent.decisions` (the young person) and `decisions` (the parent or carer), with
 * `consentBy: "parent-or-carer"`. At or over the age, or when they prefer not to say, the person
 * consents alone (`consentBy: "self"`).
 */

export const AGES = ['under', 'over', 'not-said'] as const;

const ageOf = (def: ConsentDefinition) => def.ageGroups!.parentalConsentBelow;
const words = (s: ConsentStatement) => s.assent || s.text;

/** "Are you under 16?": optional, with "I prefer not to say". */
export function ageStep(host: FlowHost, def: ConsentDefinition): TemplateResult {
  const age = ageOf(def);
  return html`<cp-radio-group name="age" .label=${host.t('consentFlowAge', { age })} .hint=${host.t('consentFlowAgeHint', { age })} .options=${choices(host, 'consentFlowAge', [...AGES])} .value=${host.answers.age ?? ''}></cp-radio-group>`;
}

/**
 * The young person's own page: the information in words written for them, and what is OK with them.
 * Saying no to a required statement is met as for anyone (decline.ts): explained, never an error.
 */
export function assentStep(
  host: FlowHost & Pick<CpElement, 'say' | 'langFor'>,
  def: ConsentDefinition,
): TemplateResult {
  const { assented = [], easy } = host.answers;
  const options = (statement: string) => [
    {
      value: 'yes',
      label: host.t('consentFlowAssentAgree', { statement }),
      content: host.tl('consentFlowAssentAgree', { statement }),
    },
  ];
  return html`<p class="lead">${host.tl('consentFlowAssentIntro')}</p>
    ${def.sections.map((s) => html`<h4>${host.say(s.heading)}</h4>${paragraphs(s.assent || (easy && s.easyRead) || s.body, host)}`)}
    <h4>${host.tl('consentFlowAssentStatements')}</h4>
    ${def.statements.map(
      (s) =>
        html`<cp-checkbox-group name="a:${s.id}" .label=${words(s)} ?required=${s.required} .options=${options(words(s))} .value=${assented.includes(s.id) ? ['yes'] : []}></cp-checkbox-group>`,
    )}`;
}

/** Said to the parent or carer at the top of the information, when the young person is under the age. */
export const parentIntro = (host: FlowHost, def: ConsentDefinition): TemplateResult | string =>
  isUnder(def, host.answers) ? html`<p class="lead">${host.tl('consentFlowParentIntro')}</p>` : '';

/** The age answer and, under the age, who agreed and the young person's own answers: for "Check your answers" and the copy. */
export function youngRows(host: FlowHost, def: ConsentDefinition): Row[] {
  if (!def.ageGroups) return [];
  const a = host.answers;
  const rows: Row[] = [
    [
      host.t('consentFlowAgeRow', { age: ageOf(def) }),
      a.age ? host.t(`consentFlowAge_${a.age}`) : host.t('consentFlowNone'),
      'age',
      'age',
    ],
  ];
  if (!isUnder(def, a)) return rows;
  rows.push([host.t('consentFlowByRow'), host.t('consentFlowBy_parent-or-carer'), 'age', 'age']);
  for (const s of def.statements)
    rows.push([
      host.t('consentFlowAssentRow', { statement: words(s) }),
      host.t((a.assented ?? []).includes(s.id) ? 'consentFlowAgreed' : 'consentFlowNotAgreed'),
      'assent',
      `a:${s.id}`,
    ]);
  return rows;
}

/** Their lines on "Check your answers" and the copy, before the information read. */
export const peopleRows = (host: FlowHost, def: ConsentDefinition): Row[] => [
  ...staffRows(host),
  ...youngRows(host, def),
];

/** Where `info`, the default step, really starts: the staff step or the age question, unless already answered. */
export const startOf = (def: ConsentDefinition, host: FlowHost): ConsentStep =>
  host.staffMode && !host.answers.method ? 'staff' : def.ageGroups && host.answers.age === undefined ? 'age' : 'info';
