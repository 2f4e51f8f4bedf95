import { readdirSync, readFileSync } from 'node:fs';
import type { Storage } from './storage/types.js';

/** `collector/migrations/NNN_name.sql`, found from `src/` and from the built `dist/` alike. */
const folder = new URL('../migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(): Migration[] {
  return readdirSync(folder)
    .filter((f) => /^\d+_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, f.indexOf('_'))),
      name: f.replace(/\.sql$/, ''),
      sql: readFileSync(new URL(f, folder), 'utf8'),
    }));
}

/** Any number for the advisory lock that keeps two collectors starting at once from both migrating. */
const LOCK = 7_270_301;

/** Runs the migrations not yet applied, in order, in one transaction. Safe to run at every start. */
export async function migrate(storage: Storage): Promise<number[]> {
  return storage.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
    await tx.exec(`create table if not exists collector_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set(
      (await tx.query<{ version: number }>('select version from collector_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of migrations()) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into collector_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
