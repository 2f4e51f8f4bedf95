import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CollectorConfig } from './config.js';
import type { AppContext } from './context.js';
import { countersFor } from './counters.js';
import { counterStore } from './rate-limit-store.js';
import { describe, loadSchemas } from './schemas.js';
import { Store } from './store.js';
import type { Storage } from './storage/types.js';
import { staffAuth } from './staff/auth.js';
import { fromOwnOrigin } from './staff/csrf.js';
import { ADMIN_ROUTES, PUBLIC_ROUTES } from './routes/index.js';

/** Plain words for the errors Fastify itself raises before a handler runs. */
const fastifyErrors: Record<string, (config: CollectorConfig) => string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (c) => `The body is larger than the limit of ${Math.round(c.bodyLimit / 1024)} KB.`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => 'Send JSON, with Content-Type: application/json.',
  FST_ERR_CTP_INVALID_JSON_BODY: () => 'The body is not valid JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: () => 'The body is empty.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => 'The Content-Length does not match the body.',
};

export type { AppContext };

/** The HTTP API. `startCollector` builds it, opens the database and listens. */
export async function buildApp(
  config: CollectorConfig,
  storage: Storage,
  logger: FastifyBaseLogger,
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimit,
    // A hop count becomes "trust the nearest n proxies".
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // A client that sends its request too slowly is cut off (the kit's own timeout is 15 s).
    requestTimeout: 30_000,
    // Ids in addresses may be up to 200 characters (longer ones get 414).
    routerOptions: { maxParamLength: 200 },
  });
  // JSON only: Fastify would otherwise read text/plain too.
  app.removeContentTypeParser('text/plain');

  // Bodies are checked against the widgets' JSON Schemas exactly: no type coercion, nothing
  // removed. Query strings and path parameters are text, so numbers there may be coerced.
  const schemas = loadSchemas();
  const loose = new Ajv2020({ strict: false, coerceTypes: true });
  app.setValidatorCompiler(({ schema, httpPart }) =>
    httpPart === 'body' ? schemas.ajv.compile(schema) : loose.compile(schema),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const { field, message } = describe(error.validation as never);
      const where =
        error.validationContext === 'body' ? field : `${error.validationContext === 'querystring' ? '?' : ''}${field}`;
      return reply.code(400).send({ error: `${where}: ${message}`, field: where });
    }
    // A value the database refuses (SQLSTATE class 22, "data exception"): the sender's fault,
    // and the database's message would quote the value, so it is neither sent nor logged.
    if (typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code)) {
      return reply.code(400).send({ error: 'A value in the body is out of range or not in the right form.' });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      // The message and code only: never the body, which may hold personal data.
      request.log.error({ err: { message: error.message, code: error.code } }, 'request failed');
      reply.header('Retry-After', '30');
      return reply.code(status).send({ error: 'Something went wrong here. The kit will try again later.' });
    }
    const plain = error.code ? fastifyErrors[error.code]?.(config) : undefined;
    const body: Record<string, string> = { error: plain ?? error.message };
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      body.field = '(root)';
    return reply.code(status).send(body);
  });
  // Every route's address as a pattern, with its methods: a known address asked with another
  // method gets 405 and an `Allow` header, not 404.
  const routes: { pattern: RegExp; methods: Set<string> }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'OPTIONS');
    if (methods.length === 0 || route.url.includes('*')) return;
    const source = route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+');
    routes.push({ pattern: new RegExp(`^${source}/?$`), methods: new Set(methods) });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const allow = new Set<string>();
    for (const r of routes) if (r.pattern.test(path)) for (const m of r.methods) allow.add(m);
    if (allow.size > 0 && !allow.has(request.method)) {
      return reply
        .code(405)
        .header('Allow', [...allow].join(', '))
        .send({ error: `This address does not answer ${request.method}: use ${[...allow].join(' or ')}.` });
    }
    return reply.code(404).send({ error: 'There is nothing at this address.' });
  });

  const allowed = new Set(config.allowedOrigins);
  // Each refused origin is logged, at most once a minute per origin, so a missing
  // COLLECTOR_ALLOWED_ORIGINS entry shows in the logs without flooding them.
  const refusedAt = new Map<string, number>();
  const refused = (origin: string) => {
    const now = Date.now();
    if (now - (refusedAt.get(origin) ?? -Infinity) < 60_000) return;
    if (refusedAt.size >= 1000) refusedAt.clear();
    refusedAt.set(origin, now);
    app.log.warn({ origin }, `refused a request from ${origin}: it is not in COLLECTOR_ALLOWED_ORIGINS`);
  };
  await app.register(cors, {
    origin: (origin, cb) => {
      // Unlisted origins are logged in the hook below, which can tell the back office's own.
      cb(null, !!origin && allowed.has(origin));
    },
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'If-None-Match'],
    exposedHeaders: ['ETag', 'Retry-After', 'Last-Modified'],
    credentials: false,
    maxAge: 600,
  });
  // A browser on an unlisted origin cannot read answers (no CORS headers) and, for JSON, never
  // gets past the preflight; say so plainly to anything else that sends an Origin.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    // A preflight (OPTIONS with Access-Control-Request-Method) from an unlisted origin gets 403 too.
    const preflight = request.method === 'OPTIONS' && !!request.headers['access-control-request-method'];
    // The back office sends from the collector's own origin; its CSRF check (staff/auth.ts) is stricter.
    if (
      !origin ||
      allowed.has(origin) ||
      (/^\/(v1\/)?admin(\/|\?|$)/.test(request.url) && fromOwnOrigin(request, config))
    )
      return;
    refused(origin);
    if (preflight || !['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      return reply
        .code(403)
        .send({ error: `This collector does not accept data from ${origin}: add it to COLLECTOR_ALLOWED_ORIGINS.` });
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    reply.header('X-Content-Type-Options', 'nosniff');
    return payload;
  });

  let limit: AppContext['limit'];
  let readLimit: AppContext['readLimit'];
  if (config.rateLimit > 0) limit = { max: config.rateLimit, timeWindow: config.rateLimitWindowMs };
  if (config.readRateLimit) readLimit = { max: config.readRateLimit, timeWindow: config.rateLimitWindowMs };
  // Counted in PostgreSQL when on it, so the limits hold across every collector process.
  const counters = countersFor(storage);
  if (limit || readLimit) {
    await app.register(rateLimit, {
      global: false,
      store: counterStore(counters),
      errorResponseBuilder: (_request, ctx) => {
        const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000));
        return Object.assign(
          new Error(`Too many requests. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`),
          {
            statusCode: 429,
          },
        );
      },
    });
  }

  const ctx: AppContext = { config, storage, store: new Store(storage), schemas, counters, limit, readLimit };
  // Every route plugin reads the context from the app (typed in context.ts).
  app.decorate('ctx', ctx);

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request: FastifyRequest, reply: FastifyReply) => {
    try {
      await storage.ping();
      return { status: 'ok', engine: storage.engine };
    } catch {
      return reply.code(503).header('Retry-After', '5').send({ error: 'The database is not reachable.' });
    }
  });
  for (const routes of PUBLIC_ROUTES) await app.register(routes);
  await app.register(
    async (admin) => {
      staffAuth(admin);
      for (const routes of ADMIN_ROUTES) await admin.register(routes);
    },
    { prefix: '/v1/admin' },
  );
  return app;
}
