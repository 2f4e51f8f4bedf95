import pg from 'pg';
import type { Sql, Storage } from './types.js';

/**
 * The PostgreSQL engine, for larger organisations and several collectors behind a load balancer.
 * Every connection runs with `synchronous_commit = on`, so a commit (and so a 2xx) means the row
 * is flushed to the server's disk, whatever the server's default.
 */
export async function openPostgres(url: string, poolSize: number): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c synchronous_commit=on' });
  // An idle connection that drops (the server restarted) must not crash the process.
  pool.on('error', () => {});
  const client = await pool.connect();
  client.release();
  const wrap = (c: pg.Pool | pg.PoolClient): Sql & { exec(sql: string): Promise<void> } => ({
    query: async <R>(text: string, params?: unknown[]) => (await c.query(text, params)).rows as R[],
    exec: async (sql: string) => {
      await c.query(sql);
    },
  });
  return {
    engine: 'postgres',
    query: wrap(pool).query,
    transaction: async (fn) => {
      const c = await pool.connect();
      try {
        await c.query('begin');
        const result = await fn(wrap(c));
        await c.query('commit');
        return result;
      } catch (e) {
        await c.query('rollback').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}
