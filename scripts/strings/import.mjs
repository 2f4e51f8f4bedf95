// `npm run strings:import -- translations/cy.xlf [--partial] [--reviewed-by "Name"]`: reads a
// translated XLIFF file back into src/locales/<code>.json and checks it. Writes nothing and exits 1
// while anything is missing or wrong, unless --partial. See docs/translating.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLocale, localesDir } from './check.mjs';
import { buildLocaleFile, readXliff } from './xliff.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    partial: { type: 'boolean', default: false },
    'reviewed-by': { type: 'string' },
    'locales-dir': { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error('Usage: npm run strings:import -- translations/<code>.xlf [--partial] [--reviewed-by "Name"]');
  process.exit(2);
}
const input = resolve(positionals[0]);
const dir = values['locales-dir'] ? resolve(values['locales-dir']) : fileURLToPath(localesDir);
const english = JSON.parse(readFileSync(resolve(dir, 'en.json'), 'utf8')).strings;
const { code, strings, problems } = await readXliff(readFileSync(input, 'utf8'), english);
if (!code || code === 'en') {
  console.error(`${positionals[0]} ${problems.join('; ') || 'is for English, the source: nothing to import'}`);
  process.exit(1);
}
const path = resolve(dir, `${code}.json`);
const existing = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
const review = values['reviewed-by']
  ? `reviewed by ${values['reviewed-by']}, ${new Date().toISOString().slice(0, 10)}`
  : undefined;
const text = buildLocaleFile({ english, code, strings, existing, review });
const all = [...problems.map((p) => `${code}: ${p}`), ...checkLocale(english, JSON.parse(text), code)];
if (all.length) {
  console.error(all.join('\n'));
  if (!values.partial) {
    console.error(
      `\n${all.length} problem${all.length === 1 ? '' : 's'}: nothing written. Fix them in the XLIFF file, or add --partial to write ${code}.json anyway.`,
    );
    process.exit(1);
  }
  console.warn(
    `\nWarning: wrote ${code}.json with ${all.length} problem${all.length === 1 ? '' : 's'} (--partial). The check in npm test will fail until they are fixed.`,
  );
}
const before = existing ? readFileSync(path, 'utf8') : undefined;
writeFileSync(path, text);
console.log(
  `${before === text ? 'Unchanged' : 'Wrote'} ${path}: ${Object.keys(strings).length} strings${all.length ? '' : ', complete'}.`,
);
