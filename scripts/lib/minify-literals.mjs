// Minifies the text of Lit templates at build time: JavaScript minifiers leave template literals
// alone, so their indentation would ship in every bundle. @literals/html-css-minifier minifies
// html`` and svg`` (html-minifier-next) and css`` without ${} (lightningcss); it leaves css`` with
// ${} as written, so those get the safe squeeze below. One transform, as a Vite (rolldown) plugin
// and as an esbuild plugin, so every bundle the kit measures is built the same way.
import { readFile } from 'node:fs/promises';
import { defaultShouldMinifyCSS, defaultStrategy, minifyHTMLLiterals } from '@literals/html-css-minifier';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { parseLiterals } from '@literals/parser';

/** The kit's and the back office's TypeScript sources: the only files with templates to minify. */
const SOURCES = /[\\/]src[\\/].*\.ts$/;

/**
 * html-minifier-next options over the library's defaults. The minifier cannot see a custom
 * element's display, and <cp-button> is inline-block: every custom element (and <slot>) keeps the
 * white space around it, as <span> does. Empty `class`, `id`, `lang` or `title` attributes stay:
 * `lang=""` says the language is unknown.
 */
const htmlOptions = (code) => ({
  removeEmptyAttributes: false,
  inlineCustomElements: [
    ...new Set(['slot', ...Array.from(code.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g), (m) => m[1])]),
  ],
});

/**
 * Squeezes CSS that sits between ${} expressions. Safe on its own: strings are kept as written,
 * comments go, a run of white space becomes one space, and a space goes only next to `{ } ; , >`
 * or after `:`, where CSS ignores it. A space at an expression stays (`.a ${b}`, `calc(1px - ${x})`).
 */
export function squeezeCss(text) {
  return text
    .replace(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|\/\*[\s\S]*?\*\//g, (all, string) => string ?? '')
    .replace(
      /("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')|[^"']+/g,
      (all, string) =>
        string ??
        all
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}'),
    );
}

/** The css`` templates with ${} in `code`, squeezed part by part; the start and end of the template are trimmed. */
function squeezeCssWithExpressions(code, fileName) {
  const parts = parseLiterals(code, { fileName })
    .filter((t) => t.parts.length > 1 && defaultShouldMinifyCSS(t))
    .flatMap((t) => t.parts.map((p, i) => ({ ...p, first: i === 0, last: i === t.parts.length - 1 })))
    .sort((a, b) => b.start - a.start);
  let out = code;
  for (const p of parts) {
    let text = squeezeCss(p.text);
    if (p.first) text = text.trimStart();
    if (p.last) text = text.trimEnd();
    out = out.slice(0, p.start) + text + out.slice(p.end);
  }
  return out;
}

/** Elements that are blocks wherever they are put: no space is needed at their edges. */
const BLOCK =
  /^(address|article|aside|blockquote|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|style|template)$/;

/**
 * html-minifier-next trims a template like a whole page, but a template is put next to other
 * content: `html\`<span>Step 1</span> \`` needs its last space before the words that follow. A space
 * at either end stays unless a block element is there.
 */
async function minifyHTML(html, options) {
  const out = await defaultStrategy.minifyHTML(html, options);
  if (!out) return /\s/.test(html) ? ' ' : '';
  const first = /^<([a-z][a-z0-9-]*)/.exec(out)?.[1];
  const last = /<\/([a-z][a-z0-9-]*)>$/.exec(out)?.[1];
  const lead = /^\s/.test(html) && !/^\s/.test(out) && !BLOCK.test(first) ? ' ' : '';
  const trail = /\s$/.test(html) && !/\s$/.test(out) && !BLOCK.test(last) ? ' ' : '';
  return lead + out + trail;
}

/**
 * Static css`` goes to lightningcss, which parses style sheets only: a fragment made to be put in
 * other css`` (a list of declarations, like `focusRing`) is squeezed instead.
 */
const strategy = {
  ...defaultStrategy,
  minifyHTML,
  minifyCSS(css) {
    try {
      return defaultStrategy.minifyCSS(css);
    } catch {
      return squeezeCss(css).trim();
    }
  },
};

/** Returns `code` (JavaScript or TypeScript) with its html``, svg`` and css`` templates minified. */
export async function minifyLiterals(code, fileName) {
  const squeezed = squeezeCssWithExpressions(code, fileName);
  const result = await minifyHTMLLiterals(squeezed, {
    fileName,
    strategy,
    minifyOptions: htmlOptions(squeezed),
    generateSourceMap: false,
  });
  return result?.code ?? squeezed;
}

/** The Vite (rolldown) plugin: before TypeScript is compiled, which would turn templates into calls. */
export function minifyLiteralsPlugin() {
  return {
    ...literalsHtmlCssMinifier({
      include: SOURCES,
      // A template the minifier cannot parse stops the build: it would ship unminified unnoticed.
      failOnError: true,
      minifyHTMLLiterals: async (code, { fileName }) => ({ code: await minifyLiterals(code, fileName), map: null }),
    }),
    name: 'coproduce-kit:minify-literals',
  };
}

/** The esbuild plugin (scripts/lib/bench.mjs): loads each source file minified. */
export function minifyLiteralsEsbuild() {
  return {
    name: 'coproduce-kit:minify-literals',
    setup(build) {
      build.onLoad({ filter: SOURCES }, async ({ path }) => ({
        contents: await minifyLiterals(await readFile(path, 'utf8'), path),
        loader: 'ts',
      }));
    },
  };
}
