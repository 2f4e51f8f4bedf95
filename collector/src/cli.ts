#!/usr/bin/env node
// coproduce-collector: runs the collector with settings from environment variables.
import { configFromEnv } from './config.js';
import { startCollector } from './index.js';

const help = `coproduce-collector — receives feedback and consent from coproduce-kit widgets, and
publishes "you said, we did" panels and credits.

Settings (environment variables):
  COLLECTOR_PORT                port to listen on (default 8787)
  COLLECTOR_HOST                address to listen on (default 127.0.0.1; 0.0.0.0 for every address)
  COLLECTOR_DATA_DIR            embedded database folder (default ./collector-data)
  DATABASE_URL                  use PostgreSQL instead, e.g. postgres://user:pass@host:5432/db
  COLLECTOR_ALLOWED_ORIGINS     comma-separated origins of the sites that send data
  COLLECTOR_ADMIN_TOKEN         bearer token for /v1/admin (at least 16 characters; unset = admin off)
  COLLECTOR_RATE_LIMIT          requests per client per minute for sending and admin (default 60; 0 = off)
  COLLECTOR_READ_RATE_LIMIT     requests per client per minute for published data (default 5 x the above)
  COLLECTOR_RETENTION_DAYS      delete feedback after this many days (default: keep)
  COLLECTOR_TRUST_PROXY         behind a load balancer: true, a hop count, or proxy addresses
  COLLECTOR_LOG_LEVEL           info (default), warn, error, debug or silent
See README.md for the rest.
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(help);
  process.exit(0);
}

let config;
try {
  config = configFromEnv();
} catch (e) {
  process.stderr.write(`coproduce-collector: ${(e as Error).message}\n`);
  process.exit(2);
}

const collector = await startCollector({ ...config, env: process.env }).catch((e: Error) => {
  process.stderr.write(`coproduce-collector: could not start: ${e.message}\n`);
  process.exit(1);
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  collector.app.log.info({ signal }, 'shutting down: finishing requests in progress');
  setTimeout(() => {
    collector.app.log.error('requests did not finish within 10 seconds; stopping anyway');
    process.exit(1);
  }, 10_000).unref();
  collector.close().then(
    () => process.exit(0),
    (e: Error) => {
      collector.app.log.error({ err: { message: e.message } }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
