// Exits 1 when src/locales/en.json is not what `npm run strings:en` would write from the code.
// Run by tests/node/locales.test.mjs with `npx tsx`.
import { readFileSync } from 'node:fs';
import { englishStrings } from './english.mts';
import { localeFile } from './locale-file.mjs';

const path = new URL('../../src/locales/en.json', import.meta.url);
const code = await englishStrings();
const want = localeFile('en', code);
const have = readFileSync(path, 'utf8');
if (want !== have) {
  const file = JSON.parse(have).strings ?? {};
  const lines = [];
  for (const [key, text] of Object.entries(code)) {
    if (!(key in file)) lines.push(`  new in the code: "${key}"`);
    else if (file[key] !== text) lines.push(`  changed in the code: "${key}"`);
  }
  for (const key of Object.keys(file)) if (!(key in code)) lines.push(`  gone from the code: "${key}"`);
  if (!lines.length) lines.push('  same strings, different order or layout');
  console.error(
    `src/locales/en.json is out of date with the *.strings.ts files:\n${lines.join('\n')}\nRun \`npm run strings:en\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`src/locales/en.json matches the code (${Object.keys(code).length} strings).`);
