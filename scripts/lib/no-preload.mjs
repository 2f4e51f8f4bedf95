// Vite wraps every dynamic import in a preload helper (about 400 bytes gzip) that preloads the
// CSS and modules a chunk needs. The kit's on-demand files (each component, the language switch)
// have no CSS, so the script-tag builds replace the helper with one that only calls the import,
// and take the wrapper off where they can. The loader asks for a component's own imports itself,
// from lists the build writes (preload-lists.mjs).
const WRAPPED =
  /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\)(?:\.then\(\(?\w*\)?\s*=>\s*[\w.]+\))?)\s*,\s*(?:\[[^\]]*\]|__VITE_PRELOAD__|__vite__mapDeps\(\[[^\]]*\]\))[^)]*\)/g;

export function noPreload() {
  return {
    name: 'coproduce-kit:no-preload',
    enforce: 'pre',
    load(id) {
      return id.includes('vite/preload-helper') ? 'export const __vitePreload = (load) => load();' : null;
    },
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      let out = code.replace(WRAPPED, '$1');
      // With every call gone, the helper's own import goes too: else it stays as a bare import of
      // the helper's file (core.js), which the loader would wait for before it could run.
      if (out.split('__vitePreload').length === 2)
        out = out.replace(/import\s*\{\s*\w+ as __vitePreload\s*\}\s*from\s*"[^"]+";?/, '');
      return { code: out, map: null };
    },
  };
}
