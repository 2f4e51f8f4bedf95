// Generates custom-elements.json from the components' JSDoc, for Storybook's docs and editors.
import { a11yJsdocPlugin } from './scripts/lib/a11y-jsdoc.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/tokens/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  // `@a11y-…` tags → `a11y` on each declaration, for the accessibility report.
  plugins: [a11yJsdocPlugin()],
};
