// Components register with `CpButton.define('cp-button')` (CpElement.define), which the analyzer
// does not know as it knows `customElements.define('cp-button', CpButton)`. This plugin records
// the same custom-element-definition export for such a call, so the analyzer links the class to
// its tag (tagName, customElement) exactly as before.
import { posix } from 'node:path';

/** The definitions in one module: `X.define('cp-…')` calls whose X is imported or declared there. */
export function defineCalls(ts, sourceFile, modulePath) {
  const imported = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
    const bindings = statement.importClause.namedBindings;
    if (!ts.isNamedImports(bindings)) continue;
    const from = posix.join('/', posix.dirname(modulePath), statement.moduleSpecifier.text);
    for (const el of bindings.elements)
      imported.set(el.name.text, { name: (el.propertyName ?? el.name).text, module: from });
  }
  const found = [];
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'define' &&
      ts.isIdentifier(node.expression.expression) &&
      node.arguments.length === 1 &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text.startsWith('cp-')
    ) {
      const local = node.expression.expression.text;
      const declaration = imported.get(local) ?? { name: local, module: `/${modulePath.replace(/\.ts$/, '.js')}` };
      found.push({ kind: 'custom-element-definition', name: node.arguments[0].text, declaration });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function defineCallsPlugin() {
  return {
    name: 'coproduce-kit:define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      for (const definition of defineCalls(ts, node, moduleDoc.path)) {
        moduleDoc.exports ??= [];
        if (!moduleDoc.exports.some((e) => e.kind === definition.kind && e.name === definition.name))
          moduleDoc.exports.push(definition);
      }
    },
  };
}
