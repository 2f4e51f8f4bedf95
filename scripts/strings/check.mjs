// The translation check: every locale in src/locales/ has every English key, the same
// {placeholders} and [hidden parts], every plural form its language needs, and no copy of the
// English left untranslated. `node scripts/strings/check.mjs [cy pl …]` checks from the command line.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REVIEW_PENDING } from './locale-file.mjs';

export const localesDir = new URL('../../src/locales/', import.meta.url);

/** The locales the kit ships, in the order the README lists them. */
export const shippedLocales = ['en', 'cy', 'pl', 'ro', 'pa', 'ur', 'pt', 'es', 'ar', 'bn', 'gu'];

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const placeholders = (text) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const hidden = (text) => (text.match(/\[[^\]]*\]/g) ?? []).length;
const hasWords = (text) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));

export function readLocale(code) {
  return JSON.parse(readFileSync(new URL(`${code}.json`, localesDir), 'utf8'));
}

/**
 * Every problem with one locale file, as sentences naming the key. An empty list means the
 * locale is complete. `english` is the `strings` of en.json; `file` is the parsed locale file.
 */
export function checkLocale(english, file, code = file?.locale) {
  const problems = [];
  const say = (key, message) => problems.push(`${code}: ${key ? `"${key}" ` : ''}${message}`);
  if (!file || typeof file !== 'object' || typeof file.strings !== 'object')
    return [`${code}: is not a locale file ({ locale, review, strings })`];
  if (file.locale !== code) say('', `says it is "${file.locale}"`);
  if (typeof file.review !== 'string' || !(file.review === REVIEW_PENDING || /^reviewed by /i.test(file.review)))
    say('', `needs "review": "${REVIEW_PENDING}" (or "reviewed by …" once a native speaker has checked it)`);
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const same = new Set(file.sameAsEnglish ?? []);
  const { strings } = file;
  const expected = new Map(); // key in this locale → the English text it translates
  for (const [key, text] of Object.entries(english)) {
    const plural = key.match(PLURAL);
    if (!plural) expected.set(key, text);
    else if (plural[2] === 'other') for (const c of categories) expected.set(`${plural[1]}_${c}`, text);
  }
  for (const [key, source] of expected) {
    const text = strings[key];
    if (typeof text !== 'string' || !text.trim()) {
      say(key, PLURAL.test(key) ? `is missing: ${code} needs the plural forms ${categories.join(', ')}` : 'is missing');
      continue;
    }
    const want = placeholders(source);
    const got = placeholders(text);
    // One, two and zero forms may say the number in words instead of {count}.
    const optional = /_(zero|one|two)$/.test(key) ? ['{count}'] : [];
    const lost = want.filter((p) => !got.includes(p) && !optional.includes(p));
    const extra = got.filter((p) => !want.includes(p));
    if (lost.length) say(key, `lost ${lost.join(', ')}`);
    if (extra.length) say(key, `has ${extra.join(', ')}, which English does not`);
    if (
      hidden(source) > 0 !== hidden(text) > 0 ||
      (text.match(/\[/g) ?? []).length !== (text.match(/\]/g) ?? []).length
    )
      say(key, 'must keep the [screen-reader-only] parts of the English');
    if (text.trim() === source.trim() && hasWords(source) && !same.has(key.replace(PLURAL, '$1')))
      say(key, 'is the English, untranslated (list it in "sameAsEnglish" if that is right, such as a name)');
  }
  for (const key of Object.keys(strings))
    if (!expected.has(key)) say(key, 'is not a key in English (renamed or removed?)');
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { strings: english } = readLocale('en');
  const files = readdirSync(localesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  const codes = process.argv.slice(2).length
    ? process.argv.slice(2)
    : [...new Set([...shippedLocales, ...files])].filter((c) => c !== 'en');
  let failed = 0;
  for (const code of codes) {
    if (!files.includes(code)) {
      console.log(`${code}: src/locales/${code}.json is missing`);
      failed += 1;
      continue;
    }
    const problems = checkLocale(english, readLocale(code), code);
    failed += problems.length;
    console.log(
      problems.length
        ? problems.join('\n')
        : `${code}: complete (${Object.keys(readLocale(code).strings).length} strings)`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}
