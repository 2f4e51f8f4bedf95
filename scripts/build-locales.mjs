// Builds each shipped translation in src/locales/<code>.json into the modules that load it:
//   dist/locales/<code>.js      `import 'coproduce-kit/locales/cy.js'` registers Welsh (npm);
//   dist/cdn/locales/<code>.js  the strings alone, which the script-tag file imports on demand
//                               from its own folder (src/cdn-locales.ts), so they never grow it.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';

const codes = (await readdir('src/locales'))
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .map((f) => f.slice(0, -5));
for (const dir of ['dist/locales', 'dist/cdn/locales', 'dist/types/locales']) await mkdir(dir, { recursive: true });
// Type rules for scripts other than Latin travel with their language (see the file's $comment).
const types = JSON.parse(await readFile('src/locales/type/scripts.json', 'utf8'));
for (const code of codes) {
  const { strings, review } = JSON.parse(await readFile(`src/locales/${code}.json`, 'utf8'));
  const json = JSON.stringify(strings);
  const type = types[code] ? JSON.stringify(types[code]) : undefined;
  const note = `// coproduce-kit strings: ${code}. Review: ${review}.\n`;
  await writeFile(
    `dist/locales/${code}.js`,
    `${note}import { registerLocale } from '../core/strings.js';\nregisterLocale(${JSON.stringify(code)}, ${json}${type ? `, ${type}` : ''});\n`,
  );
  await writeFile(
    `dist/cdn/locales/${code}.js`,
    `${note}export default ${json};\n${type ? `export const type = ${type};\n` : ''}`,
  );
  await writeFile(`dist/types/locales/${code}.d.ts`, 'export {};\n');
}
console.log(`Built ${codes.length} locales: ${codes.join(' ')}`);
