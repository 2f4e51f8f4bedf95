// A Vite plugin that squeezes the white space out of Lit `css` template literals, which no
// minifier touches because they are strings. Literals with `${}` are left as they are.
export const squeeze = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();

export function minifyCssLiterals() {
  return {
    name: 'coproduce-kit:minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}
