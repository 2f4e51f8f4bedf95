// Small parts on their own: CSV escaping, the token check, configuration, readiness without a database.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerText, csvCell, toCsv } from '../src/csv.js';
import { bearerMatches } from '../src/auth.js';
import { isRealDate } from '../src/dates.js';
import { checkConfig, configFromEnv, defaults } from '../src/config.js';
import { buildApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { Storage } from '../src/storage/types.js';

describe('CSV', () => {
  it('makes every formula start harmless', () => {
    for (const s of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', "=cmd|' /C calc'!A0"]) {
      assert.ok(csvCell(s).replace(/^"/, '').startsWith("'"), s);
    }
    assert.equal(csvCell('=1,2'), `"'=1,2"`);
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a "b"'), '"a ""b"""');
    assert.equal(csvCell('a, "b"'), '"a, ""b"""');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(-5), "'-5");
  });

  it('writes a UTF-8 byte order mark and CRLF lines', () => {
    assert.equal(toCsv(['a', 'b'], [['1', 'ü']]), '\uFEFFa,b\r\n1,ü\r\n');
  });

  it('spells answers out in words', () => {
    assert.equal(answerText(['a', 'b']), 'a; b');
    assert.equal(answerText([]), '');
    assert.equal(answerText({ declined: true }), '(prefer not to say)');
    assert.equal(answerText({ method: 'phone', details: '0770' }), 'method: phone; details: 0770');
    assert.equal(answerText(4), '4');
    assert.equal(answerText(undefined), '');
  });
});

describe('dates', () => {
  it('takes only dates and times that exist', () => {
    for (const d of [
      '2026-03-14',
      '2028-02-29',
      '2026-03-14T10:22Z',
      '2026-03-14T10:22:05.120Z',
      '2026-03-14T23:59:59+14:00',
    ])
      assert.ok(isRealDate(d), d);
    for (const d of [
      '2026-02-29',
      '2026-02-30T00:00Z',
      '2026-13-01',
      '0000-01-01',
      '2026-01-01T24:00Z',
      '2026-01-01T10:60Z',
      '2026-01-01T10:00+16:00',
      '2026-1-1',
      'today',
    ]) {
      assert.ok(!isRealDate(d), d);
    }
  });
});

describe('admin token', () => {
  const token = 'correct-horse-battery-staple';
  it('matches only the exact bearer token', () => {
    assert.equal(bearerMatches(`Bearer ${token}`, token), true);
    assert.equal(bearerMatches(`bearer ${token}`, token), true);
    for (const h of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Bearer ${token} x`,
      `Bearer ${token.toUpperCase()}`,
      token,
      `Basic ${token}`,
      `Bearer ${token.slice(1)}`,
    ]) {
      assert.equal(bearerMatches(h, token), false, String(h));
    }
  });
});

describe('configuration', () => {
  it('reads the environment, with defaults', () => {
    const c = configFromEnv({});
    // Reads are limited apart from sending, by default at five times the sending limit.
    assert.deepEqual(c, {
      ...defaults,
      databaseUrl: undefined,
      adminToken: undefined,
      retentionDays: undefined,
      readRateLimit: 300,
      publicOrigin: undefined,
      adminDir: undefined,
    });
    assert.equal(configFromEnv({ COLLECTOR_RATE_LIMIT: '10' }).readRateLimit, 50);
    assert.equal(configFromEnv({ COLLECTOR_READ_RATE_LIMIT: '0' }).readRateLimit, 0);
    assert.equal(configFromEnv({ COLLECTOR_READ_RATE_LIMIT: '1000' }).readRateLimit, 1000);
    const d = configFromEnv({
      COLLECTOR_PORT: '0',
      COLLECTOR_ALLOWED_ORIGINS: 'https://a.example, http://localhost:6006',
      COLLECTOR_ADMIN_TOKEN: 'x'.repeat(32),
      COLLECTOR_RETENTION_DAYS: '365',
      COLLECTOR_TRUST_PROXY: '1',
      DATABASE_URL: 'postgres://u@h/db',
    });
    assert.equal(d.port, 0);
    assert.deepEqual(d.allowedOrigins, ['https://a.example', 'http://localhost:6006']);
    assert.equal(d.retentionDays, 365);
    assert.equal(d.trustProxy, 1);
    assert.equal(d.databaseUrl, 'postgres://u@h/db');
  });

  it('refuses what would be unsafe or mistaken', () => {
    assert.throws(() => checkConfig({ adminToken: 'short' }), /at least 16/);
    assert.throws(() => checkConfig({ allowedOrigins: ['https://a.example/'] }), /not an origin/);
    assert.throws(() => checkConfig({ allowedOrigins: ['*'] }), /not an origin/);
    assert.throws(() => configFromEnv({ COLLECTOR_PORT: 'eighty' }), /COLLECTOR_PORT/);
    assert.throws(() => configFromEnv({ COLLECTOR_RETENTION_DAYS: '0' }), /COLLECTOR_RETENTION_DAYS/);
  });
});

describe('readiness', () => {
  it('/readyz answers 503 when the database does not answer, /healthz still 200', async () => {
    const down: Storage = {
      engine: 'postgres',
      query: () => Promise.reject(new Error('connection refused')),
      transaction: () => Promise.reject(new Error('connection refused')),
      ping: () => Promise.reject(new Error('connection refused')),
      close: async () => {},
    };
    const app = await buildApp(
      checkConfig({ logLevel: 'silent' }),
      down,
      createLogger({ logLevel: 'silent', logIps: false }),
    );
    try {
      assert.equal((await app.inject('/healthz')).statusCode, 200);
      const ready = await app.inject('/readyz');
      assert.equal(ready.statusCode, 503);
      assert.ok(ready.json().error);
      // A write that cannot reach the database is a 5xx, which the kit's outbox retries.
      const id = '0b8f3c1e-6a5d-4e2f-9c7b-2d1a0e9f8c7b';
      const res = await app.inject({
        method: 'POST',
        url: '/v1/feedback',
        headers: { 'content-type': 'application/json', 'idempotency-key': id },
        payload: {
          id,
          formId: 'f',
          formVersion: 1,
          submittedAt: '2026-03-14T10:22:05Z',
          locale: 'en',
          answers: {},
          flags: [],
          meta: { page: 'https://example.org/', elapsedMs: 1 },
        },
      });
      assert.equal(res.statusCode, 500);
      assert.ok(res.headers['retry-after']);
      assert.doesNotMatch(res.body, /connection refused/);
    } finally {
      await app.close();
    }
  });
});
