// Erasure reaches everything (issue 12, "Erasure reaches everything, and cannot be blocked",
// items 2 and 3), on both engines: after erasing a person's consent record and feedback, none of
// their words is in any table, export, search or published view; a repeated erasure re-scrubs;
// withdrawals racing an erasure keep no reason; and (PGlite) not even the database's files hold them.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { searchPattern } from '../src/store/search.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, creditChange, feedback, request, send, withdrawal } from './helpers/data.js';

after(() => stopPostgres());

/** The key whose hash `consentRecord()` carries: withdrawals and credit changes send it. */
const KEY = 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS';
type Json = Record<string, any>;

let n = 0;
const unique = (what: string) => `${what}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
/** A reference no other record in the database has (PR-XXXX-XXXX from the reference alphabet). */
const reference = () => {
  const a = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
  const pick = () => Array.from({ length: 4 }, () => a[Math.floor(Math.random() * a.length)]).join('');
  return `PR-${pick()}-${pick()}`;
};
/** What the person sends, with their key (as <cp-consent-withdraw> does). */
const withKey = (body: Json, record: Json): Json => ({ ...body, reference: record.reference, key: KEY });

/** Every file under `dir` whose bytes hold `text` (UTF-8), as paths relative to `dir`. */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && readFileSync(p).includes(needle)) found.push(p.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}

describe('search pattern', () => {
  it('looks for the value as JSON writes it, lower-cased, with LIKE characters escaped; phone numbers without spaces', () => {
    assert.deepEqual(searchPattern('Jo@Example.org'), { pattern: '%jo@example.org%', phone: false });
    assert.deepEqual(searchPattern('07700 900123'), { pattern: '%07700900123%', phone: true });
    assert.deepEqual(searchPattern('+44 (0)7700-900.123'), { pattern: '%+4407700900123%', phone: true });
    assert.deepEqual(searchPattern('100%_a\\b'), { pattern: '%100\\%\\_a\\\\\\\\b%', phone: false });
    assert.deepEqual(searchPattern('say "hi"'), { pattern: '%say \\\\"hi\\\\"%', phone: false });
    assert.deepEqual(searchPattern("O'Brien Zoë"), { pattern: "%o'brien zoë%", phone: false });
  });
});

for (const engine of ENGINES) {
  describe(`erasure on ${engine}`, () => {
    const suite = collectorFor(engine);

    const ok = (res: { status: number; text: string }, ...statuses: number[]) =>
      assert.ok(statuses.includes(res.status), `${res.status} ${res.text}`);
    const search = async (value: string) => {
      const res = await admin(suite.url, `/search?contact=${encodeURIComponent(value)}`);
      assert.equal(res.status, 200, res.text);
      return res.json as { feedback: string[]; consent: string[]; published: { kind: string; id: string }[] };
    };

    /** Every row of every table of the database, as text. */
    async function everyTable(): Promise<Record<string, string>> {
      const tables = await suite.db.storage.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
      );
      const out: Record<string, string> = {};
      for (const { table_name: t } of tables) {
        // Names read from the catalogue, quoted as identifiers.
        const rows = await suite.db.storage.query<{ t: string }>(
          `select t::text as t from "${t.replace(/"/g, '""')}" t`,
        );
        out[t] = rows.map((r) => r.t).join('\n');
      }
      return out;
    }

    it('leaves no trace of an erased person in any table, export, search or published view', async () => {
      const consentId = unique('erasure-study');
      const projectId = unique('erasure-project');
      const panelId = unique('erasure-panel');
      const formId = unique('erasure-form');
      // Distinctive words of one person's, each of which must be gone.
      const personal = {
        pseudonym: 'Quillon Vantablue',
        accessNeeds: 'A hearing loop and Marzipan the guide dog',
        email: 'philippa.quenby@example.org',
        reason: 'Moving in with my sister in Thornbury-Vale',
        staffReason: 'Phoned to say the Oxcombe sessions clash with dialysis',
        creditName: 'Pipperella Quenbyfield',
        phone: '07700 900456',
        said: 'Zephyrine Oakhollow thinks the food bank queue is too long',
        flagText: 'The question about Grimsditch Lane was too close to home',
      };
      const rec = consentRecord({
        consentId,
        reference: reference(),
        credit: { credit: 'pseudonym', pseudonym: personal.pseudonym },
        accessNeeds: personal.accessNeeds,
        contact: { method: 'email', value: personal.email },
      });
      const words = [...Object.values(personal), personal.phone.replace(/\s/g, ''), 'Pipperella', rec.reference];

      // Someone else's, which erasure must leave alone.
      const other = consentRecord({
        consentId,
        reference: reference(),
        credit: { credit: 'pseudonym', pseudonym: 'Other Otterly' },
      });
      const otherFeedback = feedback({ formId, answers: { doing: 'Someone else entirely' } });

      ok(await send(suite.url, '/v1/consent', rec), 201);
      ok(await send(suite.url, '/v1/consent', other), 201);
      ok(
        await admin(suite.url, `/projects/${projectId}`, { method: 'PUT', json: { name: 'Erasure study', consentId } }),
        201,
      );
      ok(
        await admin(suite.url, `/consent/${rec.id}/roles`, { method: 'PUT', json: { roles: ['peer-researcher'] } }),
        200,
        201,
      );
      ok(await send(suite.url, '/v1/consent', withKey(withdrawal(rec, { reason: personal.reason }), rec)), 201);
      ok(
        await send(
          suite.url,
          '/v1/consent',
          withKey(creditChange(rec, { credit: { credit: 'full', name: personal.creditName } }), rec),
        ),
        201,
      );
      ok(
        await admin(suite.url, `/consent/${rec.id}/withdrawals`, {
          method: 'POST',
          json: { all: false, statements: ['quotes'], reason: personal.staffReason, recordedBy: 'Sam at the office' },
          headers: { 'idempotency-key': randomUUID() },
        }),
        201,
      );
      const mine = feedback({
        formId,
        answers: { contact: { method: 'phone', details: personal.phone }, doing: personal.said },
        flags: [{ question: 'doing', reason: 'upsetting', text: personal.flagText }],
      });
      ok(await send(suite.url, '/v1/feedback', mine), 201);
      ok(await send(suite.url, '/v1/feedback', otherFeedback), 201);
      ok(
        await admin(suite.url, `/impact/${panelId}`, {
          method: 'PUT',
          json: {
            title: 'You said, we did',
            items: [{ id: 'queue', youSaid: 'The queue is too long.', status: 'planned' }],
          },
        }),
        201,
      );
      ok(
        await admin(suite.url, `/impact/${panelId}/items/queue/links`, {
          method: 'POST',
          json: { feedbackId: mine.id },
        }),
        201,
      );

      // Before: the person is everywhere (so the checks below can see them).
      const credits = await request(`${suite.url}/v1/credits/${projectId}`);
      assert.equal(credits.status, 200, credits.text);
      assert.ok(credits.text.includes(personal.creditName), credits.text);
      assert.equal((await request(`${suite.url}/v1/impact/${panelId}`)).json.items[0].raisedBy, 1);
      assert.ok(JSON.stringify(await everyTable()).includes(personal.said));

      // Search finds everything of theirs, by contact value or name, whatever the case and spaces.
      assert.deepEqual((await search('07700900456')).feedback, [mine.id]);
      assert.deepEqual((await search(' 07700 900 456 ')).feedback, [mine.id]);
      assert.deepEqual((await search('PHILIPPA.Quenby@example.org')).consent, [rec.id]);
      assert.deepEqual((await search('quillon vantablue')).consent, [rec.id]);
      assert.deepEqual((await search('Pipperella')).consent, [rec.id], 'a credit change names them');
      assert.deepEqual((await search('zephyrine oakhollow')).feedback, [mine.id]);
      assert.deepEqual(await search('Nobody Ever-Named'), { feedback: [], consent: [], published: [] });
      // LIKE's own characters match only themselves.
      assert.deepEqual((await search('%%%')).feedback, []);
      assert.deepEqual((await search('___')).feedback, []);

      // Erase both.
      assert.equal((await admin(suite.url, `/feedback/${mine.id}`, { method: 'DELETE' })).status, 204);
      assert.equal(
        (await admin(suite.url, `/feedback/${mine.id}`, { method: 'DELETE' })).status,
        204,
        'a retry: it is gone',
      );
      assert.equal(
        (await admin(suite.url, `/feedback/${randomUUID()}`, { method: 'DELETE' })).status,
        404,
        'never seen',
      );
      assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
      // A late copy from the person's outbox is answered as stored, and not stored.
      const late = await send(suite.url, '/v1/feedback', mine);
      assert.equal(late.status, 200, late.text);

      // After: nowhere.
      const seen: string[] = [];
      const check = (where: string, text: string) => {
        const lower = text.toLowerCase();
        for (const w of words) if (lower.includes(w.toLowerCase())) seen.push(`${where}: ${w}`);
      };
      const tables = await everyTable();
      assert.ok(Object.keys(tables).length >= 5, Object.keys(tables).join());
      for (const [t, text] of Object.entries(tables)) check(`table ${t}`, text);
      const json = await admin(suite.url, `/feedback?formId=${formId}`);
      assert.equal(json.json.count, 1, 'the other submission stays');
      check('feedback export', json.text);
      check('all feedback', (await admin(suite.url, '/feedback')).text);
      check('feedback csv', (await admin(suite.url, '/feedback?format=csv')).text);
      const consent = await admin(suite.url, `/consent?consentId=${consentId}`);
      check('consent export', consent.text);
      check('all consent', (await admin(suite.url, '/consent')).text);
      for (const w of words) check(`search ${w}`, JSON.stringify(await search(w)));
      for (const w of words) assert.deepEqual(await search(w), { feedback: [], consent: [], published: [] }, w);
      const after = await request(`${suite.url}/v1/credits/${projectId}`);
      check('credits', after.text);
      assert.ok(after.text.includes('Other Otterly'), 'the other person is still credited');
      const impact = await request(`${suite.url}/v1/impact/${panelId}`);
      check('impact', impact.text);
      assert.equal(impact.json.items[0].raisedBy ?? 0, 0, 'the link went with the feedback');
      const manage = await request(`${suite.url}/v1/consent/manage`, {
        method: 'POST',
        json: { reference: rec.reference, key: KEY },
      });
      check('manage', manage.text);
      assert.ok([403, 404, 410].includes(manage.status), `${manage.status} ${manage.text}`);
      if (engine === 'pglite') {
        // Not even the database's files (tables, free space, write-ahead log) hold them.
        for (const w of words)
          for (const f of filesHolding(suite.db.settings.dataDir!, w)) seen.push(`file ${f}: ${w}`);
      }
      assert.deepEqual(seen, []);

      // What erasure keeps: the record's id, that it was erased, and what happened without words.
      const [history] = consent.json.records.filter((r: Json) => r.recordId === rec.id);
      assert.equal(history.record, null);
      assert.ok(history.erasedAt);
      assert.deepEqual(history.events.map((e: Json) => e.type).sort(), [
        'credit-changed',
        'erased',
        'withdrawn',
        'withdrawn',
      ]);
      const [row] = await suite.db.storage.query<Json>('select * from consent_records where id = $1', [rec.id]);
      if ('reference' in row) assert.equal(row.reference, null);
      if ('key_hash' in row) assert.equal(row.key_hash, null);
      assert.equal(
        (await suite.db.storage.query('select 1 from feedback_erasures where id = $1', [mine.id])).length,
        1,
      );
    });

    it('a repeated erasure re-scrubs: a reason or roles that got in after the first are removed by the second', async () => {
      const rec = consentRecord({ consentId: unique('rescrub'), reference: reference() });
      ok(await send(suite.url, '/v1/consent', rec), 201);
      assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
      // As a withdrawal that raced the first erasure (or was stored by an older collector) would be.
      const id = randomUUID();
      await suite.db.storage.query(
        `insert into consent_events (id, record_id, consent_id, type, at, body, body_hash)
         values ($1, $2, $3, 'withdrawn', now(), $4::json, 'x')`,
        [
          id,
          rec.id,
          rec.consentId,
          JSON.stringify({ ...withdrawal(rec, { reason: 'Late reason from Upper Wobbleton' }), id }),
        ],
      );
      const roles = (
        await suite.db.storage.query<{ ok: boolean }>(`select to_regclass('record_roles') is not null as ok`)
      )[0]!.ok;
      if (roles)
        await suite.db.storage.query(
          `insert into record_roles (record_id, roles) values ($1, '["late-role-wobbleton"]'::json)`,
          [rec.id],
        );
      await suite.db.storage.query(`update consent_records set body = $2::json where id = $1`, [
        rec.id,
        JSON.stringify({ note: 'Wobbleton body' }),
      ]);

      assert.equal((await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' })).status, 204);
      const rows = JSON.stringify(
        await suite.db.storage.query(`select body::text as b from consent_events where record_id = $1`, [rec.id]),
      );
      assert.ok(!rows.includes('Wobbleton'), rows);
      const [r] = await suite.db.storage.query<{ body: unknown }>('select body from consent_records where id = $1', [
        rec.id,
      ]);
      assert.equal(r!.body, null);
      if (roles)
        assert.equal(
          (await suite.db.storage.query('select 1 from record_roles where record_id = $1', [rec.id])).length,
          0,
        );
      const erased = await suite.db.storage.query(
        `select 1 from consent_events where record_id = $1 and type = 'erased'`,
        [rec.id],
      );
      assert.equal(erased.length, 2, 'each erasure is noted');
    });

    it('withdrawals racing an erasure keep no reason (20 rounds)', async () => {
      for (let round = 0; round < 20; round++) {
        const rec = consentRecord({ consentId: unique('race'), reference: reference() });
        ok(await send(suite.url, '/v1/consent', rec), 201);
        const sends = Array.from({ length: 4 }, () =>
          send(suite.url, '/v1/consent', withKey(withdrawal(rec, { reason: `Racing reason Quaxley ${round}` }), rec)),
        );
        const [erase, ...withdrawals] = await Promise.all([
          admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' }),
          ...sends,
        ]);
        assert.equal(erase.status, 204, erase.text);
        for (const w of withdrawals) assert.ok([201, 410].includes(w.status), `${w.status} ${w.text}`);
        const rows = JSON.stringify(
          await suite.db.storage.query(`select body::text as b from consent_events where record_id = $1`, [rec.id]),
        );
        assert.ok(!rows.includes('Quaxley'), `round ${round}: ${rows}`);
      }
    });

    it('search needs the token and at least 3 characters', async () => {
      assert.equal((await request(`${suite.url}/v1/admin/search?contact=abc`)).status, 401);
      const short = await admin(suite.url, '/search?contact=%20a%20');
      assert.equal(short.status, 400);
      assert.equal(short.json.field, '?contact');
      assert.equal((await admin(suite.url, '/search')).status, 400);
      assert.equal((await admin(suite.url, '/feedback/not-a-uuid', { method: 'DELETE' })).status, 400);
    });
  });
}
