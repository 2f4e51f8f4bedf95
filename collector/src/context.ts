import type { CollectorConfig } from './config.js';
import type { Counters } from './counters.js';
import type { Schemas } from './schemas.js';
import type { Store } from './store.js';
import type { Storage } from './storage/types.js';

/** What every route plugin reads from `app.ctx`: set once by `buildApp` before the routes register. */
export interface AppContext {
  config: CollectorConfig;
  store: Store;
  storage: Storage;
  schemas: Schemas;
  /** Shared counters: in PostgreSQL across every collector process, in memory with PGlite. */
  counters: Counters;
  /** Options for `config: { rateLimit }` on a route: undefined when the limit is off. */
  limit?: { max: number; timeWindow: number };
  /** The same for published reads (impact and credits), with their own, higher limit. */
  readLimit?: { max: number; timeWindow: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

/** `{ rateLimit }` route config for writes (and admin), or nothing when the limit is off. */
export const writeLimited = (ctx: AppContext) => (ctx.limit ? { rateLimit: ctx.limit } : {});
/** `{ rateLimit }` route config for published reads, or nothing when the limit is off. */
export const readLimited = (ctx: AppContext) => (ctx.readLimit ? { rateLimit: ctx.readLimit } : {});
