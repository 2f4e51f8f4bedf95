// What a page loads through the script tag: the loader (dist/cdn/coproduce-kit.js), the files it
// imports, and for each kit tag on the page that component's file and the files it imports. Read
// from the built files themselves, so the figures are what a browser fetches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileGzipSize } from './size.mjs';

const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g;
// The loader's map from each registering module (scripts/lib/components.mjs) to its file.
const COMPONENT =
  /["'`]\.\/(?:[\w-]+\/)?([\w-]+)[/.]index\.ts["'`]\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([\w.-]+\.js)["'`]/g;

/** The files `file` imports statically, and theirs, with `file` itself. */
export function closure(dir, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, dep] of readFileSync(join(dir, file), 'utf8').matchAll(STATIC)) closure(dir, dep, seen);
  return seen;
}

/** Each kit tag the loader knows, and the file it imports for it: `{ 'cp-feedback-form': 'feedback-form.js' }`. */
export function componentFiles(dir, loader = 'coproduce-kit.js') {
  const code = readFileSync(join(dir, loader), 'utf8');
  return Object.fromEntries([...code.matchAll(COMPONENT)].map(([, name, file]) => [`cp-${name}`, file]));
}

/** The files a page with these tags loads, and their total min+gzip bytes. */
export function pageSize(tags, dir = 'dist/cdn', loader = 'coproduce-kit.js') {
  const map = componentFiles(dir, loader);
  const files = closure(dir, loader);
  for (const tag of tags) {
    if (!map[tag]) throw new Error(`${loader} has no file for <${tag}>`);
    closure(dir, map[tag], files);
  }
  const list = [...files];
  return { files: list, bytes: list.reduce((n, f) => n + fileGzipSize(join(dir, f)), 0) };
}
