// Size budgets are measured as min+gzip bytes (gzip level 9), 1 kB = 1,000 bytes.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const fileGzipSize = (path) => gzipSize(readFileSync(path));

/** size-budget.json: each section maps a name to a budget in kB, or to { budget, goal }. */
export const readBudgets = () => JSON.parse(readFileSync('size-budget.json', 'utf8'));
/** A section's entries, without its `$comment`. */
export const budgetEntries = (section) => Object.entries(section).filter(([key]) => !key.startsWith('$'));
/** The budget in kB of an entry: a number, or { budget, goal } where an issue sets a goal the kit does not meet yet. */
export const budgetOf = (b) => (typeof b === 'number' ? b : b.budget);
/** Prints how far `bytes` is over the entry's goal, if it has one and misses it (the tests show the gap). */
export function printGoalGap(name, bytes, b) {
  if (typeof b === 'object' && b.goal && bytes > b.goal * 1000)
    console.log(
      `  ${name}: ${(bytes / 1000).toFixed(2)} kB, ${((bytes - b.goal * 1000) / 1000).toFixed(2)} kB over the goal of ${b.goal} kB`,
    );
}

/** Returns an error message when `bytes` is over `limitKb`, or '' when within budget. */
export function overBudget(name, bytes, limitKb) {
  return bytes > limitKb * 1000
    ? `${name} is ${(bytes / 1000).toFixed(2)} kB min+gzip, over its ${limitKb} kB budget by ${bytes - limitKb * 1000} bytes`
    : '';
}

/**
 * What a set of components adds to the CDN file: the min+gzip size of a bundle of every
 * component, minus one without them. Built exactly as the CDN file is (Vite, Lit inlined,
 * minified, template literals minified), so each widget's own cost is measured, not guessed.
 */
export async function marginalSize(without) {
  const { build } = await import('vite');
  const { componentEntries } = await import('./components.mjs');
  const { resolve } = await import('node:path');
  const { minifyLiteralsPlugin } = await import('./minify-literals.mjs');
  const { stripSchemaDocsPlugin } = await import('./strip-schema-docs.mjs');
  const { noPreload } = await import('./no-preload.mjs');
  const entries = componentEntries();
  const all = Object.keys(entries);
  const bundle = async (components) => {
    const entry = '\0cp-size-entry';
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        minifyLiteralsPlugin(),
        stripSchemaDocsPlugin(),
        noPreload(),
        {
          name: 'cp-size-entry',
          resolveId: (id) => (id === 'cp-size-entry' ? entry : null),
          load: (id) =>
            id === entry ? components.map((c) => `import ${JSON.stringify(resolve(entries[c]))};`).join('\n') : null,
        },
      ],
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        rollupOptions: { input: 'cp-size-entry', output: { format: 'es' } },
      },
    });
    const output = (Array.isArray(result) ? result[0] : result).output;
    return output.reduce((n, chunk) => n + (chunk.type === 'chunk' ? gzipSize(chunk.code) : 0), 0);
  };
  const rest = all.filter((c) => !without.includes(c));
  const full = await bundle(all);
  const less = await bundle(rest);
  return { full, less, added: full - less };
}

/** esbuild options for one minified ES module bundle, kept in memory (the npm sizes and the benches). */
export const ESBUILD_BUNDLE = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
};

/**
 * What a site pays for one widget from npm: `import 'coproduce-kit/<entry>.js'`, resolved through
 * the package's exports to the built dist/, bundled alone with Lit by esbuild (minified, one
 * file, so what the widget loads later, such as the language switch, is counted too). `extra` is
 * code added to the entry (the test plants a big string with it). Returns min+gzip bytes.
 */
export function npmBundle(entry, extra = '') {
  const { outputFiles } = buildSync({
    ...ESBUILD_BUNDLE,
    stdin: { contents: `import 'coproduce-kit/${entry}.js';\n${extra}`, resolveDir: process.cwd() },
  });
  return gzipSize(outputFiles[0].contents);
}
