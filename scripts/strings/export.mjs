// `npm run strings:export -- --locale cy [--out file.xlf]`: writes an XLIFF 2.0 file for
// translators' tools (English source, current translation as target, a note per string).
// Default output: translations/<code>.xlf. See docs/translating.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localesDir } from './check.mjs';
import { exportXliff, keyComments } from './xliff.mjs';

const { values } = parseArgs({
  options: {
    locale: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
    'locales-dir': { type: 'string' },
  },
});
const code = values.locale;
if (!code || code === 'en') {
  console.error(
    'Usage: npm run strings:export -- --locale <code> [--out translations/<code>.xlf]\n(English is the source, so it has no export.)',
  );
  process.exit(2);
}
try {
  new Intl.PluralRules(code);
} catch {
  console.error(`"${code}" is not a language code this machine knows.`);
  process.exit(2);
}
const dir = values['locales-dir'] ? resolve(values['locales-dir']) : fileURLToPath(localesDir);
const english = JSON.parse(readFileSync(resolve(dir, 'en.json'), 'utf8')).strings;
const path = resolve(dir, `${code}.json`);
const file = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
const out = resolve(values.out ?? `translations/${code}.xlf`);
const text = await exportXliff({ english, code, file, comments: keyComments() });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const units = (text.match(/<unit /g) ?? []).length;
const done = (text.match(/<target>/g) ?? []).length;
console.log(
  `Wrote ${out}: ${units} strings for ${code}, ${done} already translated${file ? '' : ' (no src/locales file yet)'}.`,
);
