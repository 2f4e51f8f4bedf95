import { fileURLToPath } from 'node:url';

/** The built back office beside the collector: `collector/admin/dist` (from `src/` and from the built `dist/` alike). */
export const defaultAdminDir = () => fileURLToPath(new URL('../admin/dist/', import.meta.url));

/** Everything the collector can be told, with the environment variable that sets each. */
export interface CollectorConfig {
  /** `COLLECTOR_PORT` (or `PORT`). 0 picks a free port. Default 8787. */
  port: number;
  /** `COLLECTOR_HOST`. Default 127.0.0.1 (this computer only); `0.0.0.0` to listen on every address. */
  host: string;
  /** `COLLECTOR_DATA_DIR`: the embedded database's folder. Default `./collector-data`. */
  dataDir: string;
  /** `DATABASE_URL`: a PostgreSQL connection string. When set, PostgreSQL is used instead of the embedded database. */
  databaseUrl?: string;
  /** `COLLECTOR_PG_POOL`: the most PostgreSQL connections at once. Default 10. */
  pgPoolSize: number;
  /** `COLLECTOR_ALLOWED_ORIGINS`: comma-separated origins that browsers may send from, such as `https://example.org`. */
  allowedOrigins: string[];
  /** `COLLECTOR_ADMIN_TOKEN`: a bearer token for `/v1/admin/*`, for scripts; it acts as an admin. At least 16
   * characters. Staff sign in to the back office with their own accounts (`add-staff`) instead. */
  adminToken?: string;
  /** `COLLECTOR_SESSION_IDLE_MINUTES`: a back-office session ends after this long without a request. Default 30 minutes. */
  sessionIdleMs: number;
  /** `COLLECTOR_SESSION_HOURS`: a back-office session ends this long after signing in, however busy. Default 12 hours. */
  sessionMaxMs: number;
  /** `COLLECTOR_SIGN_IN_ATTEMPTS`: failed sign-ins for one email in 15 minutes before it answers 429. Default 5. */
  signInAttempts: number;
  /** `COLLECTOR_SIGN_IN_CLIENT_ATTEMPTS`: failed sign-ins from one client in 15 minutes before it answers 429. Default 20. */
  signInClientAttempts: number;
  /** `COLLECTOR_PUBLIC_ORIGIN`: the collector's own origin as browsers see it, such as `https://feedback.example.org`.
   * The back office's changes must come from it. Default: worked out from each request (Host and protocol). */
  publicOrigin?: string;
  /** `COLLECTOR_ADMIN_DIR`: the built back office (served at `/admin/`). Default: `admin/dist` beside the collector. */
  adminDir?: string;
  /** `COLLECTOR_RATE_LIMIT`: requests per client per window for sending and admin. 0 turns it off. Default 60. */
  rateLimit: number;
  /** `COLLECTOR_READ_RATE_LIMIT`: requests per client per window for published impact and credits,
   * counted apart from sending. 0 turns it off. Default: five times `rateLimit`. */
  readRateLimit?: number;
  /** `COLLECTOR_RATE_LIMIT_WINDOW_MS`: the window of the rate limit. Default 60000 (a minute). */
  rateLimitWindowMs: number;
  /** `COLLECTOR_TRUST_PROXY`: behind a load balancer, which proxies to trust for the client's address
   * (`true`, a number of hops, or comma-separated addresses). Default: none. */
  trustProxy: boolean | number | string;
  /** `COLLECTOR_RETENTION_DAYS`: feedback older than this is deleted (checked hourly). Not set: kept. */
  retentionDays?: number;
  /** `COLLECTOR_BODY_LIMIT`: the largest feedback or consent body in bytes. Default 65536 (64 KB). */
  bodyLimit: number;
  /** `COLLECTOR_ADMIN_BODY_LIMIT`: the largest impact or credits body an admin can publish. Default 1 MB. */
  adminBodyLimit: number;
  /** `COLLECTOR_CACHE_SECONDS`: how long browsers and CDNs may keep published impact and credits. Default 60. */
  cacheSeconds: number;
  /** `COLLECTOR_LOG_LEVEL`: `quiet` (warnings and errors), `normal` (also each start, stop and
   * request; the default) or `verbose` (also details for finding a fault); or the logger's own
   * names: error, warn, info, debug, silent. Stored as the logger's name. */
  logLevel: string;
  /** `COLLECTOR_LOG_IPS`: `true` adds client addresses to the logs. Default: never logged. */
  logIps: boolean;
  /** `COLLECTOR_KEY_ATTEMPTS`: wrong keys for one reference (or record) in an hour before it answers 429. Default 10. */
  keyAttempts: number;
  /** `COLLECTOR_KEY_CLIENT_ATTEMPTS`: wrong keys, missing keys and unknown references from one client in an hour before it answers 429. Default 30. */
  keyClientAttempts: number;
}

export const defaults: CollectorConfig = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: './collector-data',
  pgPoolSize: 10,
  allowedOrigins: [],
  rateLimit: 60,
  rateLimitWindowMs: 60_000,
  trustProxy: false,
  bodyLimit: 64 * 1024,
  adminBodyLimit: 1024 * 1024,
  cacheSeconds: 60,
  logLevel: 'info',
  logIps: false,
  keyAttempts: 10,
  keyClientAttempts: 30,
  sessionIdleMs: 30 * 60_000,
  sessionMaxMs: 12 * 60 * 60_000,
  signInAttempts: 5,
  signInClientAttempts: 20,
};

type Env = Record<string, string | undefined>;

/** The plain log levels and the logger's name for each. */
export const logLevels: Record<string, string> = { quiet: 'warn', normal: 'info', verbose: 'debug' };
/** The logger's own level names, also accepted (`silent` logs nothing; tests use it). */
const loggerLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The logger's level for a plain one (`verbose` gives `debug`); an unknown value throws, listing the allowed ones. */
export function logLevel(value: string): string {
  const name = value.trim().toLowerCase();
  if (name in logLevels) return logLevels[name]!;
  if (loggerLevels.includes(name)) return name;
  throw new Error(
    `COLLECTOR_LOG_LEVEL must be quiet, normal or verbose (or error, warn, info, debug, silent), not "${value}".`,
  );
}

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return n;
}

function trustProxy(raw: string | undefined): CollectorConfig['trustProxy'] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** The configuration from environment variables (see `CollectorConfig` for each name). */
export function configFromEnv(env: Env = process.env): CollectorConfig {
  const origins = (env.COLLECTOR_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return checkConfig({
    port: int(env, 'COLLECTOR_PORT', int(env, 'PORT', defaults.port)),
    host: env.COLLECTOR_HOST || defaults.host,
    dataDir: env.COLLECTOR_DATA_DIR || defaults.dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    pgPoolSize: int(env, 'COLLECTOR_PG_POOL', defaults.pgPoolSize, 1),
    allowedOrigins: origins,
    adminToken: env.COLLECTOR_ADMIN_TOKEN || undefined,
    rateLimit: int(env, 'COLLECTOR_RATE_LIMIT', defaults.rateLimit),
    readRateLimit: env.COLLECTOR_READ_RATE_LIMIT ? int(env, 'COLLECTOR_READ_RATE_LIMIT', 0) : undefined,
    rateLimitWindowMs: int(env, 'COLLECTOR_RATE_LIMIT_WINDOW_MS', defaults.rateLimitWindowMs, 1),
    trustProxy: trustProxy(env.COLLECTOR_TRUST_PROXY),
    retentionDays: env.COLLECTOR_RETENTION_DAYS ? int(env, 'COLLECTOR_RETENTION_DAYS', 0, 1) : undefined,
    bodyLimit: int(env, 'COLLECTOR_BODY_LIMIT', defaults.bodyLimit, 1024),
    adminBodyLimit: int(env, 'COLLECTOR_ADMIN_BODY_LIMIT', defaults.adminBodyLimit, 1024),
    cacheSeconds: int(env, 'COLLECTOR_CACHE_SECONDS', defaults.cacheSeconds),
    logLevel: env.COLLECTOR_LOG_LEVEL || defaults.logLevel,
    logIps: env.COLLECTOR_LOG_IPS === 'true',
    keyAttempts: int(env, 'COLLECTOR_KEY_ATTEMPTS', defaults.keyAttempts, 1),
    keyClientAttempts: int(env, 'COLLECTOR_KEY_CLIENT_ATTEMPTS', defaults.keyClientAttempts, 1),
    sessionIdleMs: int(env, 'COLLECTOR_SESSION_IDLE_MINUTES', defaults.sessionIdleMs / 60_000, 1) * 60_000,
    sessionMaxMs: int(env, 'COLLECTOR_SESSION_HOURS', defaults.sessionMaxMs / 3_600_000, 1) * 3_600_000,
    signInAttempts: int(env, 'COLLECTOR_SIGN_IN_ATTEMPTS', defaults.signInAttempts, 1),
    signInClientAttempts: int(env, 'COLLECTOR_SIGN_IN_CLIENT_ATTEMPTS', defaults.signInClientAttempts, 1),
    publicOrigin: env.COLLECTOR_PUBLIC_ORIGIN || undefined,
    adminDir: env.COLLECTOR_ADMIN_DIR || undefined,
  });
}

/** Fills in defaults and refuses settings that would be unsafe. */
export function checkConfig(partial: Partial<CollectorConfig>): CollectorConfig {
  const config: CollectorConfig = { ...defaults, ...partial };
  config.logLevel = logLevel(config.logLevel);
  config.readRateLimit ??= config.rateLimit * 5;
  for (const origin of config.allowedOrigins) {
    let ok: boolean;
    try {
      ok = new URL(origin).origin === origin;
    } catch {
      ok = false;
    }
    if (!ok)
      throw new Error(
        `COLLECTOR_ALLOWED_ORIGINS: "${origin}" is not an origin like https://example.org (no path, no trailing slash)`,
      );
  }
  if (config.publicOrigin !== undefined) {
    let ok: boolean;
    try {
      ok = new URL(config.publicOrigin).origin === config.publicOrigin;
    } catch {
      ok = false;
    }
    if (!ok)
      throw new Error(
        `COLLECTOR_PUBLIC_ORIGIN: "${config.publicOrigin}" is not an origin like https://feedback.example.org (no path, no trailing slash)`,
      );
  }
  if (config.adminToken !== undefined && config.adminToken.length < 16) {
    throw new Error('COLLECTOR_ADMIN_TOKEN must be at least 16 characters. Make one with: openssl rand -hex 32');
  }
  return config;
}

/** Every `COLLECTOR_` variable the collector reads. */
export const knownVariables = [
  'COLLECTOR_PORT',
  'COLLECTOR_HOST',
  'COLLECTOR_DATA_DIR',
  'COLLECTOR_PG_POOL',
  'COLLECTOR_ALLOWED_ORIGINS',
  'COLLECTOR_ADMIN_TOKEN',
  'COLLECTOR_RATE_LIMIT',
  'COLLECTOR_READ_RATE_LIMIT',
  'COLLECTOR_RATE_LIMIT_WINDOW_MS',
  'COLLECTOR_TRUST_PROXY',
  'COLLECTOR_RETENTION_DAYS',
  'COLLECTOR_BODY_LIMIT',
  'COLLECTOR_ADMIN_BODY_LIMIT',
  'COLLECTOR_CACHE_SECONDS',
  'COLLECTOR_LOG_LEVEL',
  'COLLECTOR_LOG_IPS',
  'COLLECTOR_KEY_ATTEMPTS',
  'COLLECTOR_KEY_CLIENT_ATTEMPTS',
  'COLLECTOR_SESSION_IDLE_MINUTES',
  'COLLECTOR_SESSION_HOURS',
  'COLLECTOR_SIGN_IN_ATTEMPTS',
  'COLLECTOR_SIGN_IN_CLIENT_ATTEMPTS',
  'COLLECTOR_PUBLIC_ORIGIN',
  'COLLECTOR_ADMIN_DIR',
];

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Settings that are allowed but almost certainly a mistake, in plain words: no origin allowed
 * (every browser's sending fails on CORS), and `COLLECTOR_` variables the collector does not know
 * (a misspelling, with the closest known name).
 */
export function configWarnings(config: CollectorConfig, env: Env = {}): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(env)) {
    if (!name.startsWith('COLLECTOR_') || knownVariables.includes(name)) continue;
    const closest = [...knownVariables].sort((a, b) => distance(name, a) - distance(name, b))[0]!;
    warnings.push(`${name} is set but the collector does not know it, so it has no effect. Did you mean ${closest}?`);
  }
  if (config.allowedOrigins.length === 0) {
    warnings.push(
      'No origin is allowed (COLLECTOR_ALLOWED_ORIGINS is empty), so browsers cannot send to this collector: ' +
        'set COLLECTOR_ALLOWED_ORIGINS to the origins of the sites that use the kit, such as https://www.example.org.',
    );
  }
  return warnings;
}
