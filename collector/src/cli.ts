#!/usr/bin/env node
// coproduce-collector: runs the collector with settings from environment variables.
import { configFromEnv } from './config.js';
import { PortInUseError, startCollector } from './index.js';
import { addStaffCommand } from './staff/add-staff-command.js';

const help = `coproduce-collector — receives feedback and consent from coproduce-kit widgets, and
publishes "you said, we did" panels and credits. The back office for staff is at /admin/.

Commands:
  coproduce-collector            runs the collector
  coproduce-collector add-staff --email you@example.org --role admin
                                 adds a staff account for the back office (asks for a password;
                                 roles: admin, editor, viewer; see add-staff --help)

Settings (environment variables):
  COLLECTOR_PORT                port to listen on (default 8787)
  COLLECTOR_HOST                address to listen on (default 127.0.0.1; 0.0.0.0 for every address)
  COLLECTOR_DATA_DIR            embedded database folder (default ./collector-data)
  DATABASE_URL                  use PostgreSQL instead, e.g. postgres://user:pass@host:5432/db
  COLLECTOR_ALLOWED_ORIGINS     comma-separated origins of the sites that send data
  COLLECTOR_ADMIN_TOKEN         bearer token for /v1/admin, for scripts (at least 16 characters; acts as an admin)
  COLLECTOR_PUBLIC_ORIGIN       the collector's own origin, e.g. https://feedback.example.org (default: from each request)
  COLLECTOR_SESSION_IDLE_MINUTES  back-office sign-in ends after this long unused (default 30)
  COLLECTOR_SESSION_HOURS       back-office sign-in ends after this long at most (default 12)
  COLLECTOR_SIGN_IN_ATTEMPTS    failed sign-ins per email in 15 minutes (default 5)
  COLLECTOR_SIGN_IN_CLIENT_ATTEMPTS  failed sign-ins per client in 15 minutes (default 20)
  COLLECTOR_RATE_LIMIT          requests per client per minute for sending and admin (default 60; 0 = off)
  COLLECTOR_READ_RATE_LIMIT     requests per client per minute for published data (default 5 x the above)
  COLLECTOR_RETENTION_DAYS      delete feedback after this many days (default: keep)
  COLLECTOR_TRUST_PROXY         behind a load balancer: true, a hop count, or proxy addresses
  COLLECTOR_LOG_LEVEL           quiet (warnings and errors), normal (default) or verbose
See README.md for the rest.
`;

const command = process.argv[2] === 'add-staff' ? 'add-staff' : undefined;

if (!command && (process.argv.includes('--help') || process.argv.includes('-h'))) {
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

if (command === 'add-staff') {
  // Quiet: the database's own messages are not for the person adding an account.
  process.exit(await addStaffCommand(process.argv.slice(3), { ...config, logLevel: 'silent' }));
}

const collector = await startCollector({ ...config, env: process.env }).catch((e: Error) => {
  // A port in use is one plain sentence that says what to do; other problems say they stopped the start.
  process.stderr.write(
    e instanceof PortInUseError
      ? `coproduce-collector: ${e.message}\n`
      : `coproduce-collector: could not start: ${e.message}\n`,
  );
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
