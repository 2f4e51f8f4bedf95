// Counters for rate limits and key attempts: in PostgreSQL they are shared by every collector
// process on the database, so a client's limit holds across them (two real processes, one
// PostgreSQL); with the embedded database they are in memory.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { countersFor, MemoryCounters, type Counters } from '../src/counters.js';
import { PostgresCounters } from '../src/counters-postgres.js';
import { counterStore } from '../src/rate-limit-store.js';
import { ENGINES, openEngine, stopPostgres, type OpenEngine } from './helpers/engines.js';
import { ORIGIN, feedback, request, send } from './helpers/data.js';

after(() => stopPostgres());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits until a window that ends at `resetAt` (this process's clock) has surely ended. */
const pastEnd = (resetAt: number) => sleep(Math.max(0, resetAt - Date.now()) + 50);
const MINUTE = 60_000;

/** The behaviour every `Counters` must have. */
function countersBehave(make: () => Counters) {
  it('counts hits in a window, each key apart', async () => {
    const c = make();
    const before = Date.now();
    const first = await c.hit('rate a', 10 * MINUTE);
    assert.equal(first.count, 1);
    assert.ok(
      first.resetAt > before + 9 * MINUTE && first.resetAt <= Date.now() + 10 * MINUTE + 1000,
      `resetAt ${first.resetAt}`,
    );
    assert.equal((await c.hit('rate a', 10 * MINUTE)).count, 2);
    const third = await c.hit('rate a', 10 * MINUTE);
    assert.equal(third.count, 3);
    // The window does not move on with each hit.
    assert.ok(Math.abs(third.resetAt - first.resetAt) < 1000);
    assert.equal((await c.hit('rate b', 10 * MINUTE)).count, 1);
    assert.equal(await c.peek('rate a'), 3);
    assert.equal(await c.peek('rate b'), 1);
    assert.equal(await c.peek('rate never'), 0);
  });

  it('starts again at 1 once the window has ended', async () => {
    const c = make();
    await c.hit('short', 200);
    const { count, resetAt } = await c.hit('short', 200);
    assert.ok(count >= 1 && count <= 2);
    await pastEnd(resetAt);
    assert.equal(await c.peek('short'), 0);
    const again = await c.hit('short', 10 * MINUTE);
    assert.equal(again.count, 1);
    assert.ok(again.resetAt > Date.now() + 9 * MINUTE, 'the new window has the new length');
  });

  it('reset forgets a key, and only that key', async () => {
    const c = make();
    for (let i = 0; i < 4; i++) await c.hit('key PR-1', 10 * MINUTE);
    await c.hit('key PR-2', 10 * MINUTE);
    await c.reset('key PR-1');
    assert.equal(await c.peek('key PR-1'), 0);
    assert.equal(await c.peek('key PR-2'), 1);
    assert.equal((await c.hit('key PR-1', 10 * MINUTE)).count, 1);
  });

  it('50 hits at once get the counts 1 to 50, each once', async () => {
    const c = make();
    const hits = await Promise.all(Array.from({ length: 50 }, () => c.hit('burst', 10 * MINUTE)));
    assert.deepEqual(
      hits.map((h) => h.count).sort((a, b) => a - b),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    assert.equal(await c.peek('burst'), 50);
  });
}

describe('MemoryCounters', () => countersBehave(() => new MemoryCounters()));

for (const engine of ENGINES) {
  describe(`PostgresCounters (its SQL) on ${engine}`, () => {
    let db: OpenEngine;
    before(async () => {
      db = await openEngine(engine);
    });
    after(async () => {
      await db?.close();
    });

    // Each test gets keys of its own, in a database of its own per engine.
    let n = 0;
    const prefixed = (c: Counters): Counters => {
      const p = `t${n++} `;
      return { hit: (k, w) => c.hit(p + k, w), peek: (k) => c.peek(p + k), reset: (k) => c.reset(p + k) };
    };
    countersBehave(() => prefixed(new PostgresCounters(db.storage)));

    it('keeps no key as it was given: only a hash of it', async () => {
      await new PostgresCounters(db.storage).hit('key 203.0.113.9 PR-7K4Q-M2XD', MINUTE);
      const rows = await db.storage.query<{ key: string }>('select key from limit_counters');
      assert.ok(rows.length > 0);
      for (const { key } of rows) assert.match(key, /^[A-Za-z0-9_-]{43}$/);
    });

    it('sweeps windows that have ended, and none still running', async () => {
      const c = new PostgresCounters(db.storage);
      const ended = await c.hit('sweep ended', 1);
      await c.hit('sweep running', 10 * MINUTE);
      await pastEnd(ended.resetAt);
      assert.ok((await c.sweep()) >= 1);
      assert.equal(await c.peek('sweep running'), 1);
      const left = await db.storage.query<{ n: number }>(
        'select count(*)::int as n from limit_counters where reset_at <= now()',
      );
      assert.equal(left[0]!.n, 0);
    });

    it('countersFor picks the database on PostgreSQL and memory on the embedded database', () => {
      const counters = countersFor(db.storage);
      assert.ok(engine === 'postgres' ? counters instanceof PostgresCounters : counters instanceof MemoryCounters);
    });

    it('the rate-limit store counts each route apart, with the time left', async () => {
      const Store = counterStore(new PostgresCounters(db.storage));
      const root = new Store({});
      const incr = (store: InstanceType<typeof Store>, key: string) =>
        new Promise<{ current: number; ttl: number }>((resolve, reject) =>
          store.incr(key, (err, res) => (err ? reject(err) : resolve(res!)), 10 * MINUTE, 5),
        );
      const route = (method: string, url: string) => root.child({ routeInfo: { method, url } } as never);
      const feedbackRoute = route('POST', `/v1/feedback/${engine}`);
      const consentRoute = route('POST', `/v1/consent/${engine}`);
      assert.equal((await incr(feedbackRoute, '192.0.2.1')).current, 1);
      const second = await incr(feedbackRoute, '192.0.2.1');
      assert.equal(second.current, 2);
      assert.ok(second.ttl > 9 * MINUTE && second.ttl <= 10 * MINUTE, `ttl ${second.ttl}`);
      // The same client on another route, and another client on the same route, start at 1.
      assert.equal((await incr(consentRoute, '192.0.2.1')).current, 1);
      assert.equal((await incr(feedbackRoute, '192.0.2.2')).current, 1);
      // A second store object for the same route (another process) shares the count.
      const sameRouteElsewhere = counterStore(new PostgresCounters(db.storage));
      const other = new sameRouteElsewhere({}).child({
        routeInfo: { method: 'POST', url: `/v1/feedback/${engine}` },
      } as never);
      assert.equal((await incr(other, '192.0.2.1')).current, 3);
    });
  });
}

const collectorDir = fileURLToPath(new URL('..', import.meta.url));

interface Collector {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the real `coproduce-collector` command in its own process and waits until it is ready. */
async function startProcess(databaseUrl: string, env: Record<string, string>): Promise<Collector> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
    cwd: collectorDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      COLLECTOR_PORT: '0',
      COLLECTOR_LOG_LEVEL: 'info',
      COLLECTOR_ALLOWED_ORIGINS: ORIGIN,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  // The address it listens on, from its 'collector listening' log line.
  let url: string | undefined;
  while (!url) {
    if (child.exitCode !== null) throw new Error(`the collector exited with ${child.exitCode}: ${out}`);
    for (const line of out.split('\n')) {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'collector listening') url = entry.url;
      } catch {
        // not a whole JSON line yet
      }
    }
    if (!url) await sleep(100);
  }
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the collector exited with ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url, output: () => out };
    } catch {
      // not answering yet
    }
    await sleep(100);
  }
}

async function stopProcess(c: Collector | undefined) {
  if (!c || c.child.exitCode !== null || c.child.signalCode !== null) return;
  const gone = once(c.child, 'exit');
  c.child.kill('SIGTERM');
  await gone;
}

describe('two collector processes on one PostgreSQL', () => {
  const LIMIT = 6;
  const READ_LIMIT = 8;
  let db: OpenEngine;
  let a: Collector | undefined;
  let b: Collector | undefined;

  before(async () => {
    db = await openEngine('postgres', false);
    const env = {
      COLLECTOR_RATE_LIMIT: String(LIMIT),
      COLLECTOR_READ_RATE_LIMIT: String(READ_LIMIT),
      // Long enough that no window ends during the test, however slow the machine.
      COLLECTOR_RATE_LIMIT_WINDOW_MS: String(10 * MINUTE),
    };
    // Started together, as behind a load balancer (the migrations take turns on a lock).
    [a, b] = await Promise.all([
      startProcess(db.settings.databaseUrl!, env),
      startProcess(db.settings.databaseUrl!, env),
    ]);
  });
  after(async () => {
    await Promise.all([stopProcess(a), stopProcess(b)]);
    await db?.close();
  });

  it('the write limit holds across both: one client gets the limit in all, not the limit from each', async () => {
    const statuses: { from: 'a' | 'b'; status: number }[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) {
      const from = i % 2 === 0 ? 'a' : 'b';
      const res = await send(from === 'a' ? a!.url : b!.url, '/v1/feedback', feedback());
      statuses.push({ from, status: res.status });
    }
    const accepted = statuses.filter((s) => s.status === 201);
    assert.equal(accepted.length, LIMIT, JSON.stringify(statuses));
    assert.deepEqual(
      statuses.filter((s) => s.status !== 201).map((s) => s.status),
      Array(2 * LIMIT).fill(429),
    );
    // Both processes took some and refused some: the count is shared, not one process's.
    for (const p of ['a', 'b']) {
      assert.ok(
        accepted.some((s) => s.from === p),
        `${p} accepted none`,
      );
      assert.ok(
        statuses.some((s) => s.from === p && s.status === 429),
        `${p} refused none`,
      );
    }
    // And exactly that many are stored.
    assert.equal(await countRows(db.settings.databaseUrl!, 'feedback'), LIMIT);
  });

  it('the read limit holds across both too, counted apart from writes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 2 * READ_LIMIT + 2; i++) {
      const res = await request(`${(i % 2 === 0 ? a : b)!.url}/v1/credits/nothing-here-${i}`);
      statuses.push(res.status);
    }
    assert.equal(statuses.filter((s) => s !== 429).length, READ_LIMIT, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 429).length, READ_LIMIT + 2, JSON.stringify(statuses));
  });

  it('the counts are in the database table, and neither process logged an error', async () => {
    const rows = await countRows(db.settings.databaseUrl!, 'limit_counters');
    assert.ok(rows >= 2, `limit_counters has ${rows} rows`);
    for (const c of [a!, b!]) assert.doesNotMatch(c.output(), /"level":50/, c.output());
  });
});

/** Rows in `table` (a fixed name from this file), read straight from the database. */
async function countRows(databaseUrl: string, table: 'feedback' | 'limit_counters'): Promise<number> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
