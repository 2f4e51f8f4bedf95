// The kit's custom events are typed once, in the components' source: each `cp-` event's detail is
// a member of `CpEventDetails`, and `HTMLElementEventMap` takes every one of them as a
// `CustomEvent` of that detail (`CpEventMap`, src/core/base-element.ts). This analyzer plugin copies
// those types into custom-elements.json, so each `@fires` entry says what its event carries
// (`CustomEvent<{ lang: string }>`) for Storybook and editors, and it fails the build when a
// component `@fires` a `cp-` event that `CpEventDetails` does not declare: the framework types
// (scripts/lib/framework-types.mjs) type every handler from that map.

/** Declared event details, from the source: event name → detail type text. */
export function readEventMaps(ts, node, maps) {
  if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'CpEventDetails') return;
  const into = maps.details;
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
    into.set(member.name.text, member.type.getText());
  }
}

/**
 * Gives each `cp-` event of every custom element in the manifest its declared type.
 * @returns {string[]} problems: `cp-` events that `CpEventDetails` does not declare
 */
export function typeManifestEvents(manifest, maps) {
  const problems = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      for (const event of decl.events ?? []) {
        if (!event.name?.startsWith('cp-')) continue;
        const detail = maps.details.get(event.name);
        if (detail) event.type = { text: `CustomEvent<${detail}>` };
        else
          problems.push(
            `${decl.name} @fires ${event.name}, which CpEventDetails does not declare: ` +
              `add its detail there, as in src/core/base-element.ts`,
          );
      }
    }
  }
  return problems;
}

export function eventTypesPlugin() {
  const maps = { details: new Map() };
  return {
    name: 'coproduce-kit:event-types',
    collectPhase({ ts, node }) {
      readEventMaps(ts, node, maps);
    },
    packageLinkPhase({ customElementsManifest }) {
      const problems = typeManifestEvents(customElementsManifest, maps);
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
}
