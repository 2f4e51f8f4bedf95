import { pickText, type Text } from '../contract/text.js';
import { resolve, textSchema, type Schema } from './schema.js';

/**
 * Words shown in a language other than the widget's, because the definition did not give the
 * widget's language: the words, and the language they are in. `CpElement.say()` marks them with
 * `lang` so screen readers pronounce them right.
 */
export const fallbackLang = new Map<string, string>();

/**
 * A copy of checked data with every `Text` field (a `$ref` to `#/$defs/text` in its schema)
 * turned into the words for `lang`. Other fields, such as people's names, are left as they are.
 */
export function localise<T>(data: T, schema: Schema, lang: string, root = schema): T {
  schema = resolve(schema, root);
  if (schema === textSchema && data && typeof data === 'object') {
    const [words, fallback] = pickText(data as Text, lang);
    if (fallback) fallbackLang.set(words, fallback);
    return words as T;
  }
  if (Array.isArray(data)) return (schema.items ? data.map((v) => localise(v, schema.items!, lang, root)) : data) as T;
  if (!data || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const sub = schema.properties?.[key] ?? schema.additionalProperties;
    out[key] = sub && typeof sub === 'object' ? localise(value, sub, lang, root) : value;
  }
  return out as T;
}

/**
 * `localise` with a memory of the last copy: a render asks for the words often, and walks the
 * data again only when the data or the language changed. One per widget.
 */
export function localiser<T>(schema: Schema): (raw: T | undefined, lang: string) => T | undefined {
  let last: { raw: T; lang: string; value: T } | undefined;
  return (raw, lang) => {
    if (raw === undefined) return undefined;
    if (last?.raw !== raw || last.lang !== lang) last = { raw, lang, value: localise(raw, schema, lang) };
    return last.value;
  };
}
