import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Sql, Storage } from './types.js';

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
      if (alive(pid)) throw new Error(`Another collector (process ${pid}) is using ${dir}. Stop it first, or set COLLECTOR_DATA_DIR to another folder.`);
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
export async function openPglite(dataDir: string): Promise<Storage> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const unlock = lock(dir);
  let db: PGlite;
  try {
    db = new PGlite({ dataDir: join(dir, 'pglite'), relaxedDurability: false });
    await db.waitReady;
  } catch (e) {
    unlock();
    throw e;
  }
  const rows = async <R>(q: Pick<PGlite, 'query'>, text: string, params?: unknown[]) =>
    (await q.query<R>(text, params)).rows;
  return {
    engine: 'pglite',
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
