// The HTTP API, run the same way against both engines: the embedded database (PGlite) and a real
// PostgreSQL server that this file starts itself. Real HTTP on 127.0.0.1, real database.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { migrate, openStorage, startCollector } from '../src/index.js';
import { migrations } from '../src/migrations.js';
import { ENGINES, openEngine, stopPostgres, type OpenEngine } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import {
  admin,
  consentDecline,
  consentRecord,
  creditChange,
  feedback,
  impactPanel,
  ORIGIN,
  pageFeedback,
  request,
  send,
  TOKEN,
  withdrawal,
} from './helpers/data.js';

after(() => stopPostgres());

const impact = impactPanel();

const credits = {
  title: 'Co-produced with',
  contributors: [
    { name: 'Amina Khan', credit: 'full', roles: ['peer-researcher'] },
    { name: 'Jordan Blake', credit: 'initials', roles: ['storyteller'] },
    { name: 'Priya Secretname', credit: 'hidden', roles: ['storyteller'] },
    { name: 'Sam Unnamed', credit: 'anonymous', roles: ['advisory-board'] },
  ],
};

/** A collector on a shared database with other settings (rate limit, admin off…), closed after the test. */
async function variant(db: OpenEngine, options: Parameters<typeof startCollector>[0]) {
  return startCollector({ port: 0, storage: db.storage, logLevel: 'silent', ...options });
}

for (const engine of ENGINES) {
  describe(`API on ${engine}`, () => {
    const suite = collectorFor(engine);

    describe('POST /v1/feedback', () => {
      it('stores a submission: 201, and it is there once', async () => {
        const body = feedback();
        const res = await send(suite.url, '/v1/feedback', body);
        assert.equal(res.status, 201);
        assert.deepEqual(res.json, { id: body.id });
        const rows = await suite.db.storage.query<{ n: number }>(
          'select count(*)::int as n from feedback where id = $1',
          [body.id],
        );
        assert.equal(rows[0]!.n, 1);
      });

      it('takes the compact page-feedback shape through the same address', async () => {
        const body = pageFeedback();
        assert.equal((await send(suite.url, '/v1/feedback', body)).status, 201);
        const only = pageFeedback({ answers: { useful: 'yes' } });
        assert.equal((await send(suite.url, '/v1/feedback', only)).status, 201);
      });

      it('answers 200 to a repeat with the same body (keys in another order), storing nothing new', async () => {
        const body = feedback();
        assert.equal((await send(suite.url, '/v1/feedback', body)).status, 201);
        const reordered = Object.fromEntries(Object.entries(body).reverse());
        const again = await send(suite.url, '/v1/feedback', reordered);
        assert.equal(again.status, 200);
        assert.deepEqual(again.json, { id: body.id, duplicate: true });
        const rows = await suite.db.storage.query<{ n: number }>(
          'select count(*)::int as n from feedback where id = $1',
          [body.id],
        );
        assert.equal(rows[0]!.n, 1);
      });

      it('answers 409 to the same key with a different body, and keeps the first', async () => {
        const body = feedback();
        assert.equal((await send(suite.url, '/v1/feedback', body)).status, 201);
        const changed = { ...body, answers: { ...body.answers, area: 'northside' } };
        const res = await send(suite.url, '/v1/feedback', changed);
        assert.equal(res.status, 409);
        assert.equal(res.json.field, 'Idempotency-Key');
        const [row] = await suite.db.storage.query<{ body: any }>('select body from feedback where id = $1', [body.id]);
        assert.equal(row!.body.answers.area, 'parkside');
      });

      it('stores exactly one row when 25 requests with one key arrive at once', async () => {
        const body = feedback();
        const replies = await Promise.all(Array.from({ length: 25 }, () => send(suite.url, '/v1/feedback', body)));
        const statuses = replies.map((r) => r.status);
        assert.equal(statuses.filter((s) => s === 201).length, 1);
        assert.equal(statuses.filter((s) => s === 200).length, 24);
        const rows = await suite.db.storage.query<{ n: number }>(
          'select count(*)::int as n from feedback where id = $1',
          [body.id],
        );
        assert.equal(rows[0]!.n, 1);
      });

      it('with concurrent bodies that differ, exactly one is stored and the others get 409', async () => {
        const body = feedback();
        const variants = Array.from({ length: 10 }, (_, i) => ({ ...body, answers: { ...body.answers, hours: i } }));
        const replies = await Promise.all(variants.map((v) => send(suite.url, '/v1/feedback', v)));
        assert.equal(replies.filter((r) => r.status === 201).length, 1);
        assert.equal(replies.filter((r) => r.status === 409).length, 9);
      });

      it('needs Idempotency-Key, equal to the id: 400 naming the header', async () => {
        const body = feedback();
        const missing = await request(`${suite.url}/v1/feedback`, { method: 'POST', json: body });
        assert.equal(missing.status, 400);
        assert.equal(missing.json.field, 'Idempotency-Key');
        const other = await send(suite.url, '/v1/feedback', body, { 'idempotency-key': feedback().id });
        assert.equal(other.status, 400);
        assert.equal(other.json.field, 'Idempotency-Key');
      });

      const bad: [string, (b: Record<string, any>) => unknown, string][] = [
        ['a missing formId', ({ formId: _, ...b }) => b, 'formId'],
        ['an id that is not a UUID', (b) => ({ ...b, id: 'not-a-uuid' }), 'id'],
        [
          'a page address with a query string',
          (b) => ({ ...b, meta: { ...b.meta, page: 'https://example.org/p?email=a@b.c' } }),
          'meta.page',
        ],
        [
          'a page address with a fragment',
          (b) => ({ ...b, meta: { ...b.meta, page: 'https://example.org/p#top' } }),
          'meta.page',
        ],
        ['an unknown field', (b) => ({ ...b, userAgent: 'Mozilla/5.0' }), 'userAgent'],
        [
          'an unknown reason in a flag',
          (b) => ({ ...b, flags: [{ question: 'q1', reason: 'boring' }] }),
          'flags[0].reason',
        ],
        ['an answer that is true', (b) => ({ ...b, answers: { q1: true } }), 'answers.q1'],
        ['an answer list holding a number', (b) => ({ ...b, answers: { q1: ['a', 2] } }), 'answers.q1'],
        ['a formVersion that is a fraction', (b) => ({ ...b, formVersion: 1.5 }), 'formVersion'],
        ['a date that is not ISO 8601', (b) => ({ ...b, submittedAt: '14/03/2026' }), 'submittedAt'],
        ['a date that does not exist', (b) => ({ ...b, submittedAt: '2026-02-30T10:00:00Z' }), 'submittedAt'],
        ['a time that does not exist', (b) => ({ ...b, submittedAt: '2026-03-14T24:30:00+01:00' }), 'submittedAt'],
        ['answers that are a list', (b) => ({ ...b, answers: [] }), 'answers'],
      ];
      for (const [what, make, field] of bad) {
        it(`refuses ${what}: 400 with { error, field: "${field}" }`, async () => {
          const body = make(feedback()) as Record<string, any>;
          const res = await request(`${suite.url}/v1/feedback`, {
            method: 'POST',
            json: body,
            headers: { 'idempotency-key': String(body.id) },
          });
          assert.equal(res.status, 400);
          assert.equal(res.json.field, field);
          assert.match(res.json.error, new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: `));
        });
      }

      it('refuses a body that is not JSON (400) and a body sent as another type (415)', async () => {
        const broken = await request(`${suite.url}/v1/feedback`, {
          method: 'POST',
          body: '{"id": ',
          headers: { 'content-type': 'application/json' },
        });
        assert.equal(broken.status, 400);
        assert.ok(broken.json.error);
        const text = await request(`${suite.url}/v1/feedback`, {
          method: 'POST',
          body: 'hello',
          headers: { 'content-type': 'text/plain' },
        });
        assert.equal(text.status, 415);
        assert.ok(text.json.error);
      });

      it('refuses a body over 64 KB with 413, and takes one just under', async () => {
        const big = feedback({
          answers: { story: 'x'.repeat(20_000), more: 'y'.repeat(20_000), rest: 'z'.repeat(20_000) },
        });
        assert.ok(JSON.stringify(big).length < 64 * 1024);
        assert.equal((await send(suite.url, '/v1/feedback', big)).status, 201);
        const huge = feedback({
          answers: Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`q${i}`, 'x'.repeat(17_000)])),
        });
        assert.ok(JSON.stringify(huge).length > 64 * 1024);
        const res = await send(suite.url, '/v1/feedback', huge);
        assert.equal(res.status, 413);
        assert.match(res.json.error, /64 KB/);
      });
    });

    describe('POST /v1/consent', () => {
      it('stores a record (201), a repeat is 200, the same key with another body 409', async () => {
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 200);
        const res = await send(suite.url, '/v1/consent', { ...rec, decisions: { ...rec.decisions, quotes: true } });
        assert.equal(res.status, 409);
      });

      it('keeps the reference, keyHash and payment choice; refuses a key, a reference people could misread, and unknown payment', async () => {
        const rec = consentRecord({ payment: { method: 'cash' } });
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const [row] = await suite.db.storage.query<{ body: any }>('select body from consent_records where id = $1', [
          rec.id,
        ]);
        assert.deepEqual(
          [row!.body.reference, row!.body.keyHash, row!.body.payment],
          [rec.reference, rec.keyHash, { method: 'cash' }],
        );
        const field = async (over: Record<string, unknown>) =>
          (await send(suite.url, '/v1/consent', consentRecord(over))).json.field;
        assert.equal(await field({ key: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS' }), 'key');
        assert.equal(await field({ reference: 'PR-7K4O-M2XD' }), 'reference');
        assert.equal(await field({ reference: undefined }), 'reference');
        assert.equal(await field({ keyHash: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS' }), 'keyHash');
        assert.equal(await field({ payment: { method: 'cheque' } }), 'payment.method');
      });

      it('refuses a bad record or withdrawal with 400 naming the field', async () => {
        const rec = consentRecord({ textHash: 'md5:abc' });
        const res = await send(suite.url, '/v1/consent', rec);
        assert.equal(res.status, 400);
        assert.equal(res.json.field, 'textHash');
        const pre = consentRecord({ decisions: { read: 'yes' } });
        assert.equal((await send(suite.url, '/v1/consent', pre)).json.field, 'decisions.read');
        const ticked = consentRecord({ events: [{ type: 'withdrawn', at: '2026-03-01T10:00:00Z' }] });
        assert.equal((await send(suite.url, '/v1/consent', ticked)).json.field, 'events[0].type');
        const never = consentRecord({ events: [{ type: 'given', at: '2026-13-01T10:00:00Z' }] });
        const res2 = await send(suite.url, '/v1/consent', never);
        assert.equal(res2.status, 400);
        assert.equal(res2.json.field, 'events[0].at');
        assert.equal(
          (await send(suite.url, '/v1/consent', withdrawal(consentRecord(), { at: '2026-04-31T09:00:00Z' }))).json
            .field,
          'at',
        );
        const { recordId: _, ...noRecord } = withdrawal(consentRecord());
        const w = await send(suite.url, '/v1/consent', noRecord);
        assert.equal(w.status, 400);
        assert.equal(w.json.field, 'recordId');
      });

      it('stores a decline ("Leave without agreeing"), apart from records, with nothing personal', async () => {
        const d = consentDecline({ consentId: 'decline-test' });
        assert.equal((await send(suite.url, '/v1/consent', d)).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', d)).status, 200);
        assert.equal((await send(suite.url, '/v1/consent', { ...d, statements: ['voluntary'] })).status, 409);
        const [row] = await suite.db.storage.query<{ body: any; consent_id: string; version: string }>(
          'select body, consent_id, version from consent_declines where id = $1',
          [d.id],
        );
        assert.deepEqual(row, { body: d, consent_id: 'decline-test', version: '2.1' });
        const records = await suite.db.storage.query('select id from consent_records where id = $1', [d.id]);
        assert.equal(records.length, 0, 'a decline is not a consent record');
        const list = await admin(suite.url, '/consent-declines?consentId=decline-test');
        assert.equal(list.status, 200);
        assert.deepEqual([list.json.count, list.json.declines[0].decline], [1, d]);
        const personal = await send(suite.url, '/v1/consent', consentDecline({ accessNeeds: 'A quiet room' }));
        assert.deepEqual([personal.status, personal.json.field], [400, 'accessNeeds']);
        const unreal = await send(suite.url, '/v1/consent', consentDecline({ at: '2026-02-30T10:00:00Z' }));
        assert.deepEqual([unreal.status, unreal.json.field], [400, 'at']);
      });

      it('keeps consent append-only: a withdrawal is a new event and the record is unchanged', async () => {
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const w = withdrawal(rec);
        assert.equal((await send(suite.url, '/v1/consent', w)).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', w)).status, 200);
        const [row] = await suite.db.storage.query<{ body: any }>('select body from consent_records where id = $1', [
          rec.id,
        ]);
        assert.deepEqual(row!.body, rec);
        const res = await admin(suite.url, `/consent?consentId=${rec.consentId}`);
        assert.equal(res.status, 200);
        const h = res.json.records.find((r: any) => r.recordId === rec.id);
        assert.deepEqual(h.record, rec);
        assert.deepEqual(
          h.events.map((e: any) => e.type),
          ['given', 'withdrawn'],
        );
        assert.deepEqual(h.current, { read: true, audio: false, quotes: false });
        const all = withdrawal(rec, { all: true, statements: ['read', 'audio', 'quotes'], reason: undefined });
        delete all.reason;
        assert.equal((await send(suite.url, '/v1/consent', all)).status, 201);
        const after = (await admin(suite.url, `/consent?consentId=${rec.consentId}`)).json.records.find(
          (r: any) => r.recordId === rec.id,
        );
        assert.deepEqual(after.current, { read: false, audio: false, quotes: false });
      });

      it('refuses a withdrawal before its record with 404 (its key cannot be checked), and takes it once the record is there', async () => {
        const rec = consentRecord({ consentId: 'early-bird' });
        const w = withdrawal(rec);
        const early = await send(suite.url, '/v1/consent', w);
        assert.deepEqual([early.status, early.json.field], [404, 'recordId']);
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', w)).status, 201);
        const h = (await admin(suite.url, '/consent?consentId=early-bird')).json.records;
        assert.equal(h.length, 1);
        assert.deepEqual(
          h[0].events.map((e: any) => e.type),
          ['given', 'withdrawn'],
        );
      });

      it('stores a credit change as a new event, without the key, and refuses a bad one', async () => {
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const c = creditChange(rec);
        assert.equal((await send(suite.url, '/v1/consent', c)).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', c)).status, 200);
        const [row] = await suite.db.storage.query<{ body: any; type: string }>(
          'select body, type from consent_events where id = $1',
          [c.id],
        );
        assert.equal(row!.type, 'credit-changed');
        assert.deepEqual(row!.body.credit, { credit: 'first-name', name: 'Rae' });
        assert.equal(row!.body.key, undefined, 'the key is never stored');
        const h = (await admin(suite.url, `/consent?consentId=${rec.consentId}`)).json.records.find(
          (r: any) => r.recordId === rec.id,
        );
        assert.deepEqual(
          h.events.map((e: any) => e.type),
          ['given', 'credit-changed'],
        );
        const bad = await send(suite.url, '/v1/consent', creditChange(rec, { credit: { credit: 'famous' } }));
        assert.equal(bad.status, 400);
        assert.equal(bad.json.field, 'credit.credit');
        const w = withdrawal(rec, { key: 'h6qw 3mzt-8krn 2cxv 9paf 4ybg 5djs', options: ['delete-photos'] });
        assert.equal((await send(suite.url, '/v1/consent', w)).status, 201);
        const [wRow] = await suite.db.storage.query<{ body: any }>('select body from consent_events where id = $1', [
          w.id,
        ]);
        assert.deepEqual(wRow!.body.options, ['delete-photos']);
        assert.equal(wRow!.body.key, undefined, 'the key is never stored');
      });

      it('answers 409 to a withdrawal whose record is for another consent', async () => {
        const rec = consentRecord();
        await send(suite.url, '/v1/consent', rec);
        const res = await send(suite.url, '/v1/consent', withdrawal(rec, { consentId: 'something-else' }));
        assert.equal(res.status, 409);
        assert.equal(res.json.field, 'consentId');
      });

      it('stores consent recorded by staff, and refuses it without who recorded it', async () => {
        const rec = consentRecord({ method: 'verbal', recordedBy: 'Peer research lead' });
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const { recordedBy: _, ...anonymous } = consentRecord({ method: 'paper', recordedBy: 'x' });
        const res = await send(suite.url, '/v1/consent', anonymous);
        assert.equal(res.status, 400);
        assert.equal(res.json.field, 'recordedBy');
        assert.equal((await send(suite.url, '/v1/consent', consentRecord({ method: 'email' }))).json.field, 'method');
      });

      it("stores a young person's assent with a parent's consent; only what both agreed to may be done", async () => {
        const rec = consentRecord({
          consentId: 'young-carers',
          ageGroup: 'under',
          consentBy: 'parent-or-carer',
          assent: { decisions: { read: true, audio: false, quotes: true } },
          decisions: { read: true, audio: true, quotes: true },
        });
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const h = (await admin(suite.url, '/consent?consentId=young-carers')).json.records[0];
        assert.deepEqual(h.record.assent, rec.assent);
        assert.deepEqual(h.current, { read: true, audio: false, quotes: true });
        const noAssent = consentRecord({ ageGroup: 'under', consentBy: 'parent-or-carer' });
        assert.equal((await send(suite.url, '/v1/consent', noAssent)).json.field, 'assent');
        const bad = consentRecord({
          ageGroup: 'under',
          consentBy: 'parent-or-carer',
          assent: { decisions: { read: 'yes' } },
        });
        assert.equal((await send(suite.url, '/v1/consent', bad)).json.field, 'assent.decisions.read');
      });
    });

    describe('CORS', () => {
      it('answers a preflight from a listed origin, allowing Idempotency-Key', async () => {
        const res = await request(`${suite.url}/v1/feedback`, {
          method: 'OPTIONS',
          headers: {
            origin: ORIGIN,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key',
          },
        });
        assert.equal(res.status, 204);
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.match(res.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
        assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.equal(res.headers.get('access-control-allow-credentials'), null);
        const posted = await send(suite.url, '/v1/feedback', feedback(), { origin: ORIGIN });
        assert.equal(posted.status, 201);
        assert.equal(posted.headers.get('access-control-allow-origin'), ORIGIN);
      });

      it('gives an unlisted origin no CORS headers, and refuses its POST with 403', async () => {
        const evil = 'https://evil.example';
        const pre = await request(`${suite.url}/v1/feedback`, {
          method: 'OPTIONS',
          headers: {
            origin: evil,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key',
          },
        });
        assert.equal(pre.headers.get('access-control-allow-origin'), null);
        assert.notEqual(pre.status, 204);
        const body = feedback();
        const res = await send(suite.url, '/v1/feedback', body, { origin: evil });
        assert.equal(res.status, 403);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        const rows = await suite.db.storage.query('select id from feedback where id = $1', [body.id]);
        assert.equal(rows.length, 0);
        const read = await request(`${suite.url}/healthz`, { headers: { origin: evil } });
        assert.equal(read.headers.get('access-control-allow-origin'), null);
      });
    });

    describe('published impact and credits', () => {
      it('PUT publishes (201, then 200), GET serves it with ETag and cache headers, If-None-Match gives 304', async () => {
        const first = await admin(suite.url, '/impact/food-bank', { method: 'PUT', json: impact });
        assert.equal(first.status, 201);
        const again = await admin(suite.url, '/impact/food-bank', { method: 'PUT', json: impact });
        assert.equal(again.status, 200);
        const res = await request(`${suite.url}/v1/impact/food-bank`, { headers: { origin: ORIGIN } });
        assert.equal(res.status, 200);
        assert.deepEqual(res.json, impact);
        const etag = res.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]+"$/);
        assert.equal(etag, first.headers.get('etag'));
        assert.match(res.headers.get('cache-control') ?? '', /public, max-age=\d+/);
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.match(res.headers.get('access-control-expose-headers') ?? '', /ETag/);
        const cached = await request(`${suite.url}/v1/impact/food-bank`, { headers: { 'if-none-match': etag! } });
        assert.equal(cached.status, 304);
        assert.equal(cached.text, '');
        const changed = { ...impact, title: 'What changed' };
        await admin(suite.url, '/impact/food-bank', { method: 'PUT', json: changed });
        const fresh = await request(`${suite.url}/v1/impact/food-bank`, { headers: { 'if-none-match': etag! } });
        assert.equal(fresh.status, 200);
        assert.equal(fresh.json.title, 'What changed');
      });

      it('answers 404 for something never published, 400 for a bad id and 414 for a very long one', async () => {
        assert.equal((await request(`${suite.url}/v1/impact/nothing-here`)).status, 404);
        assert.equal((await request(`${suite.url}/v1/credits/nothing-here`)).status, 404);
        const bad = await request(`${suite.url}/v1/credits/has%20space`);
        assert.equal(bad.status, 400);
        assert.equal(bad.json.field, 'projectId');
        assert.equal((await request(`${suite.url}/v1/credits/${'x'.repeat(200)}`)).status, 404);
        assert.equal((await request(`${suite.url}/v1/credits/${'x'.repeat(201)}`)).status, 414);
      });

      it("validates PUT bodies against the widgets' schemas: 400 with the field", async () => {
        const res = await admin(suite.url, '/impact/food-bank', {
          method: 'PUT',
          json: { items: [{ id: 'a', youSaid: 'x', status: 'finished' }] },
        });
        assert.equal(res.status, 400);
        assert.equal(res.json.field, 'items[0].status');
        const why = await admin(suite.url, '/impact/food-bank', {
          method: 'PUT',
          json: { items: [{ id: 'a', youSaid: 'x', status: 'not-possible' }] },
        });
        assert.equal(why.status, 400);
        assert.equal(why.json.field, 'items[0].reason');
        const cr = await admin(suite.url, '/credits/p1', {
          method: 'PUT',
          json: { contributors: [{ credit: 'full' }] },
        });
        assert.equal(cr.status, 400);
        assert.equal(cr.json.field, 'contributors[0].name');
      });

      it('never serves or stores contributors who chose "hidden", nor names nobody chose to show', async () => {
        assert.equal((await admin(suite.url, '/credits/food-research', { method: 'PUT', json: credits })).status, 201);
        const res = await request(`${suite.url}/v1/credits/food-research`);
        assert.equal(res.status, 200);
        assert.ok(!res.text.includes('Secretname') && !res.text.includes('Priya'), 'hidden person served');
        assert.ok(!res.text.includes('Jordan') && !res.text.includes('Blake'), 'initials person served by name');
        assert.ok(!res.text.includes('Sam') && !res.text.includes('Unnamed'), 'anonymous person served by name');
        assert.equal(res.json.contributors.length, 3);
        assert.ok(res.json.contributors.every((p: any) => p.credit !== 'hidden'));
        assert.deepEqual(
          res.json.contributors.map((p: any) => p.name),
          ['Amina Khan', 'J. B.', undefined],
        );
        const stored = await suite.db.storage.query<{ body: string }>(
          "select body from published where kind = 'credits'",
        );
        assert.ok(
          stored.every((r) => !r.body.includes('Secretname')),
          'hidden person stored',
        );
      });
    });

    describe('admin', () => {
      it('needs the bearer token: 401 without it or with a wrong one (any length)', async () => {
        for (const auth of [
          undefined,
          'Bearer wrong',
          `Bearer ${TOKEN}x`,
          `Bearer ${TOKEN.slice(0, -1)}`,
          `Basic ${TOKEN}`,
          'Bearer ',
        ]) {
          const res = await request(`${suite.url}/v1/admin/feedback`, { headers: auth ? { authorization: auth } : {} });
          assert.equal(res.status, 401, String(auth));
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
        const del = await request(`${suite.url}/v1/admin/consent/${consentRecord().id}`, { method: 'DELETE' });
        assert.equal(del.status, 401);
        const put = await request(`${suite.url}/v1/admin/impact/x`, { method: 'PUT', json: impact });
        assert.equal(put.status, 401);
        assert.equal((await admin(suite.url, '/feedback')).status, 200);
      });

      it('without a token configured, a token is refused (401) and the answer says how to add the first staff account', async () => {
        const off = await variant(suite.db, { adminToken: undefined });
        try {
          const res = await request(`${off.url}/v1/admin/feedback`, { headers: { authorization: `Bearer ${TOKEN}` } });
          assert.equal(res.status, 401);
          assert.match(res.json.error, /^Sign in first\./);
          assert.equal(
            (
              await request(`${off.url}/v1/admin/impact/x`, {
                method: 'PUT',
                json: impact,
                headers: { authorization: `Bearer ${TOKEN}` },
              })
            ).status,
            401,
          );
          const none = await request(`${off.url}/v1/admin/feedback`);
          assert.equal(none.status, 401);
          // No staff on this database (this file adds none): the words name the command that makes the first account.
          assert.match(none.json.error, /^Sign in first\. .*coproduce-collector add-staff --email/);
        } finally {
          await off.close();
        }
      });

      it('lists feedback as JSON, filtered by formId and since', async () => {
        const formId = `filter-${engine}`;
        const a = feedback({ formId });
        await send(suite.url, '/v1/feedback', a);
        const res = await admin(suite.url, `/feedback?formId=${formId}`);
        assert.equal(res.status, 200);
        assert.equal(res.json.count, 1);
        assert.deepEqual(res.json.items[0].submission, a);
        assert.ok(Date.parse(res.json.items[0].receivedAt));
        const later = await admin(suite.url, `/feedback?formId=${formId}&since=2999-01-01`);
        assert.equal(later.json.count, 0);
        const earlier = await admin(suite.url, `/feedback?formId=${formId}&since=2000-01-01T00:00:00Z`);
        assert.equal(earlier.json.count, 1);
        for (const since of ['yesterday', '2026-02-30']) {
          const bad = await admin(suite.url, `/feedback?since=${since}`);
          assert.equal(bad.status, 400, since);
          assert.equal(bad.json.field, '?since');
        }
        const limit = await admin(suite.url, '/feedback?limit=1');
        assert.equal(limit.json.count, 1);
      });

      it('exports CSV with spreadsheet formulas made harmless', async () => {
        const formId = `csv-${engine}`;
        const sub = feedback({
          formId,
          answers: {
            q1: '=HYPERLINK("http://evil.example","click")',
            q2: '+1+1',
            q3: '-2+3',
            q4: '@SUM(A1)',
            q5: 'plain, with "quotes"\nand a new line',
            q6: ['a', 'b'],
            q7: { declined: true },
            q8: 4,
          },
        });
        await send(suite.url, '/v1/feedback', sub);
        const res = await admin(suite.url, `/feedback?formId=${formId}`, { headers: { accept: 'text/csv' } });
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
        assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="feedback-csv-/);
        const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
        assert.equal(
          lines[0],
          'Received,Form,Version,q1,q2,q3,q4,q5,q6,q7,q8,Questions flagged,Themes,Sent,Language,Page,Seconds taken,Response id',
        );
        const row = lines.slice(1).join('\r\n');
        assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), row);
        assert.ok(row.includes(",'+1+1,"));
        assert.ok(row.includes(",'-2+3,"));
        assert.ok(row.includes(",'@SUM(A1),"));
        assert.ok(row.includes('"plain, with ""quotes""\nand a new line"'));
        assert.ok(row.includes(',"a; b",(prefer not to say),4')); // `;` is quoted: some locales split on it
        // No cell starts with a formula character.
        assert.ok(!/(^|,)[=+\-@]/m.test(row.replace(/"[^"]*(""[^"]*)*"/g, 'Q')));
      });

      it('erases a consent record on request, leaving an audit event without personal data', async () => {
        const rec = consentRecord({ consentId: `erase-${engine}` });
        await send(suite.url, '/v1/consent', rec);
        await send(suite.url, '/v1/consent', withdrawal(rec, { reason: 'Personal reason about my health' }));
        await send(
          suite.url,
          '/v1/consent',
          creditChange(rec, {
            at: '2026-04-03T09:00:00Z',
            credit: { credit: 'pseudonym', pseudonym: 'Riverside Rae' },
          }),
        );
        const res = await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' });
        assert.equal(res.status, 204);
        const h = (await admin(suite.url, `/consent?consentId=erase-${engine}`)).json.records[0];
        assert.equal(h.record, null);
        assert.ok(h.erasedAt);
        assert.deepEqual(
          h.events.map((e: any) => e.type),
          ['withdrawn', 'credit-changed', 'erased'],
        );
        const text = JSON.stringify(h);
        for (const secret of ['Riverside Rae', 'Step-free', 'Personal reason'])
          assert.ok(!text.includes(secret), secret);
        const raw = JSON.stringify([
          await suite.db.storage.query('select * from consent_records where id = $1', [rec.id]),
          await suite.db.storage.query('select * from consent_events where record_id = $1', [rec.id]),
        ]);
        for (const secret of ['Riverside Rae', 'Step-free', 'Personal reason'])
          assert.ok(!raw.includes(secret), `${secret} still stored`);
        // A withdrawal arriving after erasure is refused (410): its key cannot be checked, and nothing of it is kept.
        const late = withdrawal(rec, { all: true, reason: 'Personal reason sent late' });
        assert.equal((await send(suite.url, '/v1/consent', late)).status, 410);
        assert.equal(
          (await suite.db.storage.query('select id from consent_events where id = $1', [late.id])).length,
          0,
        );
        // The widget's outbox may send the record again later: it is recognised, not stored again.
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 200);
        assert.equal(
          (
            await suite.db.storage.query<{ body: unknown }>('select body from consent_records where id = $1', [rec.id])
          )[0]!.body,
          null,
        );
        assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
        assert.equal((await admin(suite.url, `/consent/${consentRecord().id}`, { method: 'DELETE' })).status, 404);
        assert.equal((await admin(suite.url, '/consent/not-a-uuid', { method: 'DELETE' })).status, 400);
      });
    });

    describe('rate limit', () => {
      it('answers 429 with Retry-After past the limit, per client', async () => {
        const limited = await variant(suite.db, {
          rateLimit: 3,
          rateLimitWindowMs: 60_000,
          trustProxy: true,
          adminToken: TOKEN,
        });
        try {
          const from = (ip: string) => ({ 'x-forwarded-for': ip });
          const statuses = [];
          for (let i = 0; i < 4; i++)
            statuses.push((await send(limited.url, '/v1/feedback', feedback(), from('203.0.113.7'))).status);
          assert.deepEqual(statuses, [201, 201, 201, 429]);
          const last = await send(limited.url, '/v1/feedback', feedback(), from('203.0.113.7'));
          assert.equal(last.status, 429);
          assert.match(last.json.error, /Try again in \d+ seconds?/);
          const retry = Number(last.headers.get('retry-after'));
          assert.ok(retry >= 1 && retry <= 60, `Retry-After: ${retry}`);
          // Another client is not held back, nor are health checks and published data.
          assert.equal((await send(limited.url, '/v1/feedback', feedback(), from('198.51.100.2'))).status, 201);
          assert.equal((await request(`${limited.url}/healthz`, { headers: from('203.0.113.7') })).status, 200);
          // Admin (and so guessing the token) is limited too.
          const guesses = [];
          for (let i = 0; i < 4; i++)
            guesses.push(
              (
                await request(`${limited.url}/v1/admin/feedback`, {
                  headers: { ...from('192.0.2.9'), authorization: 'Bearer guess' },
                })
              ).status,
            );
          assert.deepEqual(guesses, [401, 401, 401, 429]);
        } finally {
          await limited.close();
        }
      });

      it('limits published reads per client with their own, higher limit, apart from sending', async () => {
        const limited = await variant(suite.db, {
          rateLimit: 2,
          readRateLimit: 4,
          rateLimitWindowMs: 60_000,
          trustProxy: true,
          adminToken: TOKEN,
        });
        try {
          const from = (ip: string) => ({ 'x-forwarded-for': ip });
          assert.equal(
            (
              await admin(limited.url, '/impact/read-limit', {
                method: 'PUT',
                json: impact,
                headers: from('192.0.2.50'),
              })
            ).status,
            201,
          );
          const reads = [];
          for (let i = 0; i < 5; i++)
            reads.push(
              (await request(`${limited.url}/v1/impact/read-limit`, { headers: from('203.0.113.20') })).status,
            );
          assert.deepEqual(reads, [200, 200, 200, 200, 429]);
          const over = await request(`${limited.url}/v1/impact/read-limit`, { headers: from('203.0.113.20') });
          assert.equal(over.status, 429);
          assert.ok(Number(over.headers.get('retry-after')) >= 1);
          // Writes from another client still succeed, and so do the reading client's own writes:
          // reads did not use up the write budget (2).
          assert.equal((await send(limited.url, '/v1/feedback', feedback(), from('198.51.100.20'))).status, 201);
          assert.deepEqual(
            [
              (await send(limited.url, '/v1/feedback', feedback(), from('203.0.113.20'))).status,
              (await send(limited.url, '/v1/feedback', feedback(), from('203.0.113.20'))).status,
            ],
            [201, 201],
          );
          // A revalidation still gets 304 from a client under the limit.
          const etag = (
            await request(`${limited.url}/v1/impact/read-limit`, { headers: from('198.51.100.21') })
          ).headers.get('etag')!;
          assert.equal(
            (
              await request(`${limited.url}/v1/impact/read-limit`, {
                headers: { ...from('198.51.100.21'), 'if-none-match': etag },
              })
            ).status,
            304,
          );
        } finally {
          await limited.close();
        }
      });

      it('reads are limited by default at several times the write limit', async () => {
        const limited = await variant(suite.db, { rateLimit: 1, rateLimitWindowMs: 60_000, trustProxy: true });
        try {
          assert.equal(limited.config.readRateLimit, 5);
          const statuses = [];
          for (let i = 0; i < 6; i++)
            statuses.push(
              (
                await request(`${limited.url}/v1/credits/nothing-here`, {
                  headers: { 'x-forwarded-for': '203.0.113.30' },
                })
              ).status,
            );
          assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429]);
        } finally {
          await limited.close();
        }
      });
    });

    describe('health', () => {
      it('GET /healthz and /readyz answer 200 when the database is there', async () => {
        assert.deepEqual((await request(`${suite.url}/healthz`)).json, { status: 'ok' });
        const ready = await request(`${suite.url}/readyz`);
        assert.equal(ready.status, 200);
        assert.equal(ready.json.engine, engine);
        assert.equal((await request(`${suite.url}/no/such/address`)).status, 404);
      });
    });

    describe('migrations', () => {
      it('run on start, once: a second run applies nothing', async () => {
        assert.deepEqual(await migrate(suite.db.storage), []);
        const rows = await suite.db.storage.query<{ version: number }>(
          'select version from collector_migrations order by version',
        );
        assert.deepEqual(
          rows.map((r) => r.version),
          migrations().map((m) => m.version),
        );
      });

      if (engine === 'postgres') {
        it('are safe when several collectors start on a new database at once', async () => {
          const fresh = await openEngine('postgres', false);
          const opened = await Promise.all(
            Array.from({ length: 4 }, () => openStorage({ ...fresh.settings, dataDir: '', pgPoolSize: 2 })),
          );
          const rows = await opened[0]!.query('select version from collector_migrations');
          assert.equal(rows.length, migrations().length);
          await Promise.all(opened.map((s) => s.close()));
        });
      }
    });

    describe('logs', () => {
      it('hold no bodies, no query strings and no client addresses', async () => {
        const lines: string[] = [];
        const stream = new Writable({
          write(chunk, _enc, done) {
            lines.push(String(chunk));
            done();
          },
        });
        const logged = await variant(suite.db, { logLevel: 'debug', logStream: stream, adminToken: TOKEN });
        try {
          const body = feedback({ answers: { story: 'My neighbour Mrs Example at 12 Secret Road' } });
          await send(logged.url, '/v1/feedback', body);
          await send(logged.url, '/v1/feedback', { ...body, meta: 'broken' });
          await admin(logged.url, '/feedback?formId=needle-in-query');
          const requestLines = lines.filter((l) => l.includes('"req"') || l.includes('"res"'));
          assert.ok(requestLines.length >= 4);
          const all = lines.join('');
          for (const secret of ['Secret Road', 'Mrs Example', 'needle-in-query', body.id, TOKEN])
            assert.ok(!all.includes(secret), secret);
          for (const l of requestLines) assert.ok(!/127\.0\.0\.1|remoteAddress|"ip"/.test(l), l);
        } finally {
          await logged.close();
        }
      });

      it('warn at start-up when no origin is allowed and when a COLLECTOR_ variable is unknown, and note refused origins once a minute', async () => {
        const lines: string[] = [];
        const stream = new Writable({
          write(chunk, _enc, done) {
            lines.push(String(chunk));
            done();
          },
        });
        const warnings = () =>
          lines
            .map((l) => JSON.parse(l))
            .filter((l) => l.level === 40)
            .map((l) => String(l.msg));
        const misspelt = await variant(suite.db, {
          logLevel: 'info',
          logStream: stream,
          env: { COLLECTOR_ALLOWED_ORIGIN: 'https://www.example.org', COLLECTOR_PORT: '0', HOME: '/root' },
        });
        try {
          const startup = warnings();
          assert.equal(startup.length, 2, startup.join('\n'));
          assert.ok(
            startup.some((w) =>
              /COLLECTOR_ALLOWED_ORIGIN\b.*not know.*Did you mean COLLECTOR_ALLOWED_ORIGINS\?/.test(w),
            ),
            startup.join('\n'),
          );
          assert.ok(
            startup.some((w) => /No origin is allowed.*COLLECTOR_ALLOWED_ORIGINS/.test(w)),
            startup.join('\n'),
          );
          lines.length = 0;
          const evil = 'https://not-listed.example';
          for (let i = 0; i < 3; i++) await send(misspelt.url, '/v1/feedback', feedback(), { origin: evil });
          await request(`${misspelt.url}/v1/impact/x`, { headers: { origin: 'https://other.example' } });
          const refused = warnings();
          assert.equal(refused.filter((w) => w.includes(evil)).length, 1, refused.join('\n'));
          assert.equal(refused.filter((w) => w.includes('https://other.example')).length, 1, refused.join('\n'));
          assert.ok(refused.every((w) => /not in COLLECTOR_ALLOWED_ORIGINS/.test(w)));
        } finally {
          await misspelt.close();
        }
        lines.length = 0;
        const fine = await variant(suite.db, {
          logLevel: 'info',
          logStream: stream,
          allowedOrigins: [ORIGIN],
          env: { COLLECTOR_ALLOWED_ORIGINS: ORIGIN },
        });
        try {
          await send(fine.url, '/v1/feedback', feedback(), { origin: ORIGIN });
          assert.deepEqual(warnings(), []);
        } finally {
          await fine.close();
        }
      });
    });

    describe('retention', () => {
      it('deletes feedback older than COLLECTOR_RETENTION_DAYS at start, and keeps consent', async () => {
        const old = feedback({ formId: `retention-${engine}` });
        const recent = feedback({ formId: `retention-${engine}` });
        const rec = consentRecord();
        await send(suite.url, '/v1/feedback', old);
        await send(suite.url, '/v1/feedback', recent);
        await send(suite.url, '/v1/consent', rec);
        await suite.db.storage.query("update feedback set received_at = now() - interval '31 days' where id = $1", [
          old.id,
        ]);
        await suite.db.storage.query(
          "update consent_records set received_at = now() - interval '400 days' where id = $1",
          [rec.id],
        );
        const kept = await variant(suite.db, { retentionDays: 30 });
        await kept.close();
        const ids = (
          await suite.db.storage.query<{ id: string }>('select id from feedback where form_id = $1', [
            `retention-${engine}`,
          ])
        ).map((r) => r.id);
        assert.deepEqual(ids, [recent.id]);
        assert.equal(
          (await suite.db.storage.query('select id from consent_records where id = $1', [rec.id])).length,
          1,
        );
      });
    });
  });
}
