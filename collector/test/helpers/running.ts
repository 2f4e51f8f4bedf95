// One collector in this process per suite, on one engine: started before the suite's tests
// (admin token, allowed origin, no rate limit, silent) and stopped after them.
import { after, before } from 'node:test';
import { startCollector, type RunningCollector, type StartOptions } from '../../src/index.js';
import type { Storage } from '../../src/storage/types.js';
import { ORIGIN, TOKEN } from './data.js';
import { openEngine, type Engine, type OpenEngine } from './engines.js';

export interface SuiteCollector {
  db: OpenEngine;
  collector: RunningCollector;
  url: string;
}

/** A collector on `storage` with the standard test settings (any of them overridden by `options`). */
export function startTestCollector(storage: Storage, options: StartOptions = {}): Promise<RunningCollector> {
  return startCollector({
    port: 0,
    storage,
    adminToken: TOKEN,
    allowedOrigins: [ORIGIN],
    rateLimit: 0,
    logLevel: 'silent',
    ...options,
  });
}

/** Registers before/after hooks in the current suite; read the fields inside tests. */
export function collectorFor(engine: Engine, options: StartOptions = {}): SuiteCollector {
  const suite = {} as SuiteCollector;
  before(async () => {
    suite.db = await openEngine(engine);
    suite.collector = await startTestCollector(suite.db.storage, options);
    suite.url = suite.collector.url;
  });
  after(async () => {
    await suite.collector?.close();
    await suite.db?.close();
  });
  return suite;
}
