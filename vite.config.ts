import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { minifyCssLiterals } from './scripts/lib/minify-css-literals.mjs';
import { stripSchemaDocsPlugin } from './scripts/lib/strip-schema-docs.mjs';
import { noPreload } from './scripts/lib/no-preload.mjs';

// One entry per component folder (coproduce-kit/<name>.js registers that one only).
const components = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyCssLiterals(), stripSchemaDocsPlugin(), noPreload()],
        // The file for a <script type="module"> tag: Lit inlined, minified. What only some pages need
        // loads on demand from the same folder: language-switch.js here, and locales/ (build-locales.mjs).
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          // Not library mode: Vite leaves white space in library-mode ES output.
          rollupOptions: {
            input: 'src/cdn.ts',
            output: {
              format: 'es',
              entryFileNames: 'coproduce-kit.js',
              chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/language-switch/')) ? 'language-switch.js' : '[name]-[hash].js'),
            },
          },
        },
      }
    : {
        plugins: [minifyCssLiterals(), stripSchemaDocsPlugin()],
        // The npm build: ES modules, Lit left to the page's bundler so it is shared.
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              'locales/on-demand': 'src/locales/on-demand.ts',
              ...Object.fromEntries(components.map((c) => [c, `src/components/${c}/index.ts`])),
            },
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit($|\/)/, /^@lit\//],
            // One file per source module, so the only files with side effects are the
            // registering ones (index.js and components/<name>/index.js): see "sideEffects".
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
