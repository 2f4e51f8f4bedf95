// The back office: built from the repo root with `npx vite build -c collector/admin/vite.config.ts`.
// Served by the collector at /admin/ (routes/admin-app.ts). Kit components come from source, so
// the design tokens must be generated first: this config runs the token build when they are missing.
import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { minifyLiteralsPlugin } from '../../scripts/lib/minify-literals.mjs';
import { stripSchemaDocsPlugin } from '../../scripts/lib/strip-schema-docs.mjs';

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

export default defineConfig({
  root,
  base: '/admin/',
  // The kit's widgets check data with the schemas' rules only: their descriptions stay out of the bundle, as in the kit's own build.
  plugins: [tokens(), minifyLiteralsPlugin(), stripSchemaDocsPlugin()],
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
