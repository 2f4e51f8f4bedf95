// Builds each page into build/<key>/: index.html, app.js (esbuild, minified, ES2022 module) and
// app.css (Sass compiled compressed, or plain CSS minified by esbuild). The script-tag page
// has only its HTML: it loads the repository's built dist/cdn/ as it is.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import * as sass from 'sass';
import { PAGES } from './pages/index.mjs';

export const HERE = new URL('.', import.meta.url).pathname;
export const ROOT = join(HERE, '../..');
export const OUT = join(HERE, 'build');

const bundle = async (js) => {
  const input =
    typeof js === 'string'
      ? { entryPoints: [join(HERE, js)] }
      : // Inline source resolves from the repository's root, so `coproduce-kit/…` is the built package.
        { stdin: { contents: js.contents, resolveDir: ROOT, sourcefile: 'app.js' } };
  const out = await build({
    ...input,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].contents;
};

const styles = async (page) => {
  if (page.scss)
    return sass.compile(join(HERE, page.scss), {
      loadPaths: [join(HERE, 'node_modules')],
      style: 'compressed',
      quietDeps: true,
    }).css;
  if (!page.css) return undefined;
  const css = page.css.map((f) => readFileSync(join(HERE, f), 'utf8')).join('\n');
  return (await transform(css, { loader: 'css', minify: true })).code;
};

export async function buildPages() {
  rmSync(OUT, { recursive: true, force: true });
  for (const page of PAGES) {
    const dir = join(OUT, page.key);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page.html);
    if (page.js) writeFileSync(join(dir, 'app.js'), await bundle(page.js));
    const css = await styles(page);
    if (css !== undefined) writeFileSync(join(dir, 'app.css'), css);
  }
}
