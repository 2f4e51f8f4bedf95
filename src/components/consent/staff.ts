import { html, type TemplateResult } from 'lit';
import { lookup, stringsFor, type StringKey, type Strings } from '../../core/strings.js';
import type { ConsentAnswers } from './consent-helpers.js';
import type { ConsentMethod } from './types.js';

/**
 * Staff mode (`staff-mode`): consent taken by phone, on paper or with a supporter, recorded by a
 * member of staff. The flow speaks to the staff member about the participant ("They agree"), asks
 * first how consent is being taken and who is recording it, and puts both in the record.
 *
 * Who recorded it is required in staff mode: it is not the participant's answer (which is always
 * theirs to skip), but the staff member's account of a consent they did not give with their own
 * hand. Without it, no one could later check how the consent was taken.
 */

/** What these helpers need from `<cp-consent-flow>`. */
export interface FlowHost {
  staffMode: boolean;
  answers: ConsentAnswers;
  strings?: Partial<Strings>;
  env: { lang: string; config: { strings?: Partial<Strings> } };
  t(key: StringKey, vars?: Record<string, string | number>): string;
  tl(key: StringKey, vars?: Record<string, string | number>): TemplateResult;
  langOf(key: StringKey, vars?: Record<string, string | number>): 'en' | undefined;
}

/** One line of "Check your answers" and of the copy: [what, answer, the step to change it, the field there]. */
export type Row = [key: string, value: string, step?: 'staff' | 'age' | 'assent', field?: string];

/** The staff methods, in the order offered. `online` is the person on their own, without staff mode. */
export const METHODS: Exclude<ConsentMethod, 'online'>[] = ['verbal', 'paper', 'assisted'];

/**
 * The key to read: in staff mode, a key's `_staff` twin when any layer of strings has one
 * ("They agree" for "I agree"), so every twin can be reworded or translated like any string.
 */
export function voiced(
  host: Pick<FlowHost, 'staffMode' | 'strings' | 'env'>,
  key: StringKey,
  count?: unknown,
): StringKey {
  if (!host.staffMode || key.endsWith('_staff')) return key;
  const twin = `${key}_staff` as StringKey;
  const { lang, config } = host.env;
  return lookup([host.strings ?? {}, config.strings ?? {}, ...stringsFor(lang)], lang, twin, count) ? twin : key;
}

/** Radio options whose labels are strings named `<prefix>_<value>`. */
export const choices = (host: FlowHost, prefix: string, values: string[]) =>
  values.map((value) => {
    const key = `${prefix}_${value}` as StringKey;
    return { value, label: host.t(key), lang: host.langOf(key) };
  });

/** The first step in staff mode: how consent is being taken, and who is recording it. */
export function staffStep(host: FlowHost): TemplateResult {
  const { method, recordedBy } = host.answers;
  return html`<p class="hint">${host.tl('consentFlowStaffHint')}</p>
    <cp-radio-group name="method" required .label=${host.t('consentFlowMethod')} .requiredMessage=${host.t('consentFlowMethodMissing')} .options=${choices(host, 'consentFlowMethod', METHODS)} .value=${method ?? ''}></cp-radio-group>
    <cp-text-field name="recordedBy" required .label=${host.t('consentFlowRecordedBy')} .hint=${host.t('consentFlowRecordedByHint')} .requiredMessage=${host.t('consentFlowRecordedByMissing')} .value=${recordedBy ?? ''}></cp-text-field>`;
}

/** How consent was given and who recorded it, for "Check your answers" and the copy (staff mode only). */
export function staffRows(host: FlowHost): Row[] {
  if (!host.staffMode) return [];
  const { method, recordedBy } = host.answers;
  const none = host.t('consentFlowNone');
  return [
    [host.t('consentFlowMethodRow'), method ? host.t(`consentFlowMethod_${method}`) : none, 'staff', 'method'],
    [host.t('consentFlowRecordedByRow'), recordedBy?.trim() || none, 'staff', 'recordedBy'],
  ];
}
