import { entryName } from './components.mjs';

// The script-tag loader (src/cdn.ts) asks for every file a tag needs at once, with
// <link rel="modulepreload">. This plugin writes those lists into it, in place of `__CP_NEEDS__`:
// for each component, every file its file imports (all levels), less the file holding the
// languages' loader (core.js), which the loader imports itself, and what core.js imports, listed
// once under "". Names are without ".js"; a component that needs nothing more is left out.
export function preloadLists() {
  return {
    name: 'coproduce-kit:preload-lists',
    generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry && c.code.includes('__CP_NEEDS__'));
      if (!entry) return;
      const byName = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
      /** A file and everything it imports statically. */
      const closure = (file, seen = new Set()) => {
        if (!seen.has(file)) {
          seen.add(file);
          for (const dep of byName[file].imports) closure(dep, seen);
        }
        return seen;
      };
      const path = (id) => id.replaceAll('\\', '/');
      const locales = chunks.find((c) => c.moduleIds.some((id) => path(id).endsWith('/src/cdn-locales.ts')));
      if (!locales) throw new Error('preload-lists: no file holds src/cdn-locales.ts');
      const core = closure(locales.fileName);
      const name = (files) => [...files].map((f) => f.replace(/\.js$/, '')).join(' ');
      const needs = { '': name([...core].filter((f) => f !== locales.fileName)) };
      for (const c of chunks)
        for (const id of c.moduleIds) {
          const component = entryName(path(id));
          if (!component) continue;
          const files = closure(c.fileName);
          // The loader imports a component without waiting for the languages' loader: safe only
          // while the component's file imports the file that sets it.
          if (!files.has(locales.fileName))
            throw new Error(
              `preload-lists: ${c.fileName} does not import ${locales.fileName}, which sets the languages' loader`,
            );
          const more = [...files].filter((f) => f !== c.fileName && !core.has(f));
          if (more.length) needs[component] = name(more);
        }
      if (Object.keys(needs).length < 2) throw new Error('preload-lists: found no component files');
      entry.code = entry.code.replaceAll('__CP_NEEDS__', JSON.stringify(needs));
    },
  };
}
