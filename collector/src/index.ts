import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from './app.js';
import { checkConfig, configWarnings, type CollectorConfig } from './config.js';
import { checkPort, listenError } from './listen.js';
import { createLogger } from './logger.js';
import { Store } from './store.js';
import { openStorage } from './storage/index.js';
import type { Storage } from './storage/types.js';

export { buildApp } from './app.js';
export { configFromEnv, configWarnings, checkConfig, defaults, type CollectorConfig } from './config.js';
export { openStorage, writePreparedImage } from './storage/index.js';
export type { Sql, Storage } from './storage/types.js';
export { Store } from './store.js';
export { migrate } from './migrations.js';
export { PortInUseError } from './listen.js';

export interface StartOptions extends Partial<CollectorConfig> {
  /** An already open database (tests share one between several servers). It is not closed by `close()`. */
  storage?: Storage;
  /** Where the JSON logs go. Default: standard output. */
  logStream?: DestinationStream;
  /** The environment the settings came from (the command passes `process.env`): unknown
   * `COLLECTOR_` variables in it are warned about. Not read for settings. */
  env?: Record<string, string | undefined>;
}

export interface RunningCollector {
  /** Such as `http://127.0.0.1:8787`: the base URL for `endpoint` and for `src`. */
  url: string;
  app: FastifyInstance;
  storage: Storage;
  config: CollectorConfig;
  /** Stops taking requests, lets the ones in progress finish, then closes the database. */
  close(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;

/**
 * Starts a collector: checks that its port is free, opens (and migrates) the database, then listens.
 * A port in use rejects with a `PortInUseError` before the database is touched.
 *
 * ```js
 * const { url, close } = await startCollector({ port: 0, dataDir: '/tmp/x', allowedOrigins: ['http://localhost:8000'] });
 * ```
 * Options are the `CollectorConfig` fields (environment variables are not read here; the
 * `coproduce-collector` command reads them).
 */
export async function startCollector(options: StartOptions = {}): Promise<RunningCollector> {
  const { storage: given, logStream, env, ...rest } = options;
  const config = checkConfig(rest);
  const log = createLogger(config, logStream);
  // First, so a port in use is reported at once, before a database folder is made.
  await checkPort(config.port, config.host);
  for (const warning of configWarnings(config, env)) log.warn(warning);
  if (!given && !config.databaseUrl && !existsSync(join(config.dataDir, 'pglite'))) {
    log.info(
      { dataDir: config.dataDir },
      'setting up the embedded database for the first time; this takes a few seconds',
    );
  }
  const storage = given ?? (await openStorage(config));
  let app: FastifyInstance;
  try {
    app = await buildApp(config, storage, log);
  } catch (e) {
    if (!given) await storage.close();
    throw e;
  }

  let timer: NodeJS.Timeout | undefined;
  if (config.retentionDays) {
    const store = new Store(storage);
    const days = config.retentionDays;
    const sweep = () =>
      store.applyRetention(days).then(
        (deleted) => deleted && log.info({ deleted, days }, 'deleted feedback older than the retention period'),
        (err: Error) => log.error({ err: { message: err.message } }, 'retention sweep failed'),
      );
    await sweep();
    timer = setInterval(sweep, HOUR);
    timer.unref();
  }
  app.addHook('onClose', async () => {
    clearInterval(timer);
    if (!given) await storage.close();
  });

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    // Another program took the port after the check: close what was opened and say so plainly.
    await app.close().catch(() => {});
    throw listenError(e, config.port, config.host);
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ['0.0.0.0', '::'].includes(config.host)
    ? '127.0.0.1'
    : config.host.includes(':')
      ? `[${config.host}]`
      : config.host;
  const url = `http://${host}:${port}`;
  log.info(
    {
      url,
      engine: storage.engine,
      admin: !!config.adminToken,
      backOffice: `${url}/admin/`,
      origins: config.allowedOrigins,
    },
    'collector listening',
  );
  const close = async () => {
    // Connections whose requests finish during the close become idle keep-alive connections,
    // which would hold the server open: close them as they appear.
    const sweeper = setInterval(() => app.server.closeIdleConnections(), 50);
    try {
      await app.close();
    } finally {
      clearInterval(sweeper);
    }
  };
  return { url, app, storage, config, close };
}
