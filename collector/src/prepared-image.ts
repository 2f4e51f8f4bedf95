// A prepared embedded database: a PGlite data folder that has been set up (PostgreSQL's initdb,
// which takes most of a first start) and migrated, with no data in it, saved as a tarball with
// PGlite's `dumpDataDir()`. A collector starting on an empty folder unpacks it (`loadDataDir`)
// instead of setting up from nothing, then runs the migrations, which then have little or nothing
// to do. The image holds only the schema: it is taken right after the migrations, before the
// collector answers any request.
//
// Where one is looked for, in order:
//   1. `dist/pglite-<version>.tar.gz` beside the collector, made by the build (`build.mjs`);
//   2. `node_modules/.cache/coproduce-collector/pglite-<version>.tar.gz`, saved by the first
//      collector that had to set up from nothing (so a clone that was never built is fast from
//      its second new folder on: the tests, `npm start`, a second project).
// `<version>` is PGlite's, since a data folder belongs to the PostgreSQL inside one version.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';

/** PGlite's folder in node_modules (its package.json is not exported, so found from its entry file). */
function pgliteFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@electric-sql/pglite')));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('could not find PGlite’s package.json');
    dir = up;
  }
  return dir;
}

let cachedVersion: string | undefined;
/** The installed PGlite's version, such as 0.5.17. */
export function pgliteVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(pgliteFolder(), 'package.json'), 'utf8')) as { version: string })
    .version;
  return cachedVersion;
}

/** The image's file name for the installed PGlite. */
export const imageName = () => `pglite-${pgliteVersion()}.tar.gz`;

/** The image the build makes, beside the collector's code (`dist/` from `src/` and from `dist/` alike). */
export const builtImagePath = () => fileURLToPath(new URL(`../dist/${imageName()}`, import.meta.url));

/** The image saved on first use, in the `node_modules` that holds PGlite (undefined if there is none). */
export function cachedImagePath(): string | undefined {
  const nodeModules = dirname(dirname(pgliteFolder())); // node_modules/@electric-sql/pglite
  if (!nodeModules.endsWith('node_modules')) return undefined;
  return join(nodeModules, '.cache', 'coproduce-collector', imageName());
}

/** The prepared image to start a new data folder from, if there is one. */
export function findImage(): string | undefined {
  return [builtImagePath(), cachedImagePath()].find((path) => path && existsSync(path));
}

/** Saves a just-migrated, empty database as an image (written whole, then renamed, so it is never half there). */
export async function saveImage(db: PGlite, path: string): Promise<void> {
  const tarball = await db.dumpDataDir('gzip');
  mkdirSync(dirname(path), { recursive: true });
  const part = `${path}.${process.pid}.part`;
  try {
    writeFileSync(part, new Uint8Array(await tarball.arrayBuffer()));
    renameSync(part, path);
  } finally {
    rmSync(part, { force: true });
  }
}

/** The image as PGlite's `loadDataDir` takes it. */
export const readImage = (path: string): Blob => new Blob([readFileSync(path)]);
