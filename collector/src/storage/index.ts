import type { CollectorConfig } from '../config.js';
import { migrate } from '../migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';
import type { Storage } from './types.js';

export type { Sql, Storage } from './types.js';

/** Opens PostgreSQL when `databaseUrl` is set, otherwise the embedded database, and runs the migrations. */
export async function openStorage(config: Pick<CollectorConfig, 'databaseUrl' | 'dataDir' | 'pgPoolSize'>): Promise<Storage> {
  const storage = config.databaseUrl
    ? await openPostgres(config.databaseUrl, config.pgPoolSize)
    : await openPglite(config.dataDir);
  try {
    await migrate(storage);
  } catch (e) {
    await storage.close();
    throw e;
  }
  return storage;
}
