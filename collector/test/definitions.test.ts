// Feedback form and consent definitions stored in the collector: versioned and never
// overwritten, served to the widgets with ETag/304, submissions checked against the version they
// name (422), and labels in the CSV export. On both engines.
import { readFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startCollector } from '../src/index.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, feedback, ORIGIN, pageFeedback, request, send, TOKEN } from './helpers/data.js';

after(() => stopPostgres());

type Json = Record<string, any>;
const story = (path: string): Json =>
  JSON.parse(readFileSync(new URL(`../../stories/data/${path}`, import.meta.url), 'utf8'));
/** The food survey the `feedback()` test body answers (homewood-food-2026, version 3). */
const foodSurvey = story('feedback-form/food-survey.json');
/** The consent the `consentRecord()` test body answers (peer-research-2026, version 2.1). */
const peerResearch = story('consent/peer-research.json');

/** A reference no other record in this file has (references are unique per record). */
const alphabet = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const reference = () =>
  `PR-${Array.from({ length: 9 }, (_, i) => (i === 4 ? '-' : alphabet[randomInt(alphabet.length)])).join('')}`;

/** A small form with every kind of choice. */
const smallForm = (id: string, version = 1, over: Json = {}): Json => ({
  id,
  version,
  title: 'A small form',
  questions: [
    {
      id: 'colour',
      type: 'single',
      label: 'Which colour?',
      options: [
        { id: 'red', label: 'Red' },
        { id: 'blue', label: 'Blue' },
      ],
    },
    {
      id: 'days',
      type: 'multi',
      label: 'Which days?',
      options: [
        { id: 'mon', label: 'Monday' },
        { id: 'tue', label: 'Tuesday' },
      ],
      noneOption: 'None of these',
    },
    { id: 'again', type: 'yesNo', label: 'Would you come again?' },
    { id: 'why', type: 'longText', label: 'Why?' },
    { id: 'reach', type: 'contact', label: 'Can we contact you?' },
    { id: 'feeling', type: 'feeling' },
  ],
  ...over,
});

for (const engine of ENGINES) {
  describe(`definitions on ${engine}`, () => {
    const suite = collectorFor(engine);

    const putForm = (def: Json, id = def.id) => admin(suite.url, `/forms/${id}`, { method: 'PUT', json: def });
    const putConsent = (def: Json, id = def.id) =>
      admin(suite.url, `/consent-definitions/${id}`, { method: 'PUT', json: def });

    describe('PUT /v1/admin/forms/:formId', () => {
      it('stores a new version (201), takes the same again (200), and never overwrites a version (409)', async () => {
        const def = smallForm('put-form');
        const first = await putForm(def);
        assert.equal(first.status, 201);
        assert.deepEqual({ ...first.json, etag: undefined }, { formId: 'put-form', version: '1', etag: undefined });
        assert.equal(first.headers.get('location'), '/v1/forms/put-form/versions/1');
        // The same body with its keys in another order is the same version.
        const again = await putForm(Object.fromEntries(Object.entries(def).reverse()));
        assert.equal(again.status, 200);
        assert.equal(again.json.etag, first.json.etag);
        const changed = await putForm({ ...def, title: 'Another title' });
        assert.equal(changed.status, 409);
        assert.equal(changed.json.field, 'version');
        const served = await request(`${suite.url}/v1/forms/put-form`);
        assert.equal(served.json.title, 'A small form');
        assert.equal((await putForm({ ...def, version: 2, title: 'Another title' })).status, 201);
      });

      it('checks the body with feedback-definition.schema.json, and its id against the address', async () => {
        const wrongId = await putForm(smallForm('one-id'), 'another-id');
        assert.equal(wrongId.status, 400);
        assert.equal(wrongId.json.field, 'id');
        const noOptions = smallForm('bad-form');
        delete noOptions.questions[0].options;
        const bad = await putForm(noOptions);
        assert.equal(bad.status, 400);
        assert.equal(bad.json.field, 'questions[0].options');
        const textVersion = await putForm({ ...smallForm('bad-form'), version: 'two' });
        assert.equal(textVersion.status, 400);
        assert.equal(textVersion.json.field, 'version');
        const nul = await putForm(smallForm('bad-form', 1, { title: 'A\u0000B' }));
        assert.equal(nul.status, 400);
        assert.equal(nul.json.field, 'title');
        assert.equal((await request(`${suite.url}/v1/forms/bad-form`)).status, 404);
      });

      it('needs the admin token', async () => {
        const res = await request(`${suite.url}/v1/admin/forms/no-token`, {
          method: 'PUT',
          json: smallForm('no-token'),
        });
        assert.equal(res.status, 401);
        assert.equal((await request(`${suite.url}/v1/forms/no-token`)).status, 404);
      });
    });

    describe('GET /v1/forms/:formId', () => {
      it('serves the current version as stored, and each version at its own address', async () => {
        const v1 = smallForm('served');
        const v2 = smallForm('served', 2, { title: 'The second version' });
        assert.equal((await putForm(v1)).status, 201);
        assert.equal((await putForm(v2)).status, 201);
        const current = await request(`${suite.url}/v1/forms/served`, { headers: { origin: ORIGIN } });
        assert.equal(current.status, 200);
        assert.match(current.headers.get('content-type') ?? '', /^application\/json/);
        assert.deepEqual(current.json, v2);
        // Readable by <cp-feedback-form src> on an allowed origin.
        assert.equal(current.headers.get('access-control-allow-origin'), ORIGIN);
        assert.deepEqual((await request(`${suite.url}/v1/forms/served/versions/1`)).json, v1);
        assert.deepEqual((await request(`${suite.url}/v1/forms/served/versions/2`)).json, v2);
        const missing = await request(`${suite.url}/v1/forms/served/versions/3`);
        assert.equal(missing.status, 404);
        assert.equal((await request(`${suite.url}/v1/forms/never-put`)).status, 404);
      });

      it('answers with an ETag and cache headers, and 304 to If-None-Match', async () => {
        const def = smallForm('cached');
        assert.equal((await putForm(def)).status, 201);
        const first = await request(`${suite.url}/v1/forms/cached`);
        const etag = first.headers.get('etag');
        assert.match(etag ?? '', /^"[\w-]{22}"$/);
        assert.equal(first.headers.get('cache-control'), 'public, max-age=60, must-revalidate');
        assert.ok(first.headers.get('last-modified'));
        const cached = await request(`${suite.url}/v1/forms/cached`, { headers: { 'if-none-match': etag! } });
        assert.equal(cached.status, 304);
        assert.equal(cached.text, '');
        const byVersion = await request(`${suite.url}/v1/forms/cached/versions/1`, {
          headers: { 'if-none-match': `W/${etag}` },
        });
        assert.equal(byVersion.status, 304);
        // A new version is a new ETag: the old one no longer matches.
        assert.equal((await putForm(smallForm('cached', 2, { title: 'Changed' }))).status, 201);
        const fresh = await request(`${suite.url}/v1/forms/cached`, { headers: { 'if-none-match': etag! } });
        assert.equal(fresh.status, 200);
        assert.notEqual(fresh.headers.get('etag'), etag);
      });

      it('limits reads per client like published impact', async () => {
        const limited = await startCollector({
          port: 0,
          storage: suite.db.storage,
          adminToken: TOKEN,
          rateLimit: 2,
          readRateLimit: 3,
          rateLimitWindowMs: 60_000,
          trustProxy: true,
          logLevel: 'silent',
        });
        try {
          assert.equal(
            (await admin(limited.url, '/forms/read-limit', { method: 'PUT', json: smallForm('read-limit') })).status,
            201,
          );
          const statuses = [];
          for (let i = 0; i < 4; i++)
            statuses.push(
              (await request(`${limited.url}/v1/forms/read-limit`, { headers: { 'x-forwarded-for': '203.0.113.40' } }))
                .status,
            );
          assert.deepEqual(statuses, [200, 200, 200, 429]);
        } finally {
          await limited.close();
        }
      });
    });

    describe('consent definitions', () => {
      it('PUT stores versions (201, 200, 409); GET serves the current one and each version, with 304', async () => {
        const v21 = peerResearch;
        const first = await putConsent(v21);
        assert.equal(first.status, 201);
        assert.deepEqual(
          { ...first.json, etag: undefined },
          { consentId: 'peer-research-2026', version: '2.1', etag: undefined },
        );
        assert.equal((await putConsent(v21)).status, 200);
        assert.equal((await putConsent({ ...v21, title: 'Changed' })).status, 409);
        const v22 = { ...v21, version: '2.2', title: 'Version 2.2' };
        assert.equal((await putConsent(v22)).status, 201);
        const current = await request(`${suite.url}/v1/consent-definitions/peer-research-2026`);
        assert.deepEqual(current.json, v22);
        assert.deepEqual(
          (await request(`${suite.url}/v1/consent-definitions/peer-research-2026/versions/2.1`)).json,
          v21,
        );
        assert.equal((await request(`${suite.url}/v1/consent-definitions/peer-research-2026/versions/9`)).status, 404);
        const etag = current.headers.get('etag')!;
        assert.equal(
          (
            await request(`${suite.url}/v1/consent-definitions/peer-research-2026`, {
              headers: { 'if-none-match': etag },
            })
          ).status,
          304,
        );
        const bad = await putConsent({ ...v21, id: 'other', statements: [] }, 'other');
        assert.equal(bad.status, 400);
        assert.equal(bad.json.field, 'statements');
      });

      it('GET /v1/admin/forms and /v1/admin/consent-definitions list ids and versions', async () => {
        assert.equal((await putForm(smallForm('listed'))).status, 201);
        assert.equal((await putForm(smallForm('listed', 2))).status, 201);
        const forms = await admin(suite.url, '/forms');
        assert.equal(forms.status, 200);
        const listed = forms.json.items.find((f: Json) => f.id === 'listed');
        assert.equal(listed.current, '2');
        assert.deepEqual(
          listed.versions.map((v: Json) => v.version),
          ['1', '2'],
        );
        assert.equal(forms.json.count, forms.json.items.length);
        const consents = await admin(suite.url, '/consent-definitions');
        assert.ok(consents.json.items.some((d: Json) => d.id === 'peer-research-2026'));
        assert.equal((await request(`${suite.url}/v1/admin/forms`)).status, 401);
      });
    });

    describe('submissions are checked against the version they name', () => {
      before(async () => {
        assert.ok([200, 201].includes((await putForm(foodSurvey)).status));
        assert.ok([200, 201].includes((await putForm(smallForm('checked'))).status));
        assert.ok([200, 201].includes((await putConsent(peerResearch)).status));
      });

      const status = async (body: Json, path = '/v1/feedback') => {
        const res = await send(suite.url, path, body);
        return { status: res.status, field: res.json?.field, error: res.json?.error };
      };

      it('takes what the feedback widget sends for a known form', async () => {
        assert.equal((await status(feedback())).status, 201);
        const all = feedback({
          formId: 'checked',
          formVersion: 1,
          answers: {
            colour: 'blue',
            days: ['mon', 'tue'],
            again: 'yes',
            why: 'Because',
            reach: { method: 'email', details: 'a@example.org' },
            feeling: 'fine',
          },
          flags: [{ question: 'why', reason: 'confusing' }],
        });
        assert.equal((await status(all)).status, 201);
        const declined = feedback({
          formId: 'checked',
          formVersion: '1',
          answers: {
            colour: { declined: true },
            days: [],
            again: { declined: true },
            reach: { details: '07700 900123' },
          },
          flags: [],
        });
        assert.equal((await status(declined)).status, 201);
      });

      it('422 for a version that is not stored, naming formVersion', async () => {
        const res = await status(feedback({ formVersion: 2 }));
        assert.deepEqual([res.status, res.field], [422, 'formVersion']);
        assert.match(res.error, /^formVersion: /);
      });

      it('422 for an unknown question id, naming the answer (or the flag)', async () => {
        const body = feedback();
        const unknown = await status({ ...body, answers: { ...body.answers, shoeSize: '9' } });
        assert.deepEqual([unknown.status, unknown.field], [422, 'answers.shoeSize']);
        const flag = await status(feedback({ flags: [{ question: 'nope', reason: 'other' }] }));
        assert.deepEqual([flag.status, flag.field], [422, 'flags[0].question']);
      });

      it('422 for an option id that is not one of the question’s options', async () => {
        const cases: [Json, string][] = [
          [{ colour: 'green' }, 'answers.colour'],
          [{ colour: ['red'] }, 'answers.colour'],
          [{ days: ['mon', 'sun'] }, 'answers.days[1]'],
          [{ again: 'maybe' }, 'answers.again'],
          [{ reach: { method: 'pigeon', details: 'the loft' } }, 'answers.reach.method'],
          [{ feeling: 'great' }, 'answers.feeling'],
        ];
        for (const [answers, field] of cases) {
          const res = await status(feedback({ formId: 'checked', formVersion: 1, answers, flags: [] }));
          assert.deepEqual([res.status, res.field], [422, field], JSON.stringify(answers));
        }
        const area = await status(feedback({ answers: { area: 'mars' } }));
        assert.deepEqual([area.status, area.field], [422, 'answers.area']);
        // Nothing refused was stored.
        const rows = await suite.db.storage.query<{ n: number }>(
          `select count(*)::int as n from feedback where form_id = 'checked'`,
        );
        assert.equal(rows[0]!.n, 2);
      });

      it('takes submissions for forms and consents the collector does not know, as before', async () => {
        assert.equal(
          (await status(feedback({ formId: 'not-defined-here', answers: { anything: 'goes' } }))).status,
          201,
        );
        assert.equal((await status(pageFeedback())).status, 201);
        const rec = consentRecord({
          consentId: 'not-defined-here',
          reference: reference(),
          decisions: { whatever: true },
        });
        assert.equal((await status(rec, '/v1/consent')).status, 201);
      });

      it('consent records: 422 for a version that is not stored, or a decision that is not a statement', async () => {
        assert.equal((await status(consentRecord({ reference: reference() }), '/v1/consent')).status, 201);
        const version = await status(consentRecord({ reference: reference(), version: '9.9' }), '/v1/consent');
        assert.deepEqual([version.status, version.field], [422, 'version']);
        const decision = await status(
          consentRecord({ reference: reference(), decisions: { read: true, dance: true } }),
          '/v1/consent',
        );
        assert.deepEqual([decision.status, decision.field], [422, 'decisions.dance']);
        const assent = await status(
          consentRecord({
            reference: reference(),
            ageGroup: 'under',
            consentBy: 'parent-or-carer',
            assent: { decisions: { read: true, sing: false } },
          }),
          '/v1/consent',
        );
        assert.deepEqual([assent.status, assent.field], [422, 'assent.decisions.sing']);
      });
    });

    describe('CSV export with labels', () => {
      it('heads columns with question labels and shows option labels, where the form version is known', async () => {
        assert.ok([200, 201].includes((await putForm(foodSurvey)).status));
        // Sent before its definition was stored: that version stays unknown, so ids stay.
        const early = feedback({
          formId: 'labelled',
          formVersion: 1,
          answers: { colour: 'red', extra: 'x' },
          flags: [],
        });
        assert.equal((await send(suite.url, '/v1/feedback', early)).status, 201);
        const label = "Which colour; =cmd|' /C calc'!A0";
        const def = smallForm('labelled', 2, {});
        def.questions[0].label = label;
        def.questions[1].label = label;
        def.questions[2].label = '@SUM(A1) again?';
        assert.equal((await putForm(def)).status, 201);
        const later = feedback({
          formId: 'labelled',
          formVersion: 2,
          answers: { colour: 'blue', days: [], again: 'yes' },
          flags: [],
        });
        assert.equal((await send(suite.url, '/v1/feedback', later)).status, 201);

        const food = await admin(suite.url, '/feedback?formId=homewood-food-2026&format=csv');
        assert.equal(food.status, 200);
        const [head, ...rows] = food.text.replace(/^\uFEFF/, '').split('\r\n');
        assert.ok(head!.startsWith('Received,Form,Version,'), head);
        assert.ok(head!.includes(',Which part of Homewood do you live in?,'), head);
        assert.ok(head!.includes(',What makes it hard to get the food you need?,'), head);
        assert.ok(rows[0]!.includes(',Parkside,(prefer not to say),None of these,4,'), rows[0]);

        const mixed = await admin(suite.url, '/feedback?formId=labelled&format=csv');
        const lines = mixed.text.replace(/^\uFEFF/, '').split('\r\n');
        // Columns keep their order (first seen); the label, quoted and made harmless, names the
        // column; two columns with one label are told apart by their ids; unknown ids stay ids.
        assert.equal(
          lines[0]!.split(',').slice(3, -7).join(','),
          `"Which colour; =cmd|' /C calc'!A0 (colour)",extra,"Which colour; =cmd|' /C calc'!A0 (days)",'@SUM(A1) again?`,
        );
        assert.deepEqual(lines[1]!.split(',').slice(3, 7), ['red', 'x', '', ''], lines[1]); // version 1: no definition, ids
        assert.deepEqual(lines[2]!.split(',').slice(3, 7), ['Blue', '', 'None of these', 'Yes'], lines[2]); // version 2: labels (built-in ones too)
        // JSON is unchanged: ids as sent.
        const json = await admin(suite.url, '/feedback?formId=labelled');
        assert.deepEqual(json.json.items[1].submission.answers, later.answers);
      });
    });
  });
}
