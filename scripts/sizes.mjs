// `npm run sizes`: what the script-tag build weighs, and each widget from npm, measured one way
// (min+gzip, gzip level 9, 1 kB = 1,000 bytes) from the built files in dist/. Prints the tables
// docs/performance.md shows; `npm run sizes -- --write` puts them there, between its `sizes`
// markers. The size test checks those tables are this script's output for the build.
import { writeBlock } from './lib/generated-block.mjs';
import { pageSize } from './lib/cdn-pages.mjs';
import { budgetEntries, fileGzipSize, npmBundle, readBudgets } from './lib/size.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The pages the table reports: each widget alone, through the loader. */
export const PAGES = [
  ['One feedback form', ['cp-feedback-form']],
  ['One page-feedback question', ['cp-page-feedback']],
  ['One "you said, we did" panel', ['cp-impact-panel']],
  ['One credits list', ['cp-credits']],
  ['One consent flow', ['cp-consent-flow']],
  ['Withdrawing consent', ['cp-consent-withdraw']],
];

/** The table, in markdown. */
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

/** Where the table is shown. */
export const SIZES_DOC = 'docs/performance.md';

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = sizesTable();
  console.log(table);
  if (process.argv.includes('--write')) {
    writeBlock(SIZES_DOC, 'sizes', table);
    console.log(`${SIZES_DOC} updated.`);
  }
}
