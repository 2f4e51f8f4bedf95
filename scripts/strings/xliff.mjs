// XLIFF 2.0 for translators: one <unit> per string a language needs (one per plural form), the
// English as <source>, the current translation (if any) as <target>, and a <note> with the key and
// what its {placeholders} and [hidden parts] mean. Written and read with the `xliff` package.
// Used by export.mjs and import.mjs; the functions here do no file I/O except keyComments().
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { js2xliff, xliff2js } from 'xliff';
import { PLURAL_ORDER, REVIEW_PENDING, localeFile } from './locale-file.mjs';

/** The <file id> in every export. */
export const FILE_ID = 'coproduce-kit';
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

/** What each placeholder stands for, for the note beside the strings that use it. */
const PLACEHOLDERS = {
  label: "a question's label",
  max: 'a number (the most allowed)',
  count: 'a number',
  title: 'the rest of the page title',
  view: 'where the person is, for example "Question 2 of 5"',
  n: 'a number (this step or question)',
  total: 'a number (how many steps or questions)',
  step: "the step's name",
  what: 'the answer being changed',
  version: 'a version name or number',
  date: 'a date, already written in this language',
  amount: 'an amount of money',
  per: 'what the amount is for, for example "per hour"',
  statement: 'one statement the person agrees to',
  age: 'an age in years',
  team: "the organisation's or team's name",
  credit: 'how the person will be credited',
  summary: 'a short summary of what changed',
  rest: 'the rest of a list',
  name: "a person's name",
  details: 'more about the person, such as their roles',
  list: 'a list of names',
  question: 'the text of a question',
  phone: 'a phone number',
  shown: 'a number (how many are shown)',
  theme: 'a theme name',
  source: 'where the feedback came from',
};

/** A language's plural categories, in CLDR order (zero, one, two, few, many, other). */
export function pluralCategories(code) {
  const have = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return PLURAL_ORDER.filter((c) => have.includes(c));
}

/** A few whole numbers that take this plural form in this language, for the translator's note. */
export function pluralExamples(code, category) {
  const rules = new Intl.PluralRules(code);
  const pick = (numbers) => numbers.filter((n) => rules.select(n) === category).slice(0, 4);
  const whole = pick([...Array(201).keys(), 1000, 1000000]);
  return whole.length ? whole : pick([0.5, 1.5, 2.5, 3.5]); // Polish "other" is only for fractions.
}

/**
 * Every string a locale needs, in order: `{ key, source, base, category }`. A plural key of English
 * becomes one entry per category the language needs, at the place English lists its first form;
 * its source is English `_one` for `one` and English `_other` for every other category.
 */
export function expectedUnits(english, code) {
  const units = [];
  const seen = new Set();
  for (const key of Object.keys(english)) {
    const plural = key.match(PLURAL);
    if (!plural) {
      units.push({ key, source: english[key] });
      continue;
    }
    const base = plural[1];
    if (seen.has(base)) continue;
    seen.add(base);
    const other = english[`${base}_other`] ?? english[key];
    for (const category of pluralCategories(code))
      units.push({
        key: `${base}_${category}`,
        source: category === 'one' ? (english[`${base}_one`] ?? other) : other,
        base,
        category,
      });
  }
  return units;
}

/** The doc comment above each key in src/**\/*.strings.ts and src/core/strings.ts, by key. */
export function keyComments(srcDir = fileURLToPath(new URL('../../src/', import.meta.url))) {
  const comments = {};
  const files = readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.strings.ts') || f === join('core', 'strings.ts'));
  for (const f of files) {
    const text = readFileSync(join(srcDir, f), 'utf8');
    for (const m of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*['"]?([\w-]+)['"]?\s*:/g))
      comments[m[2]] = m[1]
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ');
  }
  return comments;
}

function note(unit, code, comments) {
  const lines = [`Key: ${unit.key}`];
  const comment = comments[unit.key] ?? (unit.base && (comments[`${unit.base}_one`] ?? comments[`${unit.base}_other`]));
  if (comment) lines.push(`About: ${comment}`);
  if (unit.category) {
    const examples = pluralExamples(code, unit.category);
    lines.push(
      `Plural form "${unit.category}": used when the number is ${examples.join(', ')}${examples.length === 4 ? ' …' : ''}. ` +
        `Translate it for that number, even where English uses the same words for several forms.`,
    );
  }
  const names = [...new Set(unit.source.match(/\{\w+\}/g) ?? [])];
  if (names.length)
    lines.push(
      `Keep ${names.join(', ')} exactly as written (you may move ${names.length > 1 ? 'them' : 'it'}): ` +
        names.map((p) => `${p} is ${PLACEHOLDERS[p.slice(1, -1)] ?? 'filled in by the widget'}`).join('; ') +
        '.',
    );
  if (/\[[^\]]*\]/.test(unit.source))
    lines.push(
      'Text in [square brackets] is not shown on screen: only screen readers read it. Keep the brackets around the matching words of your translation.',
    );
  return lines.join('\n');
}

/** The XLIFF 2.0 text for one locale. `file` is the current locale file (or undefined for a new one). */
export async function exportXliff({ english, code, file, comments = {} }) {
  const strings = file?.strings ?? {};
  const units = {};
  for (const unit of expectedUnits(english, code)) {
    const target = strings[unit.key];
    units[unit.key] = {
      source: unit.source,
      ...(typeof target === 'string' && target !== '' ? { target } : {}),
      note: note(unit, code, comments),
    };
  }
  const xml = await js2xliff(
    { sourceLanguage: 'en', targetLanguage: code, resources: { [FILE_ID]: units } },
    { indent: '  ' },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/**
 * Reads an XLIFF 2.0 export back. Returns `{ code, strings, problems }`: `strings` holds every
 * unit with a non-empty <target>, by key; `problems` lists what the file itself gets wrong
 * (missing targets are left to checkLocale, which names them).
 */
export async function readXliff(text, english) {
  let js;
  try {
    js = await xliff2js(text, { inlineAsString: true });
  } catch (error) {
    return { code: undefined, strings: {}, problems: [`is not XLIFF: ${error.message}`] };
  }
  if (!js?.resources) return { code: undefined, strings: {}, problems: ['is not XLIFF 2.0 (version="2.0")'] };
  const code = js.targetLanguage;
  const problems = [];
  if (!code) problems.push('has no trgLang: which language is it?');
  if (js.sourceLanguage && js.sourceLanguage.split('-')[0] !== 'en')
    problems.push(`has source language "${js.sourceLanguage}", not English`);
  const strings = {};
  const expected = new Map(code ? expectedUnits(english, code).map((u) => [u.key, u]) : []);
  for (const units of Object.values(js.resources)) {
    for (const [key, unit] of Object.entries(units)) {
      if (key === '_additionalElements' || !unit || unit.groupUnits) continue;
      const want = expected.get(key);
      if (want && typeof unit.source === 'string' && unit.source !== want.source)
        problems.push(
          `"${key}" has a different English source than the kit now has: export again to translate the new English`,
        );
      if (unit.target === undefined || unit.target === '') continue;
      if (typeof unit.target !== 'string') {
        problems.push(`"${key}" has markup in its target that the kit cannot use: give plain text`);
        continue;
      }
      strings[key] = unit.target;
    }
  }
  return { code, strings, problems };
}

/**
 * The locale file text for imported strings. Keeps the existing file's `review`, `sameAsEnglish`,
 * any other fields, and its key order (new keys follow in the English order), so exporting and
 * importing a complete locale changes nothing. A new file gets the pending review text.
 */
export function buildLocaleFile({ english, code, strings, existing, review }) {
  const canonical = expectedUnits(english, code).map((u) => u.key);
  const order = [
    ...Object.keys(existing?.strings ?? {}).filter((k) => k in strings),
    ...canonical.filter((k) => k in strings),
  ];
  const extra = Object.keys(strings).filter((k) => !canonical.includes(k));
  const ordered = {};
  for (const key of [...order, ...extra]) if (!(key in ordered)) ordered[key] = strings[key];
  if (!existing) return localeFile(code, ordered, review ?? REVIEW_PENDING);
  const file = { ...existing, locale: code, review: review ?? existing.review ?? REVIEW_PENDING, strings: ordered };
  return `${JSON.stringify(file, null, 2)}\n`;
}
