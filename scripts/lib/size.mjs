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
 * component, minus one without them. Bundled with esbuild (like the CDN file: Lit inlined,
 * minified, css literals squeezed), so each widget's own cost is measured, not guessed.
 */
export async function marginalSize(without) {
  const { build } = await import('esbuild');
  const { readdirSync, existsSync } = await import('node:fs');
  const { squeeze } = await import('./minify-css-literals.mjs');
  const all = readdirSync('src/components').filter((c) => existsSync(`src/components/${c}/index.ts`));
  const squeezeCss = {
    name: 'squeeze-css',
    setup(b) {
      b.onLoad({ filter: /src\/.*\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(/css`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``),
        loader: 'ts',
      }));
    },
  };
  const bundle = async (components) => {
    const out = await build({
      stdin: { contents: components.map((c) => `import './src/components/${c}/index.ts';`).join('\n'), resolveDir: '.', loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      plugins: [squeezeCss],
      logLevel: 'silent',
    });
    return gzipSize(out.outputFiles[0].contents);
  };
  const rest = all.filter((c) => !without.includes(c));
  const [full, less] = await Promise.all([bundle(all), bundle(rest)]);
  return { full, less, added: full - less };
}
