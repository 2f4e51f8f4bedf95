// The back office: built from the repo root with `npx vite build -c collector/admin/vite.config.ts`.
// Served by the collector at /admin/ (routes/admin-app.ts). Kit components come from source, so
// the design tokens must be generated first: this config runs the token build when they are missing.
import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { minifyCssLiterals } from '../../scripts/lib/minify-css-literals.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

function tokens() {
  return {
    name: 'coproduce-admin:tokens',
    buildStart() {
      if (!existsSync(`${repo}src/tokens/generated/tokens.styles.ts`)) {
        execFileSync(process.execPath, ['scripts/build-tokens.mjs'], { cwd: repo, stdio: 'inherit' });
      }
    },
  };
}

/**
 * Collapses the line breaks and indentation in the static parts of html``, svg`` and css``
 * templates (no minifier touches template text). A run of white space with a line break becomes
 * one space, which renders the same in HTML and CSS (no <pre> or multi-line text is templated).
 */
export function collapseTemplates(code: string): string {
  let out = '';
  let i = 0;
  const tag = /\b(html|svg|css)`/g;
  while (i < code.length) {
    tag.lastIndex = i;
    const m = tag.exec(code);
    if (!m) break;
    const start = m.index + m[0].length;
    out += code.slice(i, start);
    const squeeze = m[1] === 'css' ? squeezeCss : (t: string) => t.replace(/\s*\n\s*/g, ' ');
    const end = template(code, start, (text) => (out += squeeze(text)), (text) => (out += text));
    i = end;
  }
  return out + code.slice(i);
}

/** CSS: no comments, no white space around braces, semicolons, commas, colons or child combinators. */
const squeezeCss = (t: string) =>
  t
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/** Reads a template from `i` (after its backtick) to after its closing backtick. */
function template(code: string, i: number, onStatic: (s: string) => void, onExpr: (s: string) => void): number {
  let from = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      onStatic(code.slice(from, i + 1));
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      onStatic(code.slice(from, i + 2));
      const end = expression(code, i + 2);
      onExpr(collapseTemplates(code.slice(i + 2, end)));
      i = from = end;
    } else i++;
  }
  onStatic(code.slice(from));
  return code.length;
}

/** Skips an expression inside ${…}, with nested braces, strings and templates; returns the index of its `}`. */
function expression(code: string, i: number): number {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i = template(code, i + 1, () => {}, () => {}) - 1;
    }
    i++;
  }
  return i;
}

function collapse() {
  return {
    name: 'coproduce-admin:collapse-templates',
    transform(code: string, id: string) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      return { code: collapseTemplates(code), map: null };
    },
  };
}

export default defineConfig({
  root,
  base: '/admin/',
  plugins: [tokens(), minifyCssLiterals(), collapse()],
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  server: { fs: { allow: [repo] } },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    cssMinify: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
