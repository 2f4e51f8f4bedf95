// Only the person (with the key from their copy) or staff can change their consent (issue 12):
// POST /v1/consent/manage, the key check on withdrawals and credit changes, the limits on key
// attempts, the staff routes, and a withdrawal racing an erasure. On both engines.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, creditChange, KEY, ORIGIN, request, send, withdrawal } from './helpers/data.js';

after(() => stopPostgres());

// Every test sends from its own client addresses (X-Forwarded-For, trusted here), so the
// per-client limit of one test does not reach another.
let n = 0;
const newIp = () => `10.${Math.floor(n / 62500) % 250}.${Math.floor(n / 250) % 250}.${(n++ % 250) + 1}`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });

for (const engine of ENGINES) {
  describe(`keys on ${engine}`, () => {
    const suite = collectorFor(engine, { trustProxy: true });

    const manage = (body: Record<string, unknown>, ip = newIp()) =>
      request(`${suite.url}/v1/consent/manage`, {
        method: 'POST',
        json: body,
        headers: { ...from(ip), origin: ORIGIN },
      });
    const stored = async (consentId = 'peer-research-2026', over: Record<string, unknown> = {}) => {
      const rec = consentRecord({ consentId, ...over });
      assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
      return rec;
    };
    const eventsOf = (recordId: string) =>
      suite.db.storage.query<{ id: string; type: string; body: any }>(
        'select id, type, body from consent_events where record_id = $1 order by at, received_at',
        [recordId],
      );

    describe('POST /v1/consent/manage', () => {
      it('answers the record (credit after changes), the definition and the withdrawals without keys, to the reference and key as typed', async () => {
        const rec = await stored(`manage-${engine}`);
        assert.equal((await send(suite.url, '/v1/consent', creditChange(rec))).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', withdrawal(rec, { reason: 'Moved away' }))).status, 201);
        const typed = {
          reference: rec.reference.toLowerCase().replace(/-/g, ' '),
          key: KEY.toLowerCase().replace(/(.{4})/g, '$1 '),
        };
        const res = await manage(typed);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.deepEqual(Object.keys(res.json).sort(), ['record', 'withdrawals']);
        assert.deepEqual(res.json.record, { ...rec, credit: { credit: 'first-name', name: 'Rae' } });
        assert.equal(res.json.withdrawals.length, 1);
        const [w] = res.json.withdrawals;
        assert.deepEqual(
          [w.type, w.statements, w.all, w.reason, w.recordId],
          ['withdrawn', ['audio'], false, 'Moved away', rec.id],
        );
        assert.equal(w.key, undefined);
        assert.ok(!res.text.includes(KEY), 'the key is never answered');
        // With the consent definition in the collector, it comes too.
        const definition = { id: rec.consentId, version: '2.1', title: 'Peer research' };
        await suite.db.storage.query(
          `insert into definitions (kind, id, version, body, body_hash) values ('consent', $1, '2.1', $2::json, 'x')`,
          [rec.consentId, JSON.stringify(definition)],
        );
        const withDef = await manage({ reference: rec.reference, key: KEY });
        assert.deepEqual(withDef.json.definition, definition);
      });

      it('answers 403 to a wrong key, 404 to an unknown reference and after erasure, 400 without a key', async () => {
        const rec = await stored();
        const wrong = await manage({ reference: rec.reference, key: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJT' });
        assert.deepEqual([wrong.status, wrong.json.field], [403, 'key']);
        assert.equal(wrong.json.record, undefined);
        const unknown = await manage({ reference: 'PR-2222-3333', key: KEY });
        assert.deepEqual([unknown.status, unknown.json.field], [404, 'reference']);
        assert.equal((await manage({ reference: rec.reference })).status, 400);
        assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
        assert.equal((await manage({ reference: rec.reference, key: KEY })).status, 404);
      });

      it('refuses a second record with a reference already in use: 409 naming reference', async () => {
        const rec = await stored();
        const twin = await send(suite.url, '/v1/consent', consentRecord({ reference: rec.reference }));
        assert.deepEqual([twin.status, twin.json.field], [409, 'reference']);
      });
    });

    describe('limits on key attempts', () => {
      it('answers 429 with Retry-After after 10 wrong keys for one reference, from any client, even to the right key', async () => {
        const rec = await stored();
        for (let i = 0; i < 10; i++) {
          assert.equal((await manage({ reference: rec.reference, key: `WRONG${i}` })).status, 403, `attempt ${i + 1}`);
        }
        const blocked = await manage({ reference: rec.reference, key: KEY });
        assert.equal(blocked.status, 429);
        const retry = Number(blocked.headers.get('retry-after'));
        assert.ok(retry > 3000 && retry <= 3600, `Retry-After: ${retry}`);
        assert.match(blocked.json.error, /Try again in \d+ minutes/);
        // The same record through a withdrawal is held back too, and nothing is stored.
        const w = withdrawal(rec);
        assert.equal((await send(suite.url, '/v1/consent', w, from(newIp()))).status, 429);
        assert.equal((await eventsOf(rec.id)).length, 0);
        // Another record is not.
        const other = await stored();
        assert.equal((await manage({ reference: other.reference, key: KEY })).status, 200);
      });

      it('answers 429 to a client after 30 failed attempts (wrong keys, unknown references, missing keys), and not to others', async () => {
        const ip = newIp();
        const recs = await Promise.all([stored(), stored(), stored()]);
        for (let i = 0; i < 30; i++) {
          const rec = recs[i % 3]!;
          const res =
            i % 3 === 0
              ? await manage(
                  { reference: `PR-${'2345'.repeat(2).slice(0, 4)}-${String(i).padStart(4, '9')}`, key: KEY },
                  ip,
                )
              : i % 3 === 1
                ? await manage({ reference: rec.reference, key: 'NOT-THE-KEY' }, ip)
                : await send(suite.url, '/v1/consent', withdrawal(rec, { key: undefined }), from(ip));
          assert.ok([403, 404].includes(res.status), `attempt ${i + 1}: ${res.status}`);
        }
        const blocked = await manage({ reference: recs[0]!.reference, key: KEY }, ip);
        assert.equal(blocked.status, 429);
        assert.ok(Number(blocked.headers.get('retry-after')) > 0);
        assert.equal((await send(suite.url, '/v1/consent', withdrawal(recs[0]!), from(ip))).status, 429);
        assert.equal((await manage({ reference: recs[0]!.reference, key: KEY }, newIp())).status, 200);
      });

      it('does not count the right key: a person can look up and change their consent as often as they need', async () => {
        const ip = newIp();
        const rec = await stored();
        for (let i = 0; i < 35; i++)
          assert.equal((await manage({ reference: rec.reference, key: KEY }, ip)).status, 200);
        assert.equal((await send(suite.url, '/v1/consent', withdrawal(rec), from(ip))).status, 201);
      });
    });

    describe('POST /v1/consent: withdrawals and credit changes need the key', () => {
      it("refuses a withdrawal with only recordId and consentId (today's gap): 403 naming key, nothing stored", async () => {
        const rec = await stored();
        const gap = {
          id: randomUUID(),
          recordId: rec.id,
          consentId: rec.consentId,
          type: 'withdrawn',
          at: '2026-04-01T09:30:00Z',
          all: true,
          statements: [],
        };
        const res = await send(suite.url, '/v1/consent', gap, from(newIp()));
        assert.deepEqual([res.status, res.json.field], [403, 'key']);
        assert.equal((await eventsOf(rec.id)).length, 0);
        const history = (await admin(suite.url, `/consent?consentId=${rec.consentId}`)).json.records.find(
          (r: any) => r.recordId === rec.id,
        );
        assert.deepEqual(history.current, { read: true, audio: true, quotes: false });
      });

      it('refuses a wrong key (403) and takes the right one (201), never storing the key', async () => {
        const rec = await stored();
        const wrong = await send(
          suite.url,
          '/v1/consent',
          withdrawal(rec, { key: 'H6QW3MZT8KRN2CXV9PAF4YBG5DJT' }),
          from(newIp()),
        );
        assert.deepEqual([wrong.status, wrong.json.field], [403, 'key']);
        const otherRecordsKey = await send(
          suite.url,
          '/v1/consent',
          creditChange(rec, { key: 'ANOTHER-PERSONS-KEY-2345678' }),
          from(newIp()),
        );
        assert.equal(otherRecordsKey.status, 403);
        const noKeyChange = await send(suite.url, '/v1/consent', creditChange(rec, { key: undefined }), from(newIp()));
        assert.deepEqual([noKeyChange.status, noKeyChange.json.field], [403, 'key']);
        assert.equal((await eventsOf(rec.id)).length, 0);
        const w = withdrawal(rec);
        assert.equal((await send(suite.url, '/v1/consent', w, from(newIp()))).status, 201);
        assert.equal((await send(suite.url, '/v1/consent', w, from(newIp()))).status, 200);
        const change = creditChange(rec);
        assert.equal((await send(suite.url, '/v1/consent', change, from(newIp()))).status, 201);
        const events = await eventsOf(rec.id);
        assert.deepEqual(
          events.map((e) => e.type),
          ['withdrawn', 'credit-changed'],
        );
        assert.ok(!JSON.stringify(events).includes(KEY), 'the key is never stored');
        assert.equal(events[0]!.body.reference, undefined, 'nor the reference (the record has it)');
      });

      it('answers 404 for an unknown record and 410 for an erased one', async () => {
        const unknown = await send(suite.url, '/v1/consent', withdrawal(consentRecord()), from(newIp()));
        assert.deepEqual([unknown.status, unknown.json.field], [404, 'recordId']);
        const rec = await stored();
        const w = withdrawal(rec);
        assert.equal((await send(suite.url, '/v1/consent', w, from(newIp()))).status, 201);
        assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
        const late = await send(suite.url, '/v1/consent', withdrawal(rec, { reason: 'Late reason' }), from(newIp()));
        assert.equal(late.status, 410);
        // A repeat of what was stored before erasure is still recognised, so an outbox stops sending it.
        assert.equal((await send(suite.url, '/v1/consent', w, from(newIp()))).status, 200);
        assert.ok(!JSON.stringify(await eventsOf(rec.id)).includes('Late reason'));
      });
    });

    describe("staff recording a change on the person's behalf", () => {
      it('stores a withdrawal with recordedBy (201, method staff), refuses it without recordedBy (400)', async () => {
        const rec = await stored(`staff-${engine}`);
        const body = {
          all: false,
          statements: ['read'],
          reason: 'Rang the office',
          recordedBy: 'Jo (peer research lead)',
        };
        const res = await admin(suite.url, `/consent/${rec.id}/withdrawals`, { method: 'POST', json: body });
        assert.equal(res.status, 201, res.text);
        const [event] = await eventsOf(rec.id);
        assert.equal(event!.id, res.json.id);
        assert.deepEqual(
          [
            event!.type,
            event!.body.recordedBy,
            event!.body.method,
            event!.body.statements,
            event!.body.consentId,
            event!.body.recordId,
          ],
          ['withdrawn', 'Jo (peer research lead)', 'staff', ['read'], rec.consentId, rec.id],
        );
        const history = (await admin(suite.url, `/consent?consentId=${rec.consentId}`)).json.records[0];
        assert.deepEqual(history.current, { read: false, audio: true, quotes: false });
        assert.equal(history.events.at(-1).recordedBy, 'Jo (peer research lead)');
        const { recordedBy: _, ...anonymous } = body;
        const missing = await admin(suite.url, `/consent/${rec.id}/withdrawals`, { method: 'POST', json: anonymous });
        assert.deepEqual([missing.status, missing.json.field], [400, 'recordedBy']);
        const nobody = await admin(suite.url, `/consent/${randomUUID()}/withdrawals`, { method: 'POST', json: body });
        assert.equal(nobody.status, 404);
        const noToken = await request(`${suite.url}/v1/admin/consent/${rec.id}/withdrawals`, {
          method: 'POST',
          json: body,
        });
        assert.equal(noToken.status, 401);
        // A retry with the same Idempotency-Key is recognised.
        const key = randomUUID();
        const once = {
          method: 'POST',
          json: { ...body, at: '2026-05-01T10:00:00Z' },
          headers: { 'idempotency-key': key },
        };
        assert.equal((await admin(suite.url, `/consent/${rec.id}/withdrawals`, once)).status, 201);
        assert.equal((await admin(suite.url, `/consent/${rec.id}/withdrawals`, once)).status, 200);
      });

      it('stores a credit change with recordedBy, which the manage answer then shows', async () => {
        const rec = await stored();
        const res = await admin(suite.url, `/consent/${rec.id}/credit`, {
          method: 'POST',
          json: { credit: { credit: 'hidden' }, recordedBy: 'Jo' },
        });
        assert.equal(res.status, 201, res.text);
        const bad = await admin(suite.url, `/consent/${rec.id}/credit`, {
          method: 'POST',
          json: { credit: { credit: 'famous' }, recordedBy: 'Jo' },
        });
        assert.equal(bad.status, 400);
        const answer = await manage({ reference: rec.reference, key: KEY });
        assert.deepEqual(answer.json.record.credit, { credit: 'hidden' });
        assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
        const erased = await admin(suite.url, `/consent/${rec.id}/withdrawals`, {
          method: 'POST',
          json: { all: true, statements: [], recordedBy: 'Jo' },
        });
        assert.equal(erased.status, 410);
      });
    });

    describe('a withdrawal racing an erasure', () => {
      it('never keeps the reason: 20 rounds of a withdrawal and DELETE at once', async () => {
        const kept: number[] = [];
        const statuses = new Set<string>();
        for (let round = 0; round < 20; round++) {
          const rec = await stored(`race-${engine}`);
          const reason = `Race reason ${round}`;
          const [w, d] = await Promise.all([
            send(
              suite.url,
              '/v1/consent',
              withdrawal(rec, { reason, all: true, statements: ['read', 'audio', 'quotes'] }),
              from(newIp()),
            ),
            admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' }),
          ]);
          statuses.add(`${w.status}/${d.status}`);
          assert.ok([201, 410].includes(w.status), `round ${round}: withdrawal ${w.status} ${w.text}`);
          assert.equal(d.status, 204, `round ${round}: erasure ${d.status}`);
          const raw = JSON.stringify(
            await suite.db.storage.query('select * from consent_events where record_id = $1', [rec.id]),
          );
          if (raw.includes(reason)) kept.push(round);
        }
        assert.deepEqual(kept, [], `reasons kept in rounds ${kept.join(', ')} (outcomes: ${[...statuses].join(', ')})`);
      });
    });
  });
}
