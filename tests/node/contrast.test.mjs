import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { contrast, checkPairs } from '../../scripts/lib/contrast.mjs';

const read = async (p) => JSON.parse(await readFile(new URL(p, import.meta.url), 'utf8'));
const values = await read('../../src/tokens/generated/tokens.values.json');
const { pairs } = await read('../../src/tokens/contrast-pairs.json');

test('contrast maths matches known WCAG figures', () => {
  assert.equal(contrast('#000', '#fff').toFixed(2), '21.00');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  assert.equal(contrast('#1d70b8', '#ffffff').toFixed(2), '5.17');
});

test('every declared pair meets its minimum in every theme', () => {
  assert.deepEqual(Object.keys(values).sort(), ['dark', 'high-contrast', 'light']);
  assert.ok(pairs.length >= 15);
  assert.deepEqual(checkPairs(values, pairs), []);
});

test('the check catches a pair that is too faint', () => {
  const broken = structuredClone(values);
  broken.light['color-text-muted'] = '#8a8a8a';
  broken['high-contrast']['color-text'] = '#767676';
  const failures = checkPairs(broken, pairs);
  assert.ok(failures.some((f) => f.startsWith('light: color-text-muted on color-surface')), failures.join('\n'));
  assert.ok(failures.some((f) => f.startsWith('high-contrast: color-text on color-surface')), failures.join('\n'));
});

test('the check catches an invisible focus ring and a missing token', () => {
  const broken = structuredClone(values);
  broken.dark['color-focus'] = broken.dark['color-surface'];
  broken.dark['color-focus-text'] = broken.dark['color-surface'];
  assert.ok(checkPairs(broken, pairs).some((f) => f.startsWith('dark: focus ring')));
  delete broken.light['color-link'];
  assert.throws(() => checkPairs(broken, pairs), /no token --cp-color-link/);
});
