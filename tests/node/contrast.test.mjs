import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { contrast, checkPairs, minimum } from '../../shared/contrast.mjs';

const read = async (p) => JSON.parse(await readFile(new URL(p, import.meta.url), 'utf8'));
const values = await read('../../src/tokens/generated/tokens.values.json');
const { pairs } = await read('../../src/tokens/contrast-pairs.json');

test('contrast maths matches known WCAG figures', () => {
  assert.equal(contrast('#000', '#fff').toFixed(2), '21.00');
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  assert.equal(contrast('#1d70b8', '#ffffff').toFixed(2), '5.17');
  assert.equal(contrast('#1d5ea8', '#ffffff').toFixed(2), '6.52');
});

test('text needs 7:1 in every theme; non-text and focus need 3:1', () => {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    assert.equal(minimum('text', theme), 7);
    assert.equal(minimum('ui', theme), 3);
    assert.equal(minimum('focus', theme), 3);
  }
});

test('every declared pair meets its minimum in every theme', () => {
  assert.deepEqual(Object.keys(values).sort(), ['dark', 'high-contrast', 'light']);
  assert.ok(pairs.length >= 15);
  assert.deepEqual(checkPairs(values, pairs), []);
});

test('the check catches text that passes AA but not AAA, in every theme', () => {
  const broken = structuredClone(values);
  // The old link colour: 6.52:1 on white, enough for AA (4.5:1), not for AAA (7:1).
  broken.light['color-link'] = '#1d5ea8';
  // The old dark error colour: 6.80:1 on the dark muted surface.
  broken.dark['color-error'] = '#ff8f80';
  // The old default brand: white text on it is 5.17:1.
  broken.light['color-brand-default'] = '#1d70b8';
  const failures = checkPairs(broken, pairs);
  assert.ok(failures.includes('light: color-link on color-surface is 6.52:1, needs 7:1'), failures.join('\n'));
  assert.ok(failures.includes('dark: color-error on color-surface-muted is 6.80:1, needs 7:1'), failures.join('\n'));
  assert.ok(
    failures.includes('light: color-on-brand-default on color-brand-default is 5.17:1, needs 7:1'),
    failures.join('\n'),
  );
});

test('every token the components colour text with is in a text pair', () => {
  const textPairs = pairs.filter((p) => p.kind === 'text');
  for (const fg of [
    'color-text',
    'color-text-muted',
    'color-link',
    'color-error',
    'color-success',
    'color-warning',
    'color-on-brand-default',
  ]) {
    for (const bg of fg === 'color-on-brand-default'
      ? ['color-brand-default']
      : ['color-surface', 'color-surface-muted'])
      assert.ok(
        textPairs.some((p) => p.fg === fg && p.bg === bg),
        `${fg} on ${bg} is checked`,
      );
  }
});

test('the check catches a pair that is too faint', () => {
  const broken = structuredClone(values);
  broken.light['color-text-muted'] = '#8a8a8a';
  broken['high-contrast']['color-text'] = '#767676';
  const failures = checkPairs(broken, pairs);
  assert.ok(
    failures.some((f) => f.startsWith('light: color-text-muted on color-surface')),
    failures.join('\n'),
  );
  assert.ok(
    failures.some((f) => f.startsWith('high-contrast: color-text on color-surface')),
    failures.join('\n'),
  );
});

test('the check catches an invisible focus ring and a missing token', () => {
  const broken = structuredClone(values);
  broken.dark['color-focus'] = broken.dark['color-surface'];
  broken.dark['color-focus-text'] = broken.dark['color-surface'];
  assert.ok(checkPairs(broken, pairs).some((f) => f.startsWith('dark: focus ring')));
  delete broken.light['color-link'];
  assert.throws(() => checkPairs(broken, pairs), /no token --cp-color-link/);
});
