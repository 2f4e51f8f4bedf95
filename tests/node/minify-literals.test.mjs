// The build's template minifier (scripts/lib/minify-literals.mjs): html``, svg`` and css`` lose
// their indentation, while what the page shows and what Lit binds stay as they were. Modules are
// minified as text, then run with a stand-in `html`/`css` tag that records the strings and values
// Lit would get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  minifyLiterals,
  minifyLiteralsEsbuild,
  minifyLiteralsPlugin,
  squeezeCss,
} from '../../scripts/lib/minify-literals.mjs';

const TAGS =
  'const html = (strings, ...values) => ({ strings: [...strings], values }); const svg = html; const css = html;\n';

/** Runs a module of `export const` templates and returns what each tag call received. */
const run = async (code) => import(`data:text/javascript,${encodeURIComponent(TAGS + code)}`);
const minified = (code) => minifyLiterals(code, '/kit/src/example.js');

// A component's template, indented as the kit writes them, with every kind of binding.
const COMPONENT = `
export const view = html\`<div class="panel \${'open'}" part="panel">
    <p class="said" id="h\${1}">
      <span class="label">You said</span> \${'words'}
    </p>
    <p>\${'a'} \${'b'} and <strong>this</strong> text, <cp-button>Yes</cp-button> <cp-button>No</cp-button></p>
    <input ?disabled=\${true} .value=\${'typed'} @input=\${'handler'} aria-describedby="hint \${'error'}">
    <svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" /><path d=\${'M0'} /></svg>
  </div>\`;
`;

/** The html of a recorded template with each binding shown as ${}. */
const joined = ({ strings }) => strings.join('${}');

test('html and css templates lose their indentation and comments', async () => {
  const source = `${COMPONENT}
export const styles = css\`
  /* Why the panel is wide. */
  :host {
    display: block;
  }
  .panel > p,
  .said {
    margin: 0 0 1rem;
  }
\`;`;
  const out = await minified(source);
  assert.ok(out.length < source.length - 80, `${source.length} bytes became ${out.length}`);
  const { view, styles } = await run(out);
  assert.doesNotMatch(joined(view), /\n/);
  assert.equal(joined(styles), ':host{display:block}.panel>p,.said{margin:0 0 1rem}');
});

test('spaces between words, inline elements and bindings stay', async () => {
  const { view } = await run(await minified(COMPONENT));
  const html = joined(view);
  assert.match(html, /<span class="label">You said<\/span> \$\{\}<\/p>/);
  assert.match(
    html,
    /<p>\$\{\} \$\{\} and <strong>this<\/strong> text, <cp-button>Yes<\/cp-button> <cp-button>No<\/cp-button><\/p>/,
  );
  // Between block elements the space goes: it shows nothing there.
  assert.match(html, /^<div class="panel \$\{\}" part="panel"><p class="said"/);
});

test('a template keeps the space at its ends unless a block element is there', async () => {
  const source = `export const caption = html\`<span class="caption">Step 1 of 6</span> \`;
export const words = html\`\${'a'} \`;
export const block = html\`
  <div>x</div>
\`;`;
  const { caption, words, block } = await run(await minified(source));
  assert.equal(joined(caption), '<span class="caption">Step 1 of 6</span> ');
  assert.deepEqual(words.strings, ['', ' ']);
  assert.equal(joined(block), '<div>x</div>');
});

test('every binding keeps its place, its kind and its value', async () => {
  const before = (await run(COMPONENT)).view;
  const after = (await run(await minified(COMPONENT))).view;
  assert.deepEqual(after.values, before.values);
  assert.equal(after.strings.length, before.strings.length);
  const html = joined(after);
  for (const binding of [
    ' ?disabled=${}',
    ' .value=${}',
    ' @input=${}',
    ' aria-describedby="hint ${}"',
    ' id="h${}"',
    ' d=${}',
  ]) {
    assert.ok(html.includes(binding), `${binding} in ${html}`);
  }
  // An svg shape still closes itself: <circle> would otherwise hold the <path>.
  assert.match(html, /<circle cx="8" cy="8" r="7"\/>/);
});

/** What whitespace-significant content must keep; '' when it does. */
function whitespaceProblems({ strings }) {
  const html = strings.join('${}');
  const problems = [];
  if (!html.includes('<pre>  line one\n    line two</pre>')) problems.push(`<pre> changed: ${html}`);
  if (!html.includes('<textarea>  a\n  b</textarea>')) problems.push(`<textarea> changed: ${html}`);
  return problems.join('; ');
}

test('<pre> and <textarea> keep their white space, and the check would see it lost', async () => {
  const source = `export const view = html\`<div>
    <pre>  line one
    line two</pre>
    <textarea>  a
  b</textarea>
  </div>\`;`;
  const { view } = await run(await minified(source));
  assert.equal(whitespaceProblems(view), '');
  // A minifier that collapsed all white space would fail the same check.
  const { view: collapsed } = await run(source.replace(/\s+/g, ' ').replace('html` ', 'html`'));
  assert.match(whitespaceProblems(collapsed), /<pre> changed.*<textarea> changed/);
});

test('css with ${} is squeezed, keeping the spaces that mean something', async () => {
  const source = `const wide = '1rem';
export const styles = css\`
  :host {
    display: block;
  }
  .a \${'b'} > .c {
    margin: \${wide} \${wide};
    width: calc(100% - \${wide});
    content: "a  >  b";
  }
\`;`;
  const { styles } = await run(await minified(source));
  assert.deepEqual(styles.values, ['b', '1rem', '1rem', '1rem']);
  assert.equal(
    joined(styles),
    ':host{display:block}.a ${}>.c{margin:${} ${};width:calc(100% - ${});content:"a  >  b"}',
  );
});

test('a css fragment made to be put in other css is squeezed, not refused', async () => {
  const { ring } = await run(
    await minified('export const ring = css`\n  outline: 2px solid;\n  outline-offset: 2px;\n`;'),
  );
  assert.equal(joined(ring), 'outline:2px solid;outline-offset:2px;');
  assert.equal(squeezeCss(' a ,  b  { color : red ; } '), ' a,b{color :red}');
});

test('the Vite plugin minifies the sources and leaves other files alone', async () => {
  const plugin = minifyLiteralsPlugin();
  const source = 'export const v = html`<p>\n  ${1}\n</p>`;';
  const out = await plugin.transform.call({ warn() {}, error: (e) => assert.fail(e) }, source, '/kit/src/a.ts');
  assert.equal(out.code, 'export const v = html`<p>${1}</p>`;');
  assert.equal(await plugin.transform.call({}, source, '/kit/node_modules/x/a.js'), undefined);
});

test('the esbuild plugin bundles the sources minified', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'minify-literals-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/a.ts'), 'declare const html: any;\nexport const v: unknown = html`<p>\n  ${1}\n</p>`;');
  const out = await build({
    entryPoints: [join(dir, 'src/a.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    plugins: [minifyLiteralsEsbuild()],
  });
  assert.match(out.outputFiles[0].text, /html`<p>\$\{1\}<\/p>`/);
});
