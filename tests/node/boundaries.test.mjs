import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundaryProblem } from '../../scripts/lint/boundaries.mjs';

// The ESLint rule boundaries/imports (eslint.config.mjs) keeps modules out of each other's internals.
test('stories do not import scripts/, .storybook does not import tests/', () => {
  assert.match(boundaryProblem('stories/tokens.stories.ts', 'scripts/lib/contrast.mjs'), /scripts/);
  assert.match(boundaryProblem('.storybook/preview.ts', 'tests/helpers/axe.js'), /tests/);
  assert.equal(boundaryProblem('stories/tokens.stories.ts', 'shared/contrast.mjs'), undefined);
  assert.equal(boundaryProblem('.storybook/preview.ts', 'shared/axe-tags.js'), undefined);
});

test("a widget imports src/core, src/contract, its own files and other components' index.js only", () => {
  const from = 'src/components/page-feedback/page-feedback.ts';
  for (const ok of [
    'src/core/strings.js',
    'src/contract/text.js',
    'src/components/page-feedback/types.js',
    'src/components/button/index.js',
  ])
    assert.equal(boundaryProblem(from, ok), undefined, ok);
  assert.match(boundaryProblem(from, 'src/components/textarea/textarea.js'), /textarea\/index\.js/);
  assert.match(boundaryProblem(from, 'src/tokens/generated/tokens.js'), /only src\/core/);
  // Deeper folders resolve the same way, and an allowance opens one folder to one widget.
  assert.match(boundaryProblem('src/components/consent/steps/done.ts', 'src/components/credits/credits.js'), /credits/);
  assert.equal(
    boundaryProblem(from, 'src/components/textarea/textarea.js', { 'page-feedback': ['textarea'] }),
    undefined,
  );
  assert.match(
    boundaryProblem('src/components/rating/rating.ts', 'src/components/textarea/textarea.js', {
      'page-feedback': ['textarea'],
    }),
    /textarea/,
  );
});
