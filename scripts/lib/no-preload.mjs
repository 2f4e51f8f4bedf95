// Vite wraps every dynamic import in a preload helper (about 400 bytes gzip) that preloads the
// CSS and modules a chunk needs. The kit's one on-demand chunk (the language switch) has no CSS
// and needs only the main file, which is already loaded, so the script-tag build unwraps it; the
// minifier then drops the unused helper.
export function noPreload() {
  return {
    name: 'coproduce-kit:no-preload',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      const out = code.replace(/__vitePreload\(\s*\(\)\s*=>\s*(import\([^()]*\))\s*,\s*(?:\[[^\]]*\]|__VITE_PRELOAD__)[^)]*\)/g, '$1');
      return { code: out, map: null };
    },
  };
}
