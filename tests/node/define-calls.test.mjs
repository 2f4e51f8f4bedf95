// The manifest plugin that links `X.define('cp-…')` calls to their classes (scripts/lib/define-calls.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { defineCalls } from '../../scripts/lib/define-calls.mjs';

const parse = (code) => ts.createSourceFile('src/components/button/index.ts', code, ts.ScriptTarget.Latest, true);

test('an imported class defined with .define() becomes a definition of its tag, from its own module', () => {
  const found = defineCalls(
    ts,
    parse("import { CpButton } from './button.js';\nCpButton.define('cp-button');"),
    'src/components/button/index.ts',
  );
  assert.deepEqual(found, [
    {
      kind: 'custom-element-definition',
      name: 'cp-button',
      declaration: { name: 'CpButton', module: '/src/components/button/button.js' },
    },
  ]);
});

test('a class declared in the same module, and a renamed import, are found too', () => {
  const same = defineCalls(ts, parse("class CpX {}\nCpX.define('cp-x');"), 'src/components/x/index.ts');
  assert.deepEqual(same[0].declaration, { name: 'CpX', module: '/src/components/x/index.js' });
  const renamed = defineCalls(
    ts,
    parse("import { CpButton as B } from '../button/button.js';\nB.define('cp-y');"),
    'src/components/y/index.ts',
  );
  assert.deepEqual(renamed[0].declaration, { name: 'CpButton', module: '/src/components/button/button.js' });
});

test('other define calls are not definitions: a non-cp tag, two arguments, customElements.define', () => {
  const code =
    "import { A } from './a.js';\nA.define('my-a');\nA.define('cp-a', {});\ncustomElements.define('cp-b', A);";
  assert.deepEqual(defineCalls(ts, parse(code), 'src/a/index.ts'), []);
});
