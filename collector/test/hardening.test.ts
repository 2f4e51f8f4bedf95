// Findings of the security test (issue 12, "Erasure reaches everything, and cannot be blocked"),
// items 1, 4 and 6, on both engines where a database is involved.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { csvCell } from '../src/csv.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, feedback, ORIGIN, request, send, withdrawal } from './helpers/data.js';

after(() => stopPostgres());

describe('CSV cells (item 4)', () => {
  it('quotes cells holding ; , tab CR LF or "', () => {
    assert.equal(csvCell("Thanks;=cmd|' /C calc'!A0"), `"Thanks;=cmd|' /C calc'!A0"`);
    assert.equal(csvCell('a;b'), '"a;b"');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('a\tb'), '"a\tb"');
    assert.equal(csvCell('a\rb'), '"a\rb"');
    assert.equal(csvCell('a\nb'), '"a\nb"');
    assert.equal(csvCell('a "b"'), '"a ""b"""');
    assert.equal(csvCell('plain text'), 'plain text');
  });

  it('prefixes formula characters after leading spaces, and cells starting with a space, tab, CR or LF', () => {
    for (const c of ['=', '+', '-', '@']) {
      assert.equal(csvCell(`${c}1`), `'${c}1`);
      assert.equal(csvCell(`  ${c}1`), `'  ${c}1`);
    }
    assert.equal(csvCell(' x'), "' x");
    assert.equal(csvCell('\tx'), `"'\tx"`);
    assert.equal(csvCell('\rx'), `"'\rx"`);
    assert.equal(csvCell('\nx'), `"'\nx"`);
    assert.equal(csvCell(' ;=1'), `"' ;=1"`);
    assert.equal(csvCell('x=1'), 'x=1');
  });
});

for (const engine of ENGINES) {
  describe(`hardening on ${engine}`, () => {
    const suite = collectorFor(engine);

    describe('unstorable strings (item 1)', () => {
      // Raw JSON escapes, as an attacker would type them.
      const post = (path: string, json: string, id: string) =>
        request(`${suite.url}${path}`, {
          method: 'POST',
          body: json,
          headers: { 'content-type': 'application/json', 'idempotency-key': id },
        });

      it('refuses \\u0000 and lone surrogates anywhere in a body, keys too, with 400 naming the field', async () => {
        const rec = consentRecord();
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        const cases: [string, (w: Record<string, unknown>) => string, string][] = [
          [
            'nul in reason',
            (w) => JSON.stringify({ ...w, reason: 'xx' }).replace('"reason":"xx"', '"reason":"a\\u0000b"'),
            'reason',
          ],
          [
            'lone high surrogate',
            (w) => JSON.stringify({ ...w, reason: 'xx' }).replace('"reason":"xx"', '"reason":"a\\ud800"'),
            'reason',
          ],
          [
            'lone low surrogate',
            (w) => JSON.stringify({ ...w, reason: 'xx' }).replace('"reason":"xx"', '"reason":"\\udc00b"'),
            'reason',
          ],
          [
            'nul in statements',
            (w) => JSON.stringify({ ...w, statements: ['xx'] }).replace('["xx"]', '["audio","q\\u0000"]'),
            'statements[1]',
          ],
          ['nul in a key', (w) => JSON.stringify(w).replace('"all":', '"a\\u0000":1,"all":'), '(root)'],
        ];
        for (const [name, make, field] of cases) {
          const w = withdrawal(rec);
          const res = await post('/v1/consent', make(w), String(w.id));
          assert.equal(res.status, 400, name);
          assert.equal(res.json.field, field, name);
          assert.equal(
            (await suite.db.storage.query('select id from consent_events where id = $1', [w.id])).length,
            0,
            name,
          );
        }
        const f = feedback();
        const bad = JSON.stringify(f).replace('{', '{"x\\ud800":"y",');
        assert.equal((await post('/v1/feedback', bad, String(f.id))).status, 400);
        // A proper pair is fine.
        const ok = withdrawal(rec, { reason: 'Moved 🏠' });
        assert.equal((await send(suite.url, '/v1/consent', ok)).status, 201);
      });

      it('erases even when a stored withdrawal holds \\u0000 or a lone surrogate', async () => {
        const rec = consentRecord({ consentId: `nul-${engine}` });
        assert.equal((await send(suite.url, '/v1/consent', rec)).status, 201);
        // Rows as they could have been stored before the input check.
        for (const reason of ['Secret\u0000reason', 'Secret\ud800reason']) {
          const id = randomUUID();
          const body = JSON.stringify({ ...withdrawal(rec, { reason }), id });
          await suite.db.storage.query(
            `insert into consent_events (id, record_id, consent_id, type, at, body, body_hash)
             values ($1, $2, $3, 'withdrawn', now(), $4::json, 'x')`,
            [id, rec.id, rec.consentId, body],
          );
        }
        const res = await admin(suite.url, `/consent/${rec.id}`, { method: 'DELETE' });
        assert.equal(res.status, 204, res.text);
        const rows = await suite.db.storage.query<{ body: unknown }>(
          'select body from consent_events where record_id = $1',
          [rec.id],
        );
        assert.ok(!JSON.stringify(rows).includes('Secret'), 'reason still stored');
        assert.equal(rows.length, 3);
      });
    });

    describe('methods and preflights (item 6)', () => {
      it('answers a wrong method with 405 and Allow', async () => {
        const put = await request(`${suite.url}/v1/feedback`, { method: 'PUT', json: {} });
        assert.equal(put.status, 405);
        assert.match(put.headers.get('allow') ?? '', /POST/);
        const del = await request(`${suite.url}/v1/impact/x`, { method: 'DELETE' });
        assert.equal(del.status, 405);
        assert.match(del.headers.get('allow') ?? '', /GET/);
        const erase = await admin(suite.url, `/consent/${randomUUID()}`, { method: 'POST', json: {} });
        assert.equal(erase.status, 405);
        assert.match(erase.headers.get('allow') ?? '', /DELETE/);
        assert.equal((await request(`${suite.url}/v1/nothing-here`, { method: 'PUT', json: {} })).status, 404);
      });

      it('answers a preflight from an unlisted origin with 403', async () => {
        const pre = await request(`${suite.url}/v1/feedback`, {
          method: 'OPTIONS',
          headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
        });
        assert.equal(pre.status, 403);
        assert.equal(pre.headers.get('access-control-allow-origin'), null);
        const ok = await request(`${suite.url}/v1/feedback`, {
          method: 'OPTIONS',
          headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
        });
        assert.equal(ok.status, 204);
      });
    });
  });
}
