// WCAG 2.x contrast ratio of two sRGB colours written as #rgb or #rrggbb.
export function luminance(hex) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Minimum ratio a pair needs in a theme: text 7:1 in every theme (WCAG 1.4.6, AAA), anything
 * else 3:1 (1.4.11). `theme` is kept so a theme could ask for more.
 */
export const minimum = (kind, _theme) => (kind === 'text' ? 7 : 3);

/** Checks every declared pair in every theme; returns the failures as readable strings. */
export function checkPairs(values, pairs) {
  const failures = [];
  for (const [theme, tokens] of Object.entries(values)) {
    const get = (name) => {
      if (!(name in tokens)) throw new Error(`${theme}: no token --cp-${name}`);
      return tokens[name];
    };
    for (const { fg, bg, kind } of pairs) {
      const need = minimum(kind, theme);
      const back = get(bg);
      if (kind === 'focus') {
        const [outer, inner] = fg.map(get);
        const best = Math.max(contrast(outer, back), contrast(inner, back));
        if (best < 3 || contrast(outer, inner) < 3)
          failures.push(`${theme}: focus ring ${fg.join('/')} on ${bg} (best ${best.toFixed(2)}:1)`);
        continue;
      }
      const ratio = contrast(get(fg), back);
      if (ratio < need) failures.push(`${theme}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1, needs ${need}:1`);
    }
  }
  return failures;
}
