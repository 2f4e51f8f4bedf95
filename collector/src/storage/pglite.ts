import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cachedImagePath, findImage, readImage, saveImage } from '../prepared-image.js';
import type { Sql, Storage } from './types.js';

/** The embedded engine's storage, with what `openStorage` needs to save a prepared image. */
export interface PgliteStorage extends Storage {
  /** How this folder's database came to be: opened as it was, unpacked from a prepared image, or set up from nothing. */
  readonly origin: 'existing' | 'image' | 'new';
  /** Saves the database, just set up and migrated, as the prepared image for the next new folder
   * (see prepared-image.ts): by default in node_modules/.cache, or at `path`. */
  saveImage(path?: string): Promise<void>;
}

/** Opens the folder's database; a new folder is unpacked from the prepared image when there is one. */
async function openDatabase(
  dir: string,
  imagePath: string | null | undefined,
): Promise<{ db: PGlite; origin: PgliteStorage['origin'] }> {
  const dataDir = join(dir, 'pglite');
  const isNew = !existsSync(dataDir) || readdirSync(dataDir).length === 0;
  const image = isNew ? (imagePath === undefined ? findImage() : imagePath) : null;
  if (image) {
    try {
      const db = new PGlite({ dataDir, relaxedDurability: false, loadDataDir: readImage(image) });
      await db.waitReady;
      return { db, origin: 'image' };
    } catch {
      // A damaged or unreadable image: set up from nothing instead.
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const db = new PGlite({ dataDir, relaxedDurability: false });
  await db.waitReady;
  return { db, origin: isNew ? 'new' : 'existing' };
}

/** True when a process with this id is running (and is not this one). */
function alive(pid: number): boolean {
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Only one process may use an embedded database folder at a time. A lock left by a process that
 * was killed (SIGKILL, power cut) is taken over.
 */
function lock(dir: string): () => void {
  const file = join(dir, 'collector.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (alive(pid))
        throw new Error(
          `Another collector (process ${pid}) is using ${dir}. Stop it first, or set COLLECTOR_DATA_DIR to another folder.`,
          { cause: e },
        );
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, its files in `<dataDir>/pglite`.
 *
 * Durability: PGlite's Node file system writes straight through to the real files with
 * `fs.writeSync` (no in-memory copy to sync later, so `syncToFs` has nothing to do and
 * `relaxedDurability` stays off), and PostgreSQL writes the commit to its write-ahead log before
 * the query resolves. So a row is in the operating system's files before the collector answers
 * 2xx, and survives the process being killed (the SIGKILL test proves it). WebAssembly cannot
 * call fsync, so a power cut can still lose the last moments of writes: use PostgreSQL for that.
 */
export async function openPglite(
  dataDir: string,
  /** `image`: the prepared image for a new folder. Default: the one `findImage()` finds; null: none. */
  { image }: { image?: string | null } = {},
): Promise<PgliteStorage> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const unlock = lock(dir);
  let db: PGlite;
  let origin: PgliteStorage['origin'];
  try {
    ({ db, origin } = await openDatabase(dir, image));
  } catch (e) {
    unlock();
    throw e;
  }
  const rows = async <R>(q: Pick<PGlite, 'query'>, text: string, params?: unknown[]) =>
    (await q.query<R>(text, params)).rows;
  return {
    engine: 'pglite',
    origin,
    saveImage: async (path = cachedImagePath()) => {
      if (path) await saveImage(db, path);
    },
    query: (text, params) => rows(db, text, params),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: <R>(text: string, params?: unknown[]) => rows<R>(tx, text, params),
          exec: async (sql: string) => {
            await tx.exec(sql);
          },
        } as Sql & { exec(sql: string): Promise<void> }),
      ),
    ping: async () => {
      await db.query('select 1');
    },
    close: async () => {
      try {
        if (!db.closed) await db.close();
      } finally {
        unlock();
      }
    },
  };
}
