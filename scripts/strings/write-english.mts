// `npm run strings:en`: writes src/locales/en.json, the source translators work from.
import { writeFileSync } from 'node:fs';
import { englishStrings } from './english.mts';
import { localeFile } from './locale-file.mjs';

const file = new URL('../../src/locales/en.json', import.meta.url);
writeFileSync(file, localeFile('en', await englishStrings()));
console.log(`Wrote ${file.pathname}`);
