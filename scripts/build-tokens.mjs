// Builds the DTCG token sources in src/tokens/ with Style Dictionary into:
//   generated/tokens.css        page stylesheet (published as coproduce-kit/tokens.css)
//   generated/tokens.styles.ts  the Lit `css` every component adopts (one shared sheet)
//   generated/tokens.values.json resolved values per theme, for the contrast test and docs
import StyleDictionary from 'style-dictionary';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { luminance } from '../shared/contrast.mjs';

const dir = fileURLToPath(new URL('../src/tokens/', import.meta.url));
const out = `${dir}generated/`;
export const THEMES = ['light', 'dark', 'high-contrast'];

async function resolve(theme) {
  const sd = new StyleDictionary({
    source: [`${dir}base.tokens.json`, `${dir}themes/${theme}.tokens.json`],
    usesDtcg: true,
    log: { verbosity: 'silent' },
    platforms: { css: { prefix: 'cp', transforms: ['name/kebab', 'fontFamily/css', 'cubicBezier/css'] } },
  });
  const { allTokens } = await sd.getPlatformTokens('css');
  return allTokens.map((t) => ({
    name: t.name,
    value: String(t.$value ?? t.value),
    description: t.$description ?? t.description ?? '',
    type: t.$type ?? t.type,
    themed: t.filePath.includes('themes'),
  }));
}

const block = (tokens, indent = '  ') => tokens.map((t) => `${indent}--${t.name}: ${t.value};`).join('\n');
const durations = (tokens) => tokens.filter((t) => t.type === 'duration').map((t) => ({ ...t, value: '0ms' }));

const resolved = Object.fromEntries(await Promise.all(THEMES.map(async (t) => [t, await resolve(t)])));
const themed = (t) => resolved[t].filter((x) => x.themed);
const light = resolved.light;

// The brand colour is the one input the page sets itself (never declared here, so it inherits
// from the page). Text on it is black or white, whichever contrasts more: the relative
// luminance Y decides (white wins below Y = 0.1791, where both give the same ratio).
// Black or white alone reaches only 4.58:1 on a mid-tone brand, so where text sits on the brand
// (`--cp-brand-fill`, the primary button) the brand is darkened (white text) to Y 0.095 or
// lightened (black text) to Y 0.38, enough for 7:1 (WCAG 1.4.6) even when hover darkens it
// (brightness 0.92), keeping its hue.
// Lines in the brand colour (`--cp-brand`) keep it exactly as set.
const pick = `clamp(0, (0.1791 - y) * 100000, 1)`;
// In XYZ, y is the luminance: scaling x, y and z darkens; moving them towards white (D65) lightens.
const channel = (c, w) =>
  `calc(${pick} * ${c} * min(1, 0.095 / max(y, 0.0001)) + (1 - ${pick}) * (${c} + max(0, (0.38 - y) / max(1 - y, 0.0001)) * (${w} - ${c})))`;
const fill = `color(from var(--cp-brand) xyz-d65 ${channel('x', 0.9505)} ${channel('y', 1)} ${channel('z', 1.089)})`;
const brand = `  --cp-brand: var(--cp-color-brand, var(--cp-color-brand-default));
  --cp-brand-fill: var(--cp-brand);
  --cp-on-brand: var(--cp-color-brand-text, color(from var(--cp-brand-fill) xyz-d65 calc(0.9505 * ${pick}) ${pick} calc(1.089 * ${pick})));`;
const fillSupported = `@supports (color: color(from red xyz-d65 x y z))`;

const pageCss = `/* coproduce-kit design tokens. Generated from src/tokens/*.tokens.json: do not edit. */
:root, [data-cp-theme="light"] {
${block(light)}
${brand}
}
@media (prefers-color-scheme: dark) {
  :root:not([data-cp-theme]), [data-cp-theme="auto"] {
${block(themed('dark'), '    ')}
  }
}
[data-cp-theme="dark"] {
${block(themed('dark'))}
}
[data-cp-theme="high-contrast"] {
${block(themed('high-contrast'))}
}
[data-cp-theme] { ${brand.trim()} }
${fillSupported} {
  :root, [data-cp-theme] { --cp-brand-fill: ${fill}; }
}
@media (prefers-reduced-motion: reduce) {
  :root, [data-cp-theme] {
${block(durations(light), '    ')}
  }
}
`;

// Components carry their own tokens on :host, so a theme never leaks in from the page. The
// theme is a custom state (:state(dark)) that EnvironmentController sets from the page,
// <cp-provider>, the `theme` attribute or the device's dark and contrast settings. Only the
// outermost component keeps the sheet: one inside another's shadow root inherits from it
// (EnvironmentController takes the sheet out of its shadow root).
// A theme's rule sets only the values it changes: the light ones are always set on the host first.
// White space goes where CSS ignores it (after commas, around * and /): the CSS minifier keeps the
// spaces in custom properties' values.
const changed = (t) => themed(t).filter((x) => x.value !== light.find((l) => l.name === x.name).value);
const hostCss = `:host{${block(light, '')}${brand.replace(/\s*\n\s*/g, '').trim()}color-scheme:light}
:host(:state(dark)){${block(changed('dark'), '')}color-scheme:dark}
:host(:state(high-contrast)){${block(changed('high-contrast'), '')}color-scheme:dark}
${fillSupported}{:host{--cp-brand-fill:${fill}}}
@media (prefers-reduced-motion:reduce){:host{${block(durations(light), '')}}}`
  .replace(/;\n/g, ';')
  .replace(/: /g, ':')
  .replace(/, /g, ',')
  .replace(/ ([*/]) /g, '$1');

await mkdir(out, { recursive: true });
await writeFile(`${out}tokens.css`, pageCss);
await writeFile(
  `${out}tokens.styles.ts`,
  `// Generated from src/tokens/*.tokens.json by scripts/build-tokens.mjs: do not edit.
import { css } from 'lit';

/** Every design token as a CSS custom property on the host of the outermost kit component, per theme. */
export const tokenStyles = css\`
${hostCss.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}
\`;
`,
);
await writeFile(
  `${out}tokens.values.json`,
  JSON.stringify(
    Object.fromEntries(
      THEMES.map((t) => {
        const values = Object.fromEntries(resolved[t].map((x) => [x.name.replace(/^cp-/, ''), x.value]));
        // Not a token: the text colour the CSS above picks on the default brand, so the
        // contrast check (src/tokens/contrast-pairs.json) can hold it to 7:1.
        values['color-on-brand-default'] = luminance(values['color-brand-default']) < 0.1791 ? '#ffffff' : '#000000';
        return [t, values];
      }),
    ),
    null,
    2,
  ),
);
await writeFile(
  `${out}tokens.list.json`,
  JSON.stringify(
    light.map(({ name, type, description }) => ({ name, type, description })),
    null,
    2,
  ),
);
console.log(`tokens: ${light.length} tokens, ${THEMES.length} themes -> src/tokens/generated/`);
