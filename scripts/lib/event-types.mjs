// The kit's custom events are typed once, in the components' source: each `cp-` event's detail is
// a member of `CpEventDetails`, and `HTMLElementEventMap` maps the event's name to its type.
// This analyzer plugin copies those types into custom-elements.json, so each `@fires` entry says
// what its event carries (`CustomEvent<{ lang: string }>`) for Storybook and editors, and it fails
// the build when a component `@fires` a `cp-` event that `HTMLElementEventMap` does not declare:
// the framework types (scripts/lib/framework-types.mjs) type every handler from that map.

/** Declared event maps, from the source: name → type text, detail name → detail text. */
export function readEventMaps(ts, node, maps) {
  if (!ts.isInterfaceDeclaration(node)) return;
  const into = { HTMLElementEventMap: maps.events, CpEventDetails: maps.details }[node.name.text];
  if (!into) return;
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
    into.set(member.name.text, member.type.getText());
  }
}

/** `CustomEvent<CpEventDetails['cp-x']>` → `CustomEvent<{ … }>`, with the detail written out. */
export function resolveEventType(text, details) {
  return text.replace(/CpEventDetails\[['"]([\w-]+)['"]\]/g, (whole, name) => details.get(name) ?? whole);
}

/**
 * Gives each `cp-` event of every custom element in the manifest its declared type.
 * @returns {string[]} problems: `cp-` events that `HTMLElementEventMap` does not declare
 */
export function typeManifestEvents(manifest, maps) {
  const problems = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      for (const event of decl.events ?? []) {
        if (!event.name?.startsWith('cp-')) continue;
        const declared = maps.events.get(event.name);
        if (declared) event.type = { text: resolveEventType(declared, maps.details) };
        else
          problems.push(
            `${decl.name} @fires ${event.name}, which HTMLElementEventMap does not declare: ` +
              `add it there (and its detail to CpEventDetails), as in src/core/base-element.ts`,
          );
      }
    }
  }
  return problems;
}

export function eventTypesPlugin() {
  const maps = { events: new Map(), details: new Map() };
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
