// Reads what the accessibility report is built from, without running any component code:
// the stories files and test files (parsed with the TypeScript compiler), the manifest and
// the latest axe run (test-results/axe-stories.jsonl, written by scripts/lib/axe-record-plugin.mjs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** Strips `as …`, `satisfies …` and parentheses. */
function unwrap(node) {
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)))
    node = node.expression;
  return node;
}

/** The value of a literal expression (strings, arrays, objects, `+` of strings); throws on anything else. */
function literal(node, where) {
  node = unwrap(node);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => literal(e, where));
  if (ts.isObjectLiteralExpression(node)) {
    return Object.fromEntries(
      node.properties
        .filter(ts.isPropertyAssignment)
        .map((p) => [p.name.getText().replace(/^['"]|['"]$/g, ''), literal(p.initializer, where)]),
    );
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return literal(node.left, where) + literal(node.right, where);
  throw new Error(`${where}: expected plain text, found \`${node.getText().slice(0, 60)}\``);
}

const property = (obj, name) =>
  obj?.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;

/** Storybook's display name for an export: "LongText" → "Long Text". */
export const storyNameFromExport = (key) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

const THEME_IN_RENDER = /(?:data-cp-theme|<cp-provider[^>]*\btheme)="([a-z-]+)"/g;

/** What a story decorator from stories/helpers.ts does to the page, in words for the report. */
function decoratorMode(node) {
  const text = node.getText();
  if (text === 'rtl') return 'right to left, in Arabic (`dir="rtl" lang="ar"`)';
  if (text === 'narrow') return '320 CSS px wide (reflow, as at 400% zoom)';
  const theme = text.match(/^themed\(\s*['"]([\w-]+)['"]\s*\)$/);
  if (theme) return `${theme[1]} theme set on the page (\`data-cp-theme="${theme[1]}"\`)`;
  return undefined;
}

/**
 * One stories file: its title, component tag, accessibility docs block and every story, with the
 * modes its decorators set and the `cp-` tags it renders.
 */
export function readStories(path) {
  const sf = parse(path);
  const file = path.split('/').pop();
  const topLevel = new Map();
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) topLevel.set(d.name.getText(), d);
    else if (ts.isFunctionDeclaration(st) && st.name) topLevel.set(st.name.getText(), st);
  }
  const defaultName = sf.statements.find(ts.isExportAssignment)?.expression;
  const metaNode = unwrap(
    defaultName && ts.isIdentifier(defaultName) ? topLevel.get(defaultName.text)?.initializer : defaultName,
  );
  if (!metaNode || !ts.isObjectLiteralExpression(metaNode)) throw new Error(`${path}: no default export (meta) found`);
  const str = (n) => (n ? literal(n, `${path} meta`) : undefined);

  // The accessibility({ … }) block of parameters.docs.description.component, when there is one.
  let accessibility;
  const visit = (n) => {
    if (ts.isCallExpression(n) && n.expression.getText() === 'accessibility' && n.arguments[0]) {
      accessibility = literal(n.arguments[0], `${path} accessibility()`);
    } else ts.forEachChild(n, visit);
  };
  visit(metaNode);

  /** The cp- tags in a node's text and in the top-level declarations it names (one level deep). */
  const renderedTags = (node) => {
    if (!node) return [];
    let text = node.getText();
    const ids = new Set(text.match(/\b[A-Za-z_$][\w$]*\b/g) ?? []);
    for (const id of ids) if (topLevel.has(id)) text += topLevel.get(id).getText();
    return [...new Set(text.match(/<cp-[a-z-]+/g) ?? [])].map((t) => t.slice(1));
  };
  const decoratorsOf = (obj) => {
    const list = unwrap(property(obj, 'decorators'));
    return list && ts.isArrayLiteralExpression(list) ? list.elements.map(decoratorMode).filter(Boolean) : [];
  };
  const metaModes = decoratorsOf(metaNode);
  const themesOf = (obj) => {
    const list = unwrap(property(obj, 'decorators'));
    if (!list || !ts.isArrayLiteralExpression(list)) return [];
    return list.elements.map((e) => e.getText().match(/^themed\(\s*['"]([\w-]+)['"]\s*\)$/)?.[1]).filter(Boolean);
  };
  const metaThemes = themesOf(metaNode);

  const stories = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const d of st.declarationList.declarations) {
      const exportName = d.name.getText();
      const obj = unwrap(d.initializer);
      if (!obj || !ts.isObjectLiteralExpression(obj)) continue;
      const nameNode = property(obj, 'name');
      const render = property(obj, 'render') ?? property(metaNode, 'render');
      stories.push({
        exportName,
        name: nameNode ? literal(nameNode, `${path} ${exportName}.name`) : storyNameFromExport(exportName),
        modes: [...metaModes, ...decoratorsOf(obj)],
        tags: renderedTags(render),
        // A story that sets its own theme is checked in that theme only (tests/helpers/stories.ts).
        forcedTheme: [
          ...metaThemes,
          ...themesOf(obj),
          ...[...(render?.getText() ?? '').matchAll(THEME_IN_RENDER)].map((m) => m[1]),
        ][0],
      });
    }
  }
  return {
    file,
    path,
    title: str(property(metaNode, 'title')),
    component: str(property(metaNode, 'component')),
    accessibility,
    stories,
  };
}

/** Every stories file in a folder. */
export function readAllStories(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.stories.ts'))
    .sort()
    .map((f) => readStories(join(dir, f)));
}

/** The titles of every `it()` in a test file, with their `describe()` path (and a shared suite's, when it is called). */
export function readTestTitles(path, suites = {}) {
  if (!existsSync(path)) return [];
  const titles = [];
  const title = (arg) => {
    if (!arg) return '';
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
    // `cfg.group ? 'a' : 'b'` in a shared suite: both titles.
    if (ts.isConditionalExpression(arg)) return `${title(arg.whenTrue)} / ${title(arg.whenFalse)}`;
    // A title built in a loop: `fits 320px (${dir})` → "fits 320px (‹dir›)".
    return arg
      .getText()
      .replace(/^`|`$/g, '')
      .replace(/\$\{[^}?]*\?\s*['"]([^'"]*)['"]\s*:\s*['"]([^'"]*)['"]\s*\}/g, '$1/$2')
      .replace(/\$\{\s*([^}]*?)\s*\}/g, '‹$1›');
  };
  const walk = (node, trail) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      if ((callee === 'describe' || callee === 'describe.only') && node.arguments.length) {
        const inner = [...trail, title(node.arguments[0])];
        node.arguments.slice(1).forEach((a) => walk(a, inner));
        return;
      }
      if ((callee === 'it' || callee === 'it.only') && node.arguments.length) {
        titles.push([...trail, title(node.arguments[0])]);
        return;
      }
      if (suites[callee]) for (const t of suites[callee]) titles.push([...trail, ...t]);
    }
    ts.forEachChild(node, (c) => walk(c, trail));
  };
  walk(parse(path), []);
  return titles;
}

/** The latest axe run, one record per story and theme; `undefined` when there is none yet. */
export function readAxeResults(path) {
  if (!existsSync(path)) return undefined;
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        throw new Error(`${path}:${i + 1}: not JSON`);
      }
    });
  return records.length ? records : undefined;
}

/** The value of a top-level `const` made of literals in a TypeScript file (undefined when absent). */
export function readConst(path, name) {
  if (!existsSync(path)) return undefined;
  for (const st of parse(path).statements) {
    if (!ts.isVariableStatement(st)) continue;
    const d = st.declarationList.declarations.find((x) => x.name.getText() === name);
    if (d?.initializer) return literal(d.initializer, `${path} ${name}`);
  }
  return undefined;
}
