// Turns a stored answer into words staff can read: option labels, not ids; "Prefer not to say";
// "None of these"; ratings with their scale label. `free` marks words typed by the public,
// which the views show inert with dir="auto". A definition's words may be in several languages
// ({ "en": …, "cy": … }): staff read its first language (`textOf`).
import { textOf, type Text } from '../../../../../src/contract/text.js';

export interface DefQuestion {
  id: string;
  type: string;
  label?: Text;
  options?: { id: string; label: Text }[];
  noneOption?: Text;
  scale?: { min?: number; max?: number; labels?: Record<string, Text> };
}
export interface FormDefinition {
  id: string;
  version: number | string;
  title?: Text;
  questions: DefQuestion[];
}

const BUILT_IN: Record<string, Record<string, string>> = {
  yesNo: { yes: 'Yes', no: 'No' },
  feeling: { fine: 'Fine', 'mostly-fine': 'Mostly fine', uncomfortable: 'Uncomfortable', upsetting: 'Upsetting' },
  contact: { email: 'Email', phone: 'Phone', sms: 'Text message' },
};

export const questionLabel = (q: DefQuestion | undefined, id: string) =>
  (q?.label ? textOf(q.label) : undefined) ?? (q?.type === 'feeling' ? 'How did answering these questions feel?' : id);

const optionLabel = (q: DefQuestion | undefined, v: string): string => {
  const own = q?.options?.find((o) => o.id === v)?.label;
  return own ? textOf(own) : ((q && BUILT_IN[q.type]?.[v]) ?? v);
};

export function answerText(q: DefQuestion | undefined, value: unknown): { text: string; free: boolean } {
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as { declined?: boolean }).declined) {
    return { text: 'Prefer not to say', free: false };
  }
  if (Array.isArray(value)) {
    if (!value.length) return { text: q?.noneOption ? textOf(q.noneOption) : 'None of these', free: false };
    return { text: value.map((v) => optionLabel(q, String(v))).join('; '), free: false };
  }
  if (typeof value === 'number') {
    const own = q?.scale?.labels?.[String(value)];
    const label = own && textOf(own);
    return { text: label ? `${value} – ${label}` : String(value), free: false };
  }
  if (typeof value === 'string') {
    const known = q && (q.options || BUILT_IN[q.type]);
    return known ? { text: optionLabel(q, value), free: false } : { text: value, free: true };
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (q?.type === 'contact' || 'details' in o) {
      const method = typeof o.method === 'string' ? `${optionLabel(q ?? { id: '', type: 'contact' }, o.method)}: ` : '';
      return { text: `${method}${String(o.details ?? '')}`, free: true };
    }
    const parts = Object.values(o).flatMap((v) =>
      Array.isArray(v) ? v.map(String) : v == null || v === '' ? [] : [String(v)],
    );
    return { text: parts.join('; '), free: true };
  }
  return { text: value == null ? '' : String(value), free: true };
}
