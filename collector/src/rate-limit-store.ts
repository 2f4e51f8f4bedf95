import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Counters } from './counters.js';

type Incr = FastifyRateLimitStore['incr'];
type Done = Parameters<Incr>[1];

/** What `@fastify/rate-limit` passes to `child` for a route: its options, with the route. */
interface ChildOptions {
  routeInfo?: { method?: string | string[]; url?: string };
  groupId?: string;
}

/**
 * A `@fastify/rate-limit` store class (pass it as `store`) that keeps its counts in `counters`:
 * in PostgreSQL when several collectors share one, so a client's limit holds across all of them.
 * Each route counts apart, as with the plugin's own store: the key is the route's method and
 * address pattern (such as `POST /v1/feedback`) and the client.
 */
export function counterStore(counters: Counters): FastifyRateLimitStoreCtor {
  class CounterStore implements FastifyRateLimitStore {
    constructor(
      _options?: unknown,
      private readonly scope = '*',
    ) {}

    incr(key: string, done: Done, timeWindow: number): void {
      counters.hit(`rate ${this.scope} ${key}`, timeWindow).then(
        ({ count, resetAt }) => done(null, { current: count, ttl: Math.max(0, resetAt - Date.now()) }),
        (err: Error) => done(err),
      );
    }

    child(options: object): FastifyRateLimitStore {
      const { routeInfo, groupId } = options as ChildOptions;
      const method = [routeInfo?.method ?? ''].flat().join(',');
      const scope = groupId ? `group ${groupId}` : routeInfo?.url ? `${method} ${routeInfo.url}` : this.scope;
      return new CounterStore(undefined, scope);
    }
  }
  return CounterStore;
}
