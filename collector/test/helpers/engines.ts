// Opens each storage engine for a test: the embedded one in a fresh folder, or PostgreSQL in a
// throw-away cluster. A fresh embedded database takes ~10 s to create (initdb in WebAssembly), so
// one is made once, migrated, cached in the temp folder and copied for each test.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { migrations } from '../../src/migrations.js';
import { openStorage } from '../../src/storage/index.js';
import type { Storage } from '../../src/storage/types.js';
import { startPostgres, type TestPostgres } from './postgres.js';

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

/** PGlite's version, read beside its entry point (its package.json is not exported). */
function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A new, migrated embedded database folder. */
export async function freshDataDir(): Promise<string> {
  const key = createHash('sha256')
    .update(pgliteVersion())
    .update(JSON.stringify(migrations()))
    .digest('hex')
    .slice(0, 12);
  const template = join(tmpdir(), `coproduce-collector-template-${key}`);
  if (!existsSync(template)) {
    const building = mkdtempSync(`${template}-building-`);
    const storage = await openStorage({ dataDir: building, pgPoolSize: 1 });
    await storage.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file made it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'collector-data-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

export interface OpenEngine {
  storage: Storage;
  /** `dataDir` or `databaseUrl`, for starting a server process on the same database. */
  settings: { dataDir?: string; databaseUrl?: string };
  close(): Promise<void>;
}

let cluster: TestPostgres | undefined;

/** The throw-away PostgreSQL server for this test file (started once). */
export async function testPostgres(): Promise<TestPostgres> {
  cluster ??= await startPostgres();
  return cluster;
}

/** A new empty database on `engine`: a new folder, or a new database in the test cluster. */
export async function openEngine(engine: Engine, open = true): Promise<OpenEngine> {
  if (engine === 'pglite') {
    const dataDir = await freshDataDir();
    const storage = open ? await openStorage({ dataDir, pgPoolSize: 1 }) : (undefined as unknown as Storage);
    return {
      storage,
      settings: { dataDir },
      close: async () => {
        if (open) await storage.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const server = await testPostgres();
  const name = `t_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  // Identifiers cannot be parameters; the name is made here from [a-z0-9_] only.
  await admin.query(`create database ${name}`);
  await admin.end();
  const databaseUrl = server.url.replace(/\/postgres$/, `/${name}`);
  const storage = open
    ? await openStorage({ databaseUrl, dataDir: '', pgPoolSize: 10 })
    : (undefined as unknown as Storage);
  return {
    storage,
    settings: { databaseUrl },
    close: async () => {
      if (open) await storage.close();
    },
  };
}

/** Stops the test cluster, if this file started one. */
export function stopPostgres(): void {
  cluster?.stop();
  cluster = undefined;
}
