// Generates custom-elements.json from the components' JSDoc, for Storybook's docs and editors, and
// from it the React, Vue and Svelte types in dist/frameworks/ (coproduce-kit/react, /vue, /svelte).
import { a11yJsdocPlugin } from './scripts/lib/a11y-jsdoc.mjs';
import { defineCallsPlugin } from './scripts/lib/define-calls.mjs';
import { eventTypesPlugin } from './scripts/lib/event-types.mjs';
import { frameworkTypesPlugin } from './scripts/lib/framework-types.mjs';
import { statePropertiesPlugin } from './scripts/lib/state-properties.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/tokens/**', 'src/cdn.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    // `CpX.define('cp-x')` registers a tag, as `customElements.define` does.
    defineCallsPlugin(),
    // `@a11y-…` tags → `a11y` on each declaration, for the accessibility report.
    a11yJsdocPlugin(),
    // Each `@fires cp-…` gets its type from CpEventDetails (and must be declared there).
    eventTypesPlugin(),
    // `state: true` properties are internal: no attribute in the manifest (Lit gives them none).
    statePropertiesPlugin(),
    // dist/frameworks/{react,vue,svelte}.d.ts, from the finished manifest.
    frameworkTypesPlugin({ outdir: 'dist/frameworks' }),
  ],
};
