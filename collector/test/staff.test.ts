// Staff accounts, sessions, roles, CSRF, sign-in limits, the audit log and `add-staff`, on both engines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startCollector } from '../src/index.js';
import { addStaff } from '../src/staff/accounts.js';
import { hashPassword, verifyPassword } from '../src/staff/passwords.js';
import type { Storage } from '../src/storage/types.js';
import { ENGINES, openEngine, stopPostgres, type OpenEngine } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, feedback, ORIGIN, request, send } from './helpers/data.js';

after(() => stopPostgres());

type Json = Record<string, any>;
type Who = { email: string; password: string };

const PASSWORD = 'a long enough password';
const WRONG = 'The email or password is not right.';
const CSRF = 'This request did not come from the back office. Reload the page and try again.';
const impact = {
  title: 'You said, we did',
  items: [{ id: 'hours', youSaid: 'Open later.', status: 'done', weDid: 'Open until 8pm.' }],
};

let n = 0;
/** A new staff member with a role, straight into the database. */
async function member(storage: Storage, role: 'admin' | 'editor' | 'viewer'): Promise<Who> {
  const email = `${role}-${++n}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  await addStaff(storage, { email, role, password: PASSWORD });
  return { email, password: PASSWORD };
}

/** A client address for the sign-in limits (the collector trusts X-Forwarded-For in these tests). */
let ip = 0;
const newClient = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });

interface Signed {
  status: number;
  json: Json;
  setCookie: string;
  cookie: string;
  csrf: string;
  /** What the back office sends with a change: the cookie, its own origin, the CSRF token. */
  headers: Record<string, string>;
}

async function signIn(base: string, who: Who, headers: Record<string, string> = {}): Promise<Signed> {
  const res = await request(`${base}/v1/admin/session`, {
    method: 'POST',
    json: { email: who.email, password: who.password },
    headers: { origin: base, ...headers },
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0]!;
  const csrf = res.json?.csrf ?? '';
  return {
    status: res.status,
    json: res.json,
    setCookie,
    cookie,
    csrf,
    headers: { cookie, origin: base, 'x-csrf-token': csrf },
  };
}

/** An admin request made with a session (or any headers given). */
const as = (base: string, headers: Record<string, string>, path: string, init: RequestInit & { json?: unknown } = {}) =>
  request(`${base}/v1/admin${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('passwords', () => {
  it('are hashed with scrypt and a salt of their own: the same password twice gives two hashes, both verify', async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    assert.match(a, /^scrypt\$\d+\$\d+\$\d+\$[\w+/=]+\$[\w+/=]+$/);
    assert.notEqual(a, b);
    assert.notEqual(a.split('$')[4], b.split('$')[4], 'the salts differ');
    assert.ok(!a.includes(PASSWORD));
    assert.equal(await verifyPassword(PASSWORD, a), true);
    assert.equal(await verifyPassword(PASSWORD, b), true);
    assert.equal(await verifyPassword(`${PASSWORD}x`, a), false);
    assert.equal(await verifyPassword('', a), false);
    assert.equal(await verifyPassword(PASSWORD, 'not a hash'), false);
  });
});

for (const engine of ENGINES) {
  describe(`staff on ${engine}`, () => {
    const suite = collectorFor(engine, { trustProxy: true, signInAttempts: 3, signInClientAttempts: 6 });

    /** Another collector on the same database with other settings, closed by the caller. */
    const variant = (options: Parameters<typeof startCollector>[0]) =>
      startCollector({
        port: 0,
        storage: suite.db.storage,
        allowedOrigins: [ORIGIN],
        rateLimit: 0,
        logLevel: 'silent',
        ...options,
      });

    describe('signing in', () => {
      it('answers who is signed in and sets an HttpOnly, SameSite=Strict cookie, not Secure on 127.0.0.1', async () => {
        const who = await member(suite.db.storage, 'editor');
        const s = await signIn(suite.url, { email: who.email.toUpperCase(), password: who.password });
        assert.equal(s.status, 200, JSON.stringify(s.json));
        assert.equal(s.json.email, who.email);
        assert.equal(s.json.role, 'editor');
        assert.ok(s.csrf.length >= 32);
        assert.ok(Date.parse(s.json.expiresAt) > Date.now());
        assert.match(s.setCookie, /^cp_session=[\w-]{40,}; /);
        const flags = s.setCookie.split(/;\s*/).slice(1);
        for (const flag of ['HttpOnly', 'SameSite=Strict', 'Path=/'])
          assert.ok(flags.includes(flag), `${flag} in ${s.setCookie}`);
        assert.ok(!flags.includes('Secure'), s.setCookie);
        // The cookie works, and GET /session gives the same answer.
        const me = await as(suite.url, { cookie: s.cookie }, '/session');
        assert.equal(me.status, 200);
        assert.deepEqual([me.json.email, me.json.role, me.json.csrf], [who.email, 'editor', s.csrf]);
        assert.equal((await as(suite.url, { cookie: s.cookie }, '/feedback')).status, 200);
      });

      it('marks the cookie Secure (and __Host-) when the Host is another name; localhost is not Secure', async () => {
        const who = await member(suite.db.storage, 'viewer');
        const inject = (host: string) =>
          suite.collector.app.inject({
            method: 'POST',
            url: '/v1/admin/session',
            headers: { host, 'content-type': 'application/json' },
            payload: JSON.stringify(who),
          });
        const remote = await inject('feedback.example.org');
        assert.equal(remote.statusCode, 200, remote.body);
        const cookie = String(remote.headers['set-cookie']);
        assert.match(cookie, /^__Host-cp_session=[\w-]+; /);
        assert.ok(cookie.split(/;\s*/).includes('Secure'), cookie);
        assert.ok(cookie.split(/;\s*/).includes('HttpOnly'), cookie);
        const local = await inject('localhost:8787');
        assert.equal(local.statusCode, 200);
        assert.match(String(local.headers['set-cookie']), /^cp_session=/);
        assert.ok(!String(local.headers['set-cookie']).split(/;\s*/).includes('Secure'));
      });

      it('stores only a hash of the session, never the cookie value', async () => {
        const s = await signIn(suite.url, await member(suite.db.storage, 'viewer'));
        const value = s.cookie.split('=')[1]!;
        const rows = await suite.db.storage.query<{ token_hash: string }>('select token_hash from staff_sessions');
        assert.ok(rows.every((r) => r.token_hash !== value));
        assert.ok(rows.some((r) => r.token_hash === createHash('sha256').update(value).digest('hex')));
        const staff = await suite.db.storage.query<{ password_hash: string }>('select password_hash from staff');
        assert.ok(staff.every((r) => !r.password_hash.includes(PASSWORD)));
      });

      it('gives the same 401 words for a wrong password and an unknown email, and no cookie', async () => {
        const who = await member(suite.db.storage, 'admin');
        const client = newClient();
        const wrong = await signIn(suite.url, { email: who.email, password: 'not the password' }, client);
        const unknown = await signIn(
          suite.url,
          { email: `nobody-${randomUUID()}@example.org`, password: who.password },
          client,
        );
        for (const res of [wrong, unknown]) {
          assert.equal(res.status, 401);
          assert.deepEqual(res.json, { error: WRONG });
          assert.equal(res.setCookie, '');
        }
        // And the right one works.
        assert.equal((await signIn(suite.url, who, client)).status, 200);
      });

      it('refuses a sign-in sent from another site (Origin), and takes one from the collector itself', async () => {
        const who = await member(suite.db.storage, 'viewer');
        const other = await signIn(suite.url, who, { origin: ORIGIN });
        assert.equal(other.status, 403);
        assert.equal(other.json.error, CSRF);
        assert.equal((await signIn(suite.url, who)).status, 200);
      });

      it('limits failed sign-ins per account: 429 with a plain message, even for the right password, and other accounts go on', async () => {
        const who = await member(suite.db.storage, 'editor');
        const bad = { email: who.email, password: 'wrong wrong wrong' };
        // Under the limit the right password still works (and starts the count again).
        for (let i = 0; i < 2; i++) assert.equal((await signIn(suite.url, bad, newClient())).status, 401);
        assert.equal((await signIn(suite.url, who, newClient())).status, 200);
        for (let i = 0; i < 3; i++) assert.equal((await signIn(suite.url, bad, newClient())).status, 401);
        const blocked = await signIn(suite.url, who, newClient());
        assert.equal(blocked.status, 429);
        assert.match(blocked.json.error, /^Too many tries to sign in\. Try again in \d+ minutes?\.$/);
        assert.equal(blocked.setCookie, '');
        // An unknown email is limited the same way, so the limit does not tell who has an account.
        const unknown = { email: `nobody-${randomUUID()}@example.org`, password: 'x' };
        for (let i = 0; i < 3; i++) assert.equal((await signIn(suite.url, unknown, newClient())).status, 401);
        assert.equal((await signIn(suite.url, unknown, newClient())).status, 429);
        assert.equal((await signIn(suite.url, await member(suite.db.storage, 'editor'), newClient())).status, 200);
      });

      it('limits failed sign-ins per client, with Retry-After, while other clients go on', async () => {
        const who = await member(suite.db.storage, 'viewer');
        const client = newClient();
        for (let i = 0; i < 6; i++) {
          const res = await signIn(
            suite.url,
            { email: `guess-${i}-${randomUUID()}@example.org`, password: 'guess' },
            client,
          );
          assert.equal(res.status, 401, `attempt ${i + 1}`);
        }
        const res = await request(`${suite.url}/v1/admin/session`, {
          method: 'POST',
          json: who,
          headers: { origin: suite.url, ...client },
        });
        assert.equal(res.status, 429);
        assert.match(res.json.error, /^Too many tries to sign in\. Try again in \d+ minutes?\.$/);
        const retry = Number(res.headers.get('retry-after'));
        assert.ok(retry >= 1 && retry <= 15 * 60, `Retry-After: ${retry}`);
        assert.equal((await signIn(suite.url, who, newClient())).status, 200);
      });
    });

    describe('without a session', () => {
      it('answers 401 "Sign in first." to every admin address, and a wrong cookie is no better', async () => {
        for (const [method, path] of [
          ['GET', '/feedback'],
          ['GET', '/session'],
          ['PUT', '/impact/x'],
          ['DELETE', `/consent/${randomUUID()}`],
          ['GET', '/audit'],
        ]) {
          const res = await request(`${suite.url}/v1/admin${path}`, {
            method,
            json: method === 'PUT' ? impact : undefined,
          });
          assert.equal(res.status, 401, `${method} ${path}`);
          assert.deepEqual(res.json, { error: 'Sign in first.' });
        }
        const fake = await as(suite.url, { cookie: `cp_session=${'A'.repeat(43)}` }, '/feedback');
        assert.equal(fake.status, 401);
        // The admin token still works for scripts, as an admin.
        assert.equal((await admin(suite.url, '/feedback')).status, 200);
        assert.equal((await admin(suite.url, '/audit')).status, 200);
        assert.equal((await as(suite.url, { authorization: 'Bearer not-the-token-at-all' }, '/feedback')).status, 401);
      });
    });

    describe('roles', () => {
      it('a viewer reads but cannot publish or erase (403), and the panel is not published', async () => {
        const viewer = await signIn(suite.url, await member(suite.db.storage, 'viewer'));
        assert.equal((await as(suite.url, viewer.headers, '/feedback')).status, 200);
        const put = await as(suite.url, viewer.headers, '/impact/viewer-panel', { method: 'PUT', json: impact });
        assert.equal(put.status, 403);
        assert.deepEqual(put.json, { error: 'Your role (viewer) cannot do this. Ask an admin.' });
        assert.equal((await request(`${suite.url}/v1/impact/viewer-panel`)).status, 404);
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        assert.equal((await as(suite.url, viewer.headers, `/consent/${rec.id}`, { method: 'DELETE' })).status, 403);
        assert.equal((await as(suite.url, viewer.headers, '/staff')).status, 403);
        assert.equal((await as(suite.url, viewer.headers, '/audit')).status, 403);
      });

      it('an editor publishes but cannot erase, manage staff or read the audit log; an admin can erase', async () => {
        const editor = await signIn(suite.url, await member(suite.db.storage, 'editor'));
        const put = await as(suite.url, editor.headers, '/impact/editor-panel', { method: 'PUT', json: impact });
        assert.equal(put.status, 201, put.text);
        assert.equal((await request(`${suite.url}/v1/impact/editor-panel`)).status, 200);
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const sub = feedback();
        assert.equal((await send(suite.url, '/v1/feedback', sub)).status, 201);
        const erase = await as(suite.url, editor.headers, `/consent/${rec.id}`, { method: 'DELETE' });
        assert.equal(erase.status, 403);
        assert.deepEqual(erase.json, { error: 'Your role (editor) cannot do this. Ask an admin.' });
        assert.equal((await as(suite.url, editor.headers, `/feedback/${sub.id}`, { method: 'DELETE' })).status, 403);
        assert.equal((await as(suite.url, editor.headers, '/search?contact=07700')).status, 403);
        assert.equal(
          (
            await as(suite.url, editor.headers, '/staff', {
              method: 'POST',
              json: { email: 'x@example.org', role: 'admin', password: PASSWORD },
            })
          ).status,
          403,
        );
        assert.equal((await as(suite.url, editor.headers, '/audit')).status, 403);
        const [still] = await suite.db.storage.query<{ erased: boolean }>(
          'select erased_at is not null as erased from consent_records where id = $1',
          [rec.id],
        );
        assert.equal(still?.erased, false, 'not erased by the editor');

        const adminSession = await signIn(suite.url, await member(suite.db.storage, 'admin'));
        assert.equal(
          (await as(suite.url, adminSession.headers, `/consent/${rec.id}`, { method: 'DELETE' })).status,
          204,
        );
        assert.equal(
          (await as(suite.url, adminSession.headers, `/feedback/${sub.id}`, { method: 'DELETE' })).status,
          204,
        );
        assert.equal((await as(suite.url, adminSession.headers, '/audit')).status, 200);
      });
    });

    describe('CSRF', () => {
      it('a change made with a session needs this collector as Origin and the session token in X-CSRF-Token', async () => {
        const s = await signIn(suite.url, await member(suite.db.storage, 'editor'));
        const put = (headers: Record<string, string>) =>
          as(suite.url, headers, '/impact/csrf-panel', { method: 'PUT', json: impact });
        const { cookie, csrf } = s;
        const refused: Record<string, string>[] = [
          { cookie, origin: suite.url },
          { cookie, origin: suite.url, 'x-csrf-token': 'wrong' },
          { cookie, origin: suite.url, 'x-csrf-token': `${csrf}x` },
          { cookie, 'x-csrf-token': csrf },
          // A site that may send feedback (an allowed origin) still cannot act as staff.
          { cookie, origin: ORIGIN, 'x-csrf-token': csrf },
          { cookie, origin: 'https://evil.example', 'x-csrf-token': csrf },
          { cookie, origin: suite.url.replace('127.0.0.1', 'localhost'), 'x-csrf-token': csrf },
        ];
        for (const headers of refused) {
          const res = await put(headers);
          assert.equal(res.status, 403, JSON.stringify(headers));
        }
        assert.equal((await put({ cookie, origin: suite.url })).json.error, CSRF);
        assert.equal((await put({ cookie, origin: ORIGIN, 'x-csrf-token': csrf })).json.error, CSRF);
        assert.equal((await request(`${suite.url}/v1/impact/csrf-panel`)).status, 404, 'nothing was published');
        // Another session's token is not this one's.
        const other = await signIn(suite.url, await member(suite.db.storage, 'editor'));
        assert.equal((await put({ cookie, origin: suite.url, 'x-csrf-token': other.csrf })).status, 403);
        // Both right: it goes through. Reading needs neither.
        assert.equal((await put(s.headers)).status, 201);
        assert.equal((await as(suite.url, { cookie }, '/feedback')).status, 200);
      });
    });

    describe('sessions end', () => {
      it('after the idle time without a request', async () => {
        const short = await variant({ sessionIdleMs: 400, sessionMaxMs: 60 * 60_000 });
        try {
          const who = await member(suite.db.storage, 'viewer');
          const idle = await signIn(short.url, who);
          const other = await signIn(suite.url, who);
          assert.equal(idle.status, 200);
          await wait(600);
          // The same wait is fine where sessions may idle for 30 minutes…
          assert.equal((await as(suite.url, { cookie: other.cookie }, '/session')).status, 200);
          // …and not where they may idle for 0.4 seconds.
          const res = await as(short.url, { cookie: idle.cookie }, '/session');
          assert.equal(res.status, 401);
          assert.equal(res.json.error, 'Sign in first.');
          // Ended for good: the normal collector does not take it back.
          assert.equal((await as(suite.url, { cookie: idle.cookie }, '/session')).status, 401);
        } finally {
          await short.close();
        }
      });

      it('at the absolute time however busy', async () => {
        const short = await variant({ sessionIdleMs: 60 * 60_000, sessionMaxMs: 400 });
        try {
          const s = await signIn(suite.url, await member(suite.db.storage, 'viewer'));
          await wait(600);
          // Still fine for the normal collector (it was used just now)…
          assert.equal((await as(suite.url, { cookie: s.cookie }, '/session')).status, 200);
          // …but older than 0.4 seconds, however recently used.
          assert.equal((await as(short.url, { cookie: s.cookie }, '/session')).status, 401);
          assert.equal((await as(suite.url, { cookie: s.cookie }, '/session')).status, 401);
        } finally {
          await short.close();
        }
      });

      it('on signing out (which needs the CSRF token too), and the cookie is cleared', async () => {
        const s = await signIn(suite.url, await member(suite.db.storage, 'editor'));
        const forged = await as(suite.url, { cookie: s.cookie, origin: suite.url }, '/session', { method: 'DELETE' });
        assert.equal(forged.status, 403);
        assert.equal((await as(suite.url, { cookie: s.cookie }, '/session')).status, 200, 'still signed in');
        const out = await as(suite.url, s.headers, '/session', { method: 'DELETE' });
        assert.equal(out.status, 204);
        assert.match(out.headers.get('set-cookie') ?? '', /^cp_session=; .*Max-Age=0/);
        assert.equal((await as(suite.url, { cookie: s.cookie }, '/session')).status, 401);
        assert.equal((await as(suite.url, { cookie: s.cookie }, '/feedback')).status, 401);
      });

      it('when an admin disables the account; the person cannot sign in again', async () => {
        const adminSession = await signIn(suite.url, await member(suite.db.storage, 'admin'));
        const who = await member(suite.db.storage, 'editor');
        const s = await signIn(suite.url, who);
        const list = await as(suite.url, adminSession.headers, '/staff');
        assert.equal(list.status, 200);
        const row = list.json.staff.find((m: Json) => m.email === who.email);
        assert.deepEqual(Object.keys(row).sort(), ['createdAt', 'disabled', 'email', 'id', 'role']);
        const off = await as(suite.url, adminSession.headers, `/staff/${row.id}`, {
          method: 'PUT',
          json: { disabled: true },
        });
        assert.equal(off.status, 200, off.text);
        assert.equal(off.json.disabled, true);
        assert.equal((await as(suite.url, { cookie: s.cookie }, '/session')).status, 401);
        const again = await signIn(suite.url, who, newClient());
        assert.deepEqual([again.status, again.json], [401, { error: WRONG }]);
      });
    });

    describe('staff management', () => {
      it('an admin adds staff (who can then sign in) and changes roles; bad input names the field', async () => {
        const adminSession = await signIn(suite.url, await member(suite.db.storage, 'admin'));
        const email = `new-${randomUUID()}@example.org`;
        const added = await as(suite.url, adminSession.headers, '/staff', {
          method: 'POST',
          json: { email, role: 'viewer', password: PASSWORD },
        });
        assert.equal(added.status, 201, added.text);
        assert.deepEqual([added.json.email, added.json.role, added.json.disabled], [email, 'viewer', false]);
        assert.equal(added.json.password_hash, undefined);
        const twice = await as(suite.url, adminSession.headers, '/staff', {
          method: 'POST',
          json: { email: email.toUpperCase(), role: 'viewer', password: PASSWORD },
        });
        assert.deepEqual([twice.status, twice.json.field], [409, 'email']);
        const short = await as(suite.url, adminSession.headers, '/staff', {
          method: 'POST',
          json: { email: `s-${email}`, role: 'viewer', password: 'short' },
        });
        assert.deepEqual([short.status, short.json.field], [400, 'password']);
        const role = await as(suite.url, adminSession.headers, '/staff', {
          method: 'POST',
          json: { email: `r-${email}`, role: 'owner', password: PASSWORD },
        });
        assert.deepEqual([role.status, role.json.field], [400, 'role']);

        const s = await signIn(suite.url, { email, password: PASSWORD });
        assert.equal(s.json.role, 'viewer');
        const promoted = await as(suite.url, adminSession.headers, `/staff/${added.json.id}`, {
          method: 'PUT',
          json: { role: 'editor' },
        });
        assert.equal(promoted.json.role, 'editor');
        // The new role holds at once, in the same session.
        assert.equal(
          (await as(suite.url, s.headers, '/impact/promoted-panel', { method: 'PUT', json: impact })).status,
          201,
        );
        assert.equal(
          (
            await as(suite.url, adminSession.headers, `/staff/${randomUUID()}`, {
              method: 'PUT',
              json: { role: 'viewer' },
            })
          ).status,
          404,
        );
      });
    });

    describe('audit log', () => {
      it('writes who did what for sign-in, publishing, erasure and export, with ids only; only admins read it', async () => {
        const who = await member(suite.db.storage, 'admin');
        const s = await signIn(suite.url, who);
        const panelId = `audit-panel-${engine}`;
        assert.equal(
          (await as(suite.url, s.headers, `/impact/${panelId}`, { method: 'PUT', json: impact })).status,
          201,
        );
        const rec = consentRecord({ accessNeeds: 'Secret access need text' });
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        assert.equal((await as(suite.url, s.headers, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
        const csv = await as(suite.url, s.headers, '/feedback?format=csv');
        assert.equal(csv.status, 200);
        // Reading the list in the page is not an export, and a refused change is not written.
        assert.equal((await as(suite.url, s.headers, '/feedback')).status, 200);
        assert.equal(
          (
            await as(suite.url, s.headers, '/impact/refused', {
              method: 'PUT',
              json: impact,
              headers: { 'x-csrf-token': 'wrong' },
            })
          ).status,
          403,
        );
        assert.equal((await admin(suite.url, `/impact/${panelId}-token`, { method: 'PUT', json: impact })).status, 201);

        const log = await as(suite.url, s.headers, '/audit?limit=1000');
        assert.equal(log.status, 200);
        assert.equal(log.json.count, log.json.entries.length);
        const mine = log.json.entries.filter((e: Json) => e.actor === who.email);
        for (const e of log.json.entries) assert.deepEqual(Object.keys(e).sort(), ['action', 'actor', 'at', 'target']);
        const actions = mine.map((e: Json) => e.action);
        // Newest first.
        assert.deepEqual(actions, [
          'exported feedback',
          'erased a consent record',
          'published a "you said, we did" panel',
          'signed in',
        ]);
        assert.equal(mine.find((e: Json) => e.action.startsWith('published')).target, `panelId=${panelId}`);
        assert.equal(mine.find((e: Json) => e.action.startsWith('erased')).target, `recordId=${rec.id}`);
        assert.ok(mine.every((e: Json) => Date.parse(e.at) > Date.now() - 60_000));
        assert.ok(
          log.json.entries.some((e: Json) => e.actor === 'admin token' && e.target === `panelId=${panelId}-token`),
        );
        assert.ok(!log.text.includes('Secret access need') && !log.text.includes('refused'));
        const limited = await as(suite.url, s.headers, '/audit?limit=2');
        assert.equal(limited.json.entries.length, 2);

        const out = await as(suite.url, s.headers, '/session', { method: 'DELETE' });
        assert.equal(out.status, 204);
        const after = await admin(suite.url, '/audit?limit=5');
        assert.deepEqual([after.json.entries[0].actor, after.json.entries[0].action], [who.email, 'signed out']);
      });
    });
  });

  describe(`add-staff command on ${engine}`, () => {
    const collectorDir = fileURLToPath(new URL('..', import.meta.url));
    let db: OpenEngine;

    before(async () => {
      // Not opened here: with the embedded database only one program may open the folder.
      db = await openEngine(engine, false);
    });
    after(async () => {
      await db?.close();
    });

    const run = (args: string[], input: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const env = {
          ...process.env,
          COLLECTOR_DATA_DIR: db.settings.dataDir ?? '',
          DATABASE_URL: db.settings.databaseUrl ?? '',
          COLLECTOR_LOG_LEVEL: 'silent',
        };
        const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'add-staff', ...args], {
          cwd: collectorDir,
          env,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolve({ code, out }));
        child.stdin.end(input);
      });

    it('reads the password from piped standard input, adds the account and exits; the person can sign in', async () => {
      const email = `first-admin-${engine}@example.org`;
      const short = await run(['--email', email, '--role', 'admin'], 'short\n');
      assert.equal(short.code, 1, short.out);
      assert.match(short.out, /at least 12 characters.*Nothing was added/);
      const noRole = await run(['--email', email], `${PASSWORD}\n`);
      assert.equal(noRole.code, 2, noRole.out);
      const added = await run(['--email', email, '--role', 'admin'], `${PASSWORD}\nignored second line\n`);
      assert.equal(added.code, 0, added.out);
      assert.match(added.out, new RegExp(`Added ${email} as admin`));
      const again = await run(['--email', email, '--role', 'admin'], `${PASSWORD}\n`);
      assert.equal(again.code, 1);
      assert.match(again.out, /already a staff member/);

      const c = await startCollector({ port: 0, ...db.settings, pgPoolSize: 2, rateLimit: 0, logLevel: 'silent' });
      try {
        const wrong = await signIn(c.url, { email, password: 'ignored second line' });
        assert.equal(wrong.status, 401);
        const s = await signIn(c.url, { email, password: PASSWORD });
        assert.equal(s.status, 200, JSON.stringify(s.json));
        assert.equal(s.json.role, 'admin');
        const list = await as(c.url, s.headers, '/staff');
        assert.equal(list.status, 200);
        assert.equal(list.json.staff.length, 1);
        // The only admin cannot demote or disable themselves: nobody could manage staff after.
        const self = `/staff/${list.json.staff[0].id}`;
        const demote = await as(c.url, s.headers, self, { method: 'PUT', json: { role: 'viewer' } });
        assert.deepEqual([demote.status, demote.json.field], [409, 'role']);
        assert.equal((await as(c.url, s.headers, self, { method: 'PUT', json: { disabled: true } })).status, 409);
        // With a second admin, it can.
        assert.equal(
          (
            await as(c.url, s.headers, '/staff', {
              method: 'POST',
              json: { email: `second-${email}`, role: 'admin', password: PASSWORD },
            })
          ).status,
          201,
        );
        assert.equal((await as(c.url, s.headers, self, { method: 'PUT', json: { role: 'viewer' } })).status, 200);
      } finally {
        await c.close();
      }
    });
  });
}
