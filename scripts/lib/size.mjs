// Size budgets are measured as min+gzip bytes (gzip level 9), 1 kB = 1,000 bytes.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const fileGzipSize = (path) => gzipSize(readFileSync(path));

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
  const { readdirSync, existsSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const { minifyLiteralsPlugin } = await import('./minify-literals.mjs');
  const { stripSchemaDocsPlugin } = await import('./strip-schema-docs.mjs');
  const { noPreload } = await import('./no-preload.mjs');
  const all = readdirSync('src/components').filter((c) => existsSync(`src/components/${c}/index.ts`));
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
            id === entry
              ? components.map((c) => `import ${JSON.stringify(resolve(`src/components/${c}/index.ts`))};`).join('\n')
              : null,
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
