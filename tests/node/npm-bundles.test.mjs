import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { budgetEntries, budgetOf, npmBundle, overBudget, printGoalGap, readBudgets } from '../../scripts/lib/size.mjs';

// Issue 15: what one widget costs a site that installs the kit from npm and bundles it alone
// with Lit (size-budget.json "npm"). Needs a build: the imports resolve to dist/ through the
// package's exports.
const budgets = readBudgets().npm;

for (const [entry, b] of budgetEntries(budgets)) {
  test(`coproduce-kit/${entry}.js bundled alone with Lit is within its ${budgetOf(b)} kB min+gzip budget`, () => {
    const bytes = npmBundle(entry);
    // Lit alone is about 6 kB: less than that means the widget or Lit is missing.
    assert.ok(bytes > 6000, `${entry} bundles to only ${bytes} bytes`);
    assert.equal(overBudget(`coproduce-kit/${entry}.js from npm`, bytes, budgetOf(b)), '');
    printGoalGap(`coproduce-kit/${entry}.js from npm`, bytes, b);
  });
}

test('the npm bundle check catches an overweight bundle', () => {
  const b = budgets.button;
  const bytes = npmBundle('button');
  // 4,000 random bytes as hex do not compress below 4 kB: enough to push the bundle over.
  const planted = npmBundle('button', `globalThis.planted = '${randomBytes(4000).toString('hex')}';`);
  assert.ok(planted > bytes + 4000, `the planted string is bundled (${bytes} → ${planted} bytes)`);
  assert.match(overBudget('coproduce-kit/button.js from npm', planted, budgetOf(b)), /over its [\d.]+ kB budget/);
});

test('an entry the package does not export cannot be measured', () => {
  assert.throws(() => npmBundle('not-a-widget'), /not-a-widget/);
});
