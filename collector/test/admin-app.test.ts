// The back office's files at /admin/ and the security headers on every admin answer, on both engines.
// A small stand-in build is made in a temp folder (`adminDir`), so this does not need the real build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningCollector } from '../src/index.js';
import { ENGINES, openEngine, stopPostgres, type OpenEngine } from './helpers/engines.js';
import { startTestCollector } from './helpers/running.js';
import { admin, request } from './helpers/data.js';

after(() => stopPostgres());

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const INDEX =
  '<!doctype html><html lang="en"><head><script type="module" src="/admin/assets/app-1a2b.js"></script></head><body><cpa-app></cpa-app></body></html>\n';
const SCRIPT = 'console.log("back office");\n';

/** Every /admin and /v1/admin answer carries these. */
function assertSecurityHeaders(headers: Headers, what: string) {
  assert.equal(headers.get('content-security-policy'), CSP, what);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', what);
  assert.equal(headers.get('x-frame-options'), 'DENY', what);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
}

for (const engine of ENGINES) {
  describe(`back office files on ${engine}`, () => {
    let db: OpenEngine;
    let c: RunningCollector;
    let unbuilt: RunningCollector;
    let url: string;
    let dist: string;
    let empty: string;

    before(async () => {
      dist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
      mkdirSync(join(dist, 'assets'));
      writeFileSync(join(dist, 'index.html'), INDEX);
      writeFileSync(join(dist, 'assets', 'app-1a2b.js'), SCRIPT);
      writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      writeFileSync(join(tmpdir(), 'admin-secret-outside.txt'), 'outside the build');
      empty = mkdtempSync(join(tmpdir(), 'admin-unbuilt-'));
      db = await openEngine(engine);
      c = await startTestCollector(db.storage, { adminDir: dist });
      unbuilt = await startTestCollector(db.storage, { adminDir: empty });
      url = c.url;
    });
    after(async () => {
      await c?.close();
      await unbuilt?.close();
      await db?.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
      rmSync(join(tmpdir(), 'admin-secret-outside.txt'), { force: true });
    });

    it('serves index.html at /admin/ with the strict CSP and security headers; /admin redirects there', async () => {
      const res = await request(`${url}/admin/`);
      assert.equal(res.status, 200);
      assert.equal(res.text, INDEX);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assertSecurityHeaders(res.headers, '/admin/');
      const bare = await fetch(`${url}/admin`, { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/admin/');
    });

    it('serves the built files with their types, and keeps hashed assets for a year', async () => {
      const js = await request(`${url}/admin/assets/app-1a2b.js`);
      assert.equal(js.status, 200);
      assert.equal(js.text, SCRIPT);
      assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(js.headers.get('cache-control') ?? '', /immutable/);
      assertSecurityHeaders(js.headers, 'asset');
      const svg = await request(`${url}/admin/favicon.svg`);
      assert.equal(svg.status, 200);
      assert.match(svg.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    });

    it('answers index.html for app addresses that are not files, and 404 for a missing file', async () => {
      for (const path of [
        '/admin/x',
        '/admin/results/homewood-food-2026?from=2026-03-01&theme=t1',
        '/admin/consent/peer-research-2026',
        '/admin/sign-in',
      ]) {
        const res = await request(`${url}${path}`);
        assert.equal(res.status, 200, path);
        assert.equal(res.text, INDEX, path);
        assertSecurityHeaders(res.headers, path);
      }
      const missing = await request(`${url}/admin/assets/gone-9z9z.js`);
      assert.equal(missing.status, 404);
      assert.notEqual(missing.text, INDEX);
    });

    it('never serves a file outside the build folder', async () => {
      for (const path of [
        '/admin/..%2fadmin-secret-outside.txt',
        '/admin/%2e%2e/admin-secret-outside.txt',
        '/admin/..%5cadmin-secret-outside.txt',
        '/admin/%2fetc%2fpasswd',
        '/admin/assets/%00.js',
      ]) {
        const res = await request(`${url}${path}`);
        assert.ok(!res.text.includes('outside the build') && !res.text.includes('root:'), path);
        assert.ok([200, 400, 404].includes(res.status), `${path}: ${res.status}`);
      }
    });

    it('puts the same headers on /v1/admin answers (signed in or not), and not on public addresses', async () => {
      const refused = await request(`${url}/v1/admin/feedback`);
      assert.equal(refused.status, 401);
      assertSecurityHeaders(refused.headers, '401');
      const ok = await admin(url, '/feedback');
      assert.equal(ok.status, 200);
      assertSecurityHeaders(ok.headers, '200');
      const pub = await request(`${url}/v1/impact/nothing`);
      assert.equal(pub.headers.get('content-security-policy'), null);
      assert.equal((await request(`${url}/healthz`)).headers.get('x-frame-options'), null);
      // An address that only starts with "admin" is not the back office.
      assert.equal((await request(`${url}/administrator`)).headers.get('content-security-policy'), null);
    });

    it('says plainly, with 503, that the back office is not built yet', async () => {
      for (const path of ['/admin/', '/admin/results/x']) {
        const res = await request(`${unbuilt.url}${path}`);
        assert.equal(res.status, 503, path);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
        assert.ok(res.text.includes('The back office is not built yet. Run: npm run build:admin'), res.text);
        assertSecurityHeaders(res.headers, path);
      }
      // The API is not affected.
      assert.equal((await admin(unbuilt.url, '/feedback')).status, 200);
    });
  });
}
