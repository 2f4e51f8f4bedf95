// `npm run sizes`: what the script-tag build weighs, and each widget from npm, measured one way
// (min+gzip, gzip level 9, 1 kB = 1,000 bytes) from the built files in dist/. Prints the tables
// the README shows; `npm run sizes -- --write` puts them in the README, between its `sizes`
// markers. The size test checks the README's tables are this script's output for the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { pageSize } from './lib/cdn-pages.mjs';
import { budgetEntries, fileGzipSize, npmBundle, readBudgets } from './lib/size.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The pages the README reports: each widget alone, through the loader. */
export const PAGES = [
  ['One feedback form', ['cp-feedback-form']],
  ['One page-feedback question', ['cp-page-feedback']],
  ['One "you said, we did" panel', ['cp-impact-panel']],
  ['One credits list', ['cp-credits']],
  ['One consent flow', ['cp-consent-flow']],
  ['Withdrawing consent', ['cp-consent-withdraw']],
];

/** The README's table, in markdown. */
export function sizesTable(dir = 'dist/cdn') {
  const rows = PAGES.map(([name, tags]) => {
    const { files, bytes } = pageSize(tags, dir);
    return `| ${name} (${tags.map((t) => `\`<${t}>\``).join(', ')}) | ${kb(bytes)} | ${files.length} |`;
  });
  const all = fileGzipSize(`${dir}/coproduce-kit.all.js`);
  return [
    '| Page, through `coproduce-kit.js` | JavaScript loaded (min+gzip) | Files |',
    '| --- | --- | --- |',
    ...rows,
    `| Every component in one file, \`coproduce-kit.all.js\` | ${kb(all)} | 1 |`,
    '',
    '| From npm, bundled alone with Lit | JavaScript (min+gzip) |',
    '| --- | --- |',
    // The widgets size-budget.json budgets from npm (needs a build: the imports resolve to dist/).
    ...budgetEntries(readBudgets().npm).map(([entry]) => `| \`coproduce-kit/${entry}.js\` | ${kb(npmBundle(entry))} |`),
  ].join('\n');
}

const START = '<!-- sizes: written by `npm run sizes -- --write` -->';
const END = '<!-- /sizes -->';

/** The README's current table (between the markers), or undefined. */
export function readmeTable(readme) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  return from < 0 || to < from ? undefined : readme.slice(from + START.length, to).trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = sizesTable();
  console.log(table);
  if (process.argv.includes('--write')) {
    const readme = readFileSync('README.md', 'utf8');
    if (readmeTable(readme) === undefined) throw new Error(`README.md has no "${START}" … "${END}" block`);
    const from = readme.indexOf(START) + START.length;
    writeFileSync('README.md', `${readme.slice(0, from)}\n${table}\n${readme.slice(readme.indexOf(END))}`);
    console.log('README.md updated.');
  }
}
