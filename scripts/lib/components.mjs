// The components and the module that registers each one. A component's name is its tag without
// `cp-`, and its package entry point is coproduce-kit/<name>.js. Its registering module is
// src/components/<name>/index.ts, or, in a feature folder holding more than one element (consent/:
// the flow and withdrawing, which share helpers, styles and types), <folder>/<name>.index.ts.
import { existsSync, readdirSync } from 'node:fs';

/** The name in a registering module's path (either form), or undefined for any other module. */
export const ENTRY = /\/components\/(?:([\w-]+)\/index|[\w-]+\/([\w-]+)\.index)\.ts$/;
export const entryName = (path) => {
  const m = path.replaceAll('\\', '/').match(ENTRY);
  return m ? (m[1] ?? m[2]) : undefined;
};

/** `{ 'consent-flow': 'src/components/consent/consent-flow.index.ts', button: 'src/components/button/index.ts', … }`. */
export function componentEntries(root = 'src/components') {
  const entries = {};
  for (const folder of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    if (existsSync(`${root}/${folder}/index.ts`)) entries[folder] = `${root}/${folder}/index.ts`;
    for (const f of readdirSync(`${root}/${folder}`))
      if (f.endsWith('.index.ts')) entries[f.slice(0, -'.index.ts'.length)] = `${root}/${folder}/${f}`;
  }
  return entries;
}
