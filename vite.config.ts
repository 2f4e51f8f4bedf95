import { defineConfig } from 'vite';
import { minifyLiteralsPlugin } from './scripts/lib/minify-literals.mjs';
import { stripSchemaDocsPlugin } from './scripts/lib/strip-schema-docs.mjs';
import { noPreload } from './scripts/lib/no-preload.mjs';
import { preloadLists } from './scripts/lib/preload-lists.mjs';
import { componentEntries } from './scripts/lib/components.mjs';

// One entry per component (coproduce-kit/<name>.js registers that one only): see components.mjs.
const entries = componentEntries();
const components = Object.keys(entries);

// How the loader's files divide the code (see cdnBuild). core.js: Lit, what every component
// uses, and the button (the credits list shows one without any form field). forms.js: the form
// fields and sending. Then one file per widget, with its contract.
const fields = ['checkbox-group', 'error-summary', 'radio-group', 'rating', 'text-field', 'textarea'];
const widgets = components.filter((c) => c !== 'button' && !fields.includes(c));
const CORE =
  /node_modules|runtime|\/src\/(tokens|cdn-locales|components\/button\/|contract\/text\.|core\/(base-element|define|version|headings|context|environment|language\.|language-switch-slot|locale|localise|data-controller|data-element|schema|strings|(host-|link-|field-)?styles|ids|outbox-keep)\.)/;
const FORMS = new RegExp(
  `/src/(components/(${fields.join('|')})/|core/(choice-group|form-control|text-control|targets|title|submit|send-feedback|delivery-message|draft|quick-exit\\.ts)|contract/feedback-words)`,
);
// consent.js: what the consent flow and withdrawing consent share (contract, helpers, the credit's
// and lived experience's words, styles).
const CONSENT =
  /\/src\/(contract\/(consent|hash|reference|schemas\/consent-)|components\/consent\/(consent-helpers|consent-flow\.styles|consent-credit|lived-experience)|core\/quick-exit\.strings)/;
const contracts: Record<string, string> = { credits: 'credits|redact', 'language-switch': '^$' };
// A widget's own files: its folder; in the consent folder, withdrawing's files are named
// consent-withdraw* and withdraw-*, and the flow's are the rest (less what CONSENT shares).
const own: Record<string, string> = {
  'consent-flow': 'consent/(?!(consent-)?withdraw)',
  'consent-withdraw': 'consent/(consent-)?withdraw',
};

// The script-tag builds, into dist/cdn/ (one folder to copy):
//   coproduce-kit.js      a small loader that imports each component's file the first time its
//                         tag appears (src/cdn.ts), with the shared code in core.js;
//   coproduce-kit.all.js  every component in one file (src/cdn-all.ts), built second.
// Both minified, Lit inlined. What only some pages need loads on demand from the same folder:
// the language switch, the languages (locales/, from build-locales.mjs), and the outbox
// (outbox.js: only when a send fails, or an earlier visit left something to send).
const cdnBuild = (all: boolean) => ({
  plugins: [minifyLiteralsPlugin(), stripSchemaDocsPlugin(), noPreload(), preloadLists()],
  build: {
    outDir: 'dist/cdn',
    // The loader's build empties the folder; the single file's build adds to it.
    emptyOutDir: !all,
    target: 'es2022',
    minify: true,
    // No preload helper around dynamic imports (see no-preload.mjs).
    modulePreload: false,
    // Not library mode: Vite leaves white space in library-mode ES output.
    rollupOptions: {
      // The loader's folder has a second entry, coproduce-kit.api.js (src/cdn-api.ts): the page's
      // API, with all of its exports kept. (The loader's own registerStrings goes to core.js.)
      input: all ? 'src/cdn-all.ts' : { 'coproduce-kit': 'src/cdn.ts', 'coproduce-kit.api': 'src/cdn-api.ts' },
      // Keep the entries' exports (an app build drops them): the page's API.
      preserveEntrySignatures: 'allow-extension' as const,
      output: {
        format: 'es' as const,
        entryFileNames: all ? 'coproduce-kit.all.js' : '[name].js',
        // The single file's on-demand files (the switch, the outbox) get names of their own: the
        // loader's are built against core.js.
        chunkFileNames: all ? '[name].all.js' : '[name].js',
        // The loader's files: core.js (Lit and the shared code), then one per component, named after it.
        ...(!all && {
          codeSplitting: {
            groups: [
              { name: 'core', test: CORE, priority: 3 },
              { name: 'forms', test: FORMS, priority: 2 },
              { name: 'consent', test: CONSENT, priority: 2 },
              // A widget's file holds its contract (types, checks, schema) too.
              ...widgets.map((w) => ({
                name: w,
                test: new RegExp(
                  `/src/components/(${own[w] ?? `${w}/`})|/src/contract/(schemas/)?(${contracts[w] ?? w})`,
                ),
                priority: 1,
              })),
            ],
          },
        }),
      },
    },
  },
});

export default defineConfig(({ mode }) =>
  mode === 'cdn' || mode === 'cdn-all'
    ? cdnBuild(mode === 'cdn-all')
    : {
        plugins: [minifyLiteralsPlugin(), stripSchemaDocsPlugin()],
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
              // coproduce-kit/testing: the test harnesses (src/testing/). No widget imports them.
              testing: 'src/testing/index.ts',
              ...entries,
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
