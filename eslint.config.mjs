// `npm run lint` (part of `npm test`): ESLint's and typescript-eslint's recommended rules, and the
// Lit, web-component and Lit accessibility plugins on the kit's and the back office's elements.
// Rules are syntactic (no type information), so the whole repository lints in seconds.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import boundaries from './scripts/lint/boundaries.mjs';

/**
 * Widgets that still reach into another component's files (listed in issue 17's closing note):
 * each key's folder may import any file of the folders listed.
 */
const allow = {
  // <cp-rating> extends CpRadioGroup without registering <cp-radio-group>.
  rating: ['radio-group'],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'test-results/',
      'release/',
      'collector-data/',
      'translations/',
      'src/tokens/generated/',
      'stories/accessibility/',
      'bench/peers/build/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // `_name` marks a parameter kept for its position (an event handler's event, a callback's index).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `interface Strings extends FeedbackStrings {}` is how each *.strings.ts adds its words
      // to the shared Strings interface (declaration merging needs an interface, not a type).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // A `catch {}` ignores an expected failure, such as killing a process group that has already gone.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Lit elements: the kit, the back office, stories and tests (which render Lit templates).
    files: ['src/**/*.ts', 'collector/admin/src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'collector/admin/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'collector/admin/src/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts', 'collector/admin/src/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // `<ul role="list">` is deliberate: Safari drops list semantics from a list styled with list-style: none.
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    plugins: { boundaries },
    rules: { 'boundaries/imports': ['error', { allow }] },
  },
  {
    // The collector's tests, its back office and its demo data read JSON loosely
    // (`Record<string, any>`): the collector's schemas check the shapes, and the tests' assertions each value.
    files: ['collector/test/**', 'collector/admin/**', 'collector/src/demo/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // The list delegates clicks from the buttons inside it, which have their own keyboard handling.
    files: ['src/components/impact-panel/impact-panel.ts'],
    rules: { 'lit-a11y/click-events-have-key-events': 'off' },
  },
);
