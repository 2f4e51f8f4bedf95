import { PostgresCounters } from './counters-postgres.js';
import type { Storage } from './storage/types.js';

/**
 * Counters for limits that must hold across every collector process: request rate limits and
 * wrong-key attempts. In PostgreSQL mode they live in the database (several processes behind a
 * load balancer share them); in PGlite mode there is only one process, so memory is enough.
 */
export interface Counters {
  /**
   * Counts one more hit of `key` in its current window of `windowMs`, and answers how many hits
   * the window holds now (this one included) and when it ends (ms since the epoch).
   */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** How many hits `key` has in its current window, without counting one. */
  peek(key: string): Promise<number>;
  /** Forgets `key` (such as a reference's wrong-key count after the right key). */
  reset(key: string): Promise<void>;
}

/** One process's counters, in memory. Windows that have ended are swept as new ones start. */
export class MemoryCounters implements Counters {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size >= 10_000) for (const [k, v] of this.windows) if (v.resetAt <= now) this.windows.delete(k);
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return { ...w };
  }

  async peek(key: string) {
    const w = this.windows.get(key);
    return w && w.resetAt > Date.now() ? w.count : 0;
  }

  async reset(key: string) {
    this.windows.delete(key);
  }
}

/** The counters for `storage`: in the database on PostgreSQL (shared by every collector process
 * on it), in this process's memory on the embedded database. */
export function countersFor(storage: Pick<Storage, 'engine' | 'query'>): Counters {
  return storage.engine === 'postgres' ? new PostgresCounters(storage) : new MemoryCounters();
}
