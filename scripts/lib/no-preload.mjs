// Vite wraps every dynamic import in a preload helper (about 400 bytes gzip) that preloads the
// CSS and modules a chunk needs. The kit's on-demand files (each component, the language switch)
// have no CSS, so the script-tag builds replace the helper with one that only calls the import,
// and take the wrapper off where they can. A component's own imports (core.js, fields.js) then
// load when its file has: one more round trip on first use, for less code on every page.
const WRAPPED = /__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\)(?:\.then\(\(?\w*\)?\s*=>\s*[\w.]+\))?)\s*,\s*(?:\[[^\]]*\]|__VITE_PRELOAD__|__vite__mapDeps\(\[[^\]]*\]\))[^)]*\)/g;

export function noPreload() {
  return {
    name: 'coproduce-kit:no-preload',
    enforce: 'pre',
    load(id) {
      return id.includes('vite/preload-helper') ? 'export const __vitePreload = (load) => load();' : null;
    },
    renderChunk(code) {
      return code.includes('__vitePreload(') ? { code: code.replace(WRAPPED, '$1'), map: null } : null;
    },
  };
}
