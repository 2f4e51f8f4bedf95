import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CollectorConfig } from '../config.js';
import { builtImagePath } from '../prepared-image.js';
import { migrate } from '../migrations.js';
import { openPglite, type PgliteStorage } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { Storage } from './types.js';

export type { Sql, Storage } from './types.js';

/** Opens PostgreSQL when `databaseUrl` is set, otherwise the embedded database, and runs the migrations. */
export async function openStorage(
  config: Pick<CollectorConfig, 'databaseUrl' | 'dataDir' | 'pgPoolSize'>,
): Promise<Storage> {
  const storage = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.pgPoolSize)
    : await openPglite(config.dataDir);
  try {
    await migrate(storage);
  } catch (e) {
    await storage.close();
    throw e;
  }
  // The first embedded database set up from nothing is kept as the prepared image for the next new
  // folder (a few hundred milliseconds, once). It holds the schema only: no request has come yet.
  if ((storage as Partial<PgliteStorage>).origin === 'new') {
    await (storage as PgliteStorage).saveImage().catch(() => {
      // Not saved (a read-only node_modules, say): the next new folder is set up from nothing too.
    });
  }
  return storage;
}

/** Writes a prepared image (an empty, migrated embedded database) to `path`, by default `dist/` beside the collector (the build does). */
export async function writePreparedImage(path = builtImagePath()): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-image-'));
  try {
    const storage = (await openStorage({ dataDir: dir, pgPoolSize: 1 })) as PgliteStorage;
    try {
      await storage.saveImage(path);
    } finally {
      await storage.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
