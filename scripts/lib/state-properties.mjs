// Lit never gives a `state: true` property an attribute, but the analyzer lists one unless the
// property also says `attribute: false`. This plugin takes them out of the manifest's attributes
// (and so out of the React, Vue and Svelte types and the guides), so the source need not carry
// `attribute: false` into every bundle.

/** The names of the `state: true` entries of a class's `static properties`. */
export function stateProperties(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const init = ts.isPropertyDeclaration(member) && member.initializer;
    if (!init || !ts.isIdentifier(member.name) || member.name.text !== 'properties') continue;
    if (!ts.isObjectLiteralExpression(init)) continue;
    for (const p of init.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || !ts.isObjectLiteralExpression(p.initializer))
        continue;
      const isState = p.initializer.properties.some(
        (o) =>
          ts.isPropertyAssignment(o) &&
          ts.isIdentifier(o.name) &&
          o.name.text === 'state' &&
          o.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(p.name.text);
    }
  }
  return names;
}

export function statePropertiesPlugin() {
  /** `<module path>#<class name>` → its state properties. */
  const states = new Map();
  return {
    name: 'coproduce-kit:state-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = stateProperties(ts, node);
      if (names.size) states.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) {
          const names = states.get(`${mod.path}#${d.name}`);
          if (!names) continue;
          d.attributes = d.attributes?.filter((a) => !names.has(a.fieldName));
          for (const m of d.members ?? []) if (names.has(m.name)) delete m.attribute;
        }
    },
  };
}
