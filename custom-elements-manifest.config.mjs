// Generates custom-elements.json from the components' JSDoc, for Storybook's docs and editors.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/tokens/**', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
