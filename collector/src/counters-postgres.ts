import { createHash } from 'node:crypto';
import type { Counters } from './counters.js';
import type { Sql } from './storage/types.js';

/**
 * Counters in the `limit_counters` table, shared by every collector process on the same
 * PostgreSQL. Each hit is one atomic statement: an insert that, on a key already there, either
 * counts one more in the current window or starts a new window when the old one has ended.
 * Concurrent hits on one key queue on its row, so each gets its own count.
 *
 * Times are the database's clock (`now()`), so processes with clocks that differ still agree on
 * when a window ends; what comes back is turned into this process's clock by the time left.
 */
export class PostgresCounters implements Counters {
  private lastSweep = Date.now();

  /** @param sweepEveryMs how often, at most, ended windows are deleted (on a hit, not on a timer). */
  constructor(
    private readonly sql: Sql,
    private readonly sweepEveryMs = 60_000,
  ) {}

  async hit(key: string, windowMs: number) {
    this.sweepSometimes();
    const rows = await this.sql.query<{ count: number; left_ms: number }>(
      `insert into limit_counters as c (key, count, reset_at)
         values ($1, 1, now() + $2::double precision * interval '1 millisecond')
       on conflict (key) do update set
         count = case when c.reset_at <= now() then 1 else c.count + 1 end,
         reset_at = case when c.reset_at <= now() then now() + $2::double precision * interval '1 millisecond' else c.reset_at end
       returning count, (extract(epoch from (reset_at - now())) * 1000)::double precision as left_ms`,
      [hashed(key), windowMs],
    );
    const row = rows[0]!;
    return { count: Number(row.count), resetAt: Date.now() + Math.max(0, Number(row.left_ms)) };
  }

  async peek(key: string) {
    const rows = await this.sql.query<{ count: number }>(
      'select count from limit_counters where key = $1 and reset_at > now()',
      [hashed(key)],
    );
    return rows[0] ? Number(rows[0].count) : 0;
  }

  async reset(key: string) {
    await this.sql.query('delete from limit_counters where key = $1', [hashed(key)]);
  }

  /** Deletes every window that has ended. A hit racing it either finds no row (and starts at 1)
   * or has already moved the window on, which the delete then no longer matches. */
  async sweep(): Promise<number> {
    const rows = await this.sql.query<{ n: number }>(
      'with gone as (delete from limit_counters where reset_at <= now() returning 1) select count(*)::int as n from gone',
    );
    return Number(rows[0]?.n ?? 0);
  }

  private sweepSometimes() {
    const now = Date.now();
    if (now - this.lastSweep < this.sweepEveryMs) return;
    this.lastSweep = now;
    // Not awaited: a failed sweep only leaves ended rows for the next one.
    this.sweep().catch(() => {});
  }
}

/** The stored key: a fixed-length hash, so no client address or reference is kept as such. */
function hashed(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
