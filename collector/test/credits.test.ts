// Projects, roles and the credits built from consent at each request, on both engines.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newReference } from '../../src/contract/reference.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, creditChange, ORIGIN, request, send, withdrawal } from './helpers/data.js';

after(() => stopPostgres());

/** The key whose hash `consentRecord()` carries: withdrawals and credit changes send it. */
const KEY = 'H6QW3MZT8KRN2CXV9PAF4YBG5DJS';

type Json = Record<string, any>;

let n = 0;
/** A consent id, a project naming it, and records of that consent: each test has its own. */
function study() {
  n++;
  const consentId = `credits-study-${n}-${Math.random().toString(36).slice(2, 8)}`;
  const projectId = `project-${n}-${Math.random().toString(36).slice(2, 8)}`;
  const record = (over: Json = {}) => consentRecord({ consentId, reference: newReference(consentId), ...over });
  return { consentId, projectId, record };
}

/** What the person sends, with their key (as <cp-consent-withdraw> does). */
const withKey = (body: Json, record: Json): Json => ({ ...body, reference: record.reference, key: KEY });

for (const engine of ENGINES) {
  describe(`credits on ${engine}`, () => {
    const suite = collectorFor(engine);

    const credits = (projectId: string, headers: Record<string, string> = {}) =>
      request(`${suite.url}/v1/credits/${projectId}`, { headers });
    const project = (projectId: string, body: Json) =>
      admin(suite.url, `/projects/${projectId}`, { method: 'PUT', json: body });
    const consent = async (body: Json) => {
      const res = await send(suite.url, '/v1/consent', body);
      assert.equal(res.status, 201, res.text);
    };

    describe('projects', () => {
      it('PUT stores a project: 201 new, 200 changed; GET lists it and reads it', async () => {
        const { projectId, consentId } = study();
        const body = { name: 'Food research', consentId, forms: ['homewood-food-2026'], impactPanelId: 'food-bank' };
        const first = await project(projectId, body);
        assert.equal(first.status, 201, first.text);
        assert.deepEqual(first.json, { projectId, ...body });
        const changed = await project(projectId, {
          ...body,
          name: 'Food research 2026',
          credits: { title: 'Made with' },
        });
        assert.equal(changed.status, 200);
        const one = await admin(suite.url, `/projects/${projectId}`);
        assert.equal(one.status, 200);
        assert.equal(one.json.name, 'Food research 2026');
        assert.equal(one.json.consentId, consentId);
        assert.deepEqual(one.json.forms, ['homewood-food-2026']);
        assert.equal(one.json.impactPanelId, 'food-bank');
        assert.deepEqual(one.json.credits, { title: 'Made with' });
        const list = await admin(suite.url, '/projects');
        assert.equal(list.status, 200);
        assert.ok(list.json.projects.some((p: Json) => p.projectId === projectId && p.name === 'Food research 2026'));
        assert.equal(list.json.count, list.json.projects.length);
      });

      it('PUT checks the body (400 with the field), GET of an unknown project is 404, and both need the token', async () => {
        const { projectId } = study();
        const none = await project(projectId, { consentId: 'x' });
        assert.equal(none.status, 400);
        assert.equal(none.json.field, 'name');
        const extra = await project(projectId, { name: 'A', colour: 'red' });
        assert.equal(extra.status, 400);
        assert.equal(extra.json.field, 'colour');
        const forms = await project(projectId, { name: 'A', forms: ['has space'] });
        assert.equal(forms.status, 400);
        assert.equal(forms.json.field, 'forms[0]');
        const nul = await project(projectId, { name: 'A\u0000' });
        assert.equal(nul.status, 400);
        assert.equal(nul.json.field, 'name');
        assert.equal((await admin(suite.url, `/projects/${projectId}`)).status, 404);
        assert.equal((await request(`${suite.url}/v1/admin/projects`)).status, 401);
        assert.equal(
          (await request(`${suite.url}/v1/admin/projects/${projectId}`, { method: 'PUT', json: { name: 'A' } })).status,
          401,
        );
      });
    });

    describe('GET /v1/credits/:projectId', () => {
      it("shows a consent record's pseudonym after the staff entries, with ETag, cache headers and 304", async () => {
        const { projectId, consentId, record } = study();
        assert.equal((await credits(projectId)).status, 404);
        assert.equal((await project(projectId, { name: 'Peer research', consentId })).status, 201);
        const empty = await credits(projectId);
        assert.equal(empty.status, 200);
        assert.deepEqual(empty.json, { contributors: [] });
        const staff = {
          title: 'Co-produced with',
          contributors: [{ name: 'Amina Khan', credit: 'full', roles: ['peer-researcher'] }],
        };
        assert.equal((await admin(suite.url, `/credits/${projectId}`, { method: 'PUT', json: staff })).status, 201);
        const r = record();
        await consent(r);
        const res = await credits(projectId, { origin: ORIGIN });
        assert.equal(res.status, 200);
        assert.deepEqual(res.json, {
          title: 'Co-produced with',
          contributors: [
            { name: 'Amina Khan', credit: 'full', roles: ['peer-researcher'] },
            { credit: 'pseudonym', pseudonym: 'Riverside Rae' },
          ],
        });
        assert.equal(res.headers.get('cache-control'), 'public, max-age=60, must-revalidate');
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        const etag = res.headers.get('etag')!;
        assert.match(etag, /^"[\w-]+"$/);
        const cached = await credits(projectId, { 'if-none-match': etag });
        assert.equal(cached.status, 304);
        assert.equal(cached.text, '');
        // The project's credits title wins over the staff entries' one.
        await project(projectId, { name: 'Peer research', consentId, credits: { title: 'Made with' } });
        const titled = await credits(projectId, { 'if-none-match': etag });
        assert.equal(titled.status, 200);
        assert.equal(titled.json.title, 'Made with');
        assert.notEqual(titled.headers.get('etag'), etag);
      });

      it('staff entries alone are served without a project; a project without consentId serves them too', async () => {
        const { projectId, consentId, record } = study();
        await consent(record());
        const staff = { contributors: [{ name: 'Jordan Blake', credit: 'initials' }] };
        assert.equal((await admin(suite.url, `/credits/${projectId}`, { method: 'PUT', json: staff })).status, 201);
        const alone = await credits(projectId);
        assert.equal(alone.status, 200);
        assert.deepEqual(alone.json, { contributors: [{ name: 'J. B.', credit: 'initials' }] });
        await project(projectId, { name: 'No consent linked' });
        assert.deepEqual((await credits(projectId)).json, { contributors: [{ name: 'J. B.', credit: 'initials' }] });
        // Linking the consent adds its people.
        await project(projectId, { name: 'Now linked', consentId });
        assert.equal((await credits(projectId)).json.contributors.length, 2);
      });

      it('a changed credit choice shows in the next GET: "not named" removes the pseudonym, counts the person, and changes the ETag', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const r = record();
        await consent(r);
        const before = await credits(projectId);
        assert.ok(before.text.includes('Riverside Rae'));
        const etag = before.headers.get('etag')!;
        await consent(withKey(creditChange(r, { credit: { credit: 'anonymous' } }), r));
        const after = await credits(projectId, { 'if-none-match': etag });
        assert.equal(after.status, 200, 'the old ETag must not get 304 once the choice changed');
        assert.ok(!after.text.includes('Riverside') && !after.text.includes('Rae'), after.text);
        assert.deepEqual(after.json.contributors, [{ credit: 'anonymous' }]);
        assert.notEqual(after.headers.get('etag'), etag);
        assert.equal((await credits(projectId, { 'if-none-match': after.headers.get('etag')! })).status, 304);
      });

      it('the latest credit change wins, whatever order they arrive in; "hidden" is not shown or counted', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const r = record();
        await consent(r);
        await consent(
          withKey(
            creditChange(r, { at: '2026-05-02T10:00:00Z', credit: { credit: 'first-name', name: 'Rae Okafor' } }),
            r,
          ),
        );
        await consent(
          withKey(creditChange(r, { at: '2026-05-01T10:00:00Z', credit: { credit: 'full', name: 'Rae Okafor' } }), r),
        );
        const res = await credits(projectId);
        assert.deepEqual(res.json.contributors, [{ credit: 'first-name', name: 'Rae' }]);
        assert.ok(!res.text.includes('Okafor'));
        await consent(withKey(creditChange(r, { at: '2026-05-03T10:00:00Z', credit: { credit: 'hidden' } }), r));
        assert.deepEqual((await credits(projectId)).json.contributors, []);
      });

      it('a withdrawal from everything removes the person at once; a withdrawal from one statement does not', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const stays = record({ credit: { credit: 'pseudonym', pseudonym: 'Stays Sam' } });
        const goes = record({ credit: { credit: 'pseudonym', pseudonym: 'Goes Gerry' } });
        await consent(stays);
        await consent(goes);
        const before = await credits(projectId);
        assert.ok(before.text.includes('Goes Gerry') && before.text.includes('Stays Sam'));
        await consent(withKey(withdrawal(stays), stays));
        await consent(withKey(withdrawal(goes, { all: true, statements: ['read', 'audio', 'quotes'] }), goes));
        const after = await credits(projectId, { 'if-none-match': before.headers.get('etag')! });
        assert.equal(after.status, 200);
        assert.deepEqual(after.json.contributors, [{ credit: 'pseudonym', pseudonym: 'Stays Sam' }]);
        assert.ok(!after.text.includes('Gerry'));
      });

      it('erasure removes the person and their roles at once', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const r = record({ credit: { credit: 'full', name: 'Erin Erased' } });
        await consent(r);
        assert.equal(
          (await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: ['storyteller'] } }))
            .status,
          200,
        );
        const before = await credits(projectId);
        assert.deepEqual(before.json.contributors, [{ credit: 'full', name: 'Erin Erased', roles: ['storyteller'] }]);
        assert.equal((await admin(suite.url, `/consent/${r.id}`, { method: 'DELETE' })).status, 204);
        const after = await credits(projectId, { 'if-none-match': before.headers.get('etag')! });
        assert.equal(after.status, 200);
        assert.deepEqual(after.json.contributors, []);
        assert.ok(!after.text.includes('Erin'));
        // Roles cannot be given to an erased record.
        assert.equal(
          (await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: ['storyteller'] } }))
            .status,
          404,
        );
      });

      it('roles staff give a record show with the person, and change the ETag', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const r = record();
        await consent(r);
        const before = await credits(projectId);
        const set = await admin(suite.url, `/consent/${r.id}/roles`, {
          method: 'PUT',
          json: { roles: ['peer-researcher', 'storyteller'] },
        });
        assert.equal(set.status, 200, set.text);
        assert.deepEqual(set.json, { recordId: r.id, roles: ['peer-researcher', 'storyteller'] });
        const after = await credits(projectId, { 'if-none-match': before.headers.get('etag')! });
        assert.equal(after.status, 200);
        assert.deepEqual(after.json.contributors, [
          { credit: 'pseudonym', pseudonym: 'Riverside Rae', roles: ['peer-researcher', 'storyteller'] },
        ]);
        await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: [] } });
        assert.deepEqual((await credits(projectId)).json.contributors, [
          { credit: 'pseudonym', pseudonym: 'Riverside Rae' },
        ]);
      });

      it('roles: 404 for an unknown record, 400 for a bad body or id', async () => {
        const missing = await admin(suite.url, '/consent/9b2f0c1e-6a57-4c8e-9d0b-3f4a5e6b7c8d/roles', {
          method: 'PUT',
          json: { roles: ['storyteller'] },
        });
        assert.equal(missing.status, 404);
        const { record } = study();
        const r = record();
        await consent(r);
        const bad = await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: 'storyteller' } });
        assert.equal(bad.status, 400);
        assert.equal(bad.json.field, 'roles');
        const empty = await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: [''] } });
        assert.equal(empty.status, 400);
        assert.equal(empty.json.field, 'roles[0]');
        assert.equal(
          (await admin(suite.url, '/consent/not-a-uuid/roles', { method: 'PUT', json: { roles: [] } })).status,
          400,
        );
      });

      it('"with lived experience" only for a person who chose it', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const chose = record({ credit: { credit: 'pseudonym', pseudonym: 'Lived Lou', livedExperience: true } });
        const not = record({ credit: { credit: 'pseudonym', pseudonym: 'Plain Pat' } });
        const no = record({ credit: { credit: 'pseudonym', pseudonym: 'No Noor', livedExperience: false } });
        await consent(chose);
        await consent(not);
        await consent(no);
        const res = await credits(projectId);
        assert.deepEqual(res.json.contributors, [
          { credit: 'pseudonym', pseudonym: 'Lived Lou', livedExperience: true },
          { credit: 'pseudonym', pseudonym: 'Plain Pat' },
          { credit: 'pseudonym', pseudonym: 'No Noor' },
        ]);
        // Changing the credit choice without it takes it away.
        await consent(withKey(creditChange(chose, { credit: { credit: 'pseudonym', pseudonym: 'Lived Lou' } }), chose));
        assert.ok(!(await credits(projectId)).text.includes('livedExperience'));
      });

      it('never shows a name the person did not choose to show', async () => {
        const { projectId, consentId, record } = study();
        await project(projectId, { name: 'Peer research', consentId });
        const bodies = [
          record({ credit: { credit: 'initials', name: 'Amina Khan' } }),
          record({ credit: { credit: 'first-name', name: 'Jordan Blake' } }),
          record({ credit: { credit: 'group', group: 'Young Carers Panel', name: 'Priya Secretname' } }),
          record({ credit: { credit: 'anonymous', name: 'Sam Unnamed', pseudonym: 'Sneaky Sam' } }),
          record({ credit: { credit: 'hidden', name: 'Harriet Hidden' } }),
          record({ credit: { credit: 'pseudonym', pseudonym: 'Pip', name: 'Philippa Realname' } }),
          // `full` with no name given: counted, never shown as an empty name.
          record({ credit: { credit: 'full' } }),
        ];
        for (const b of bodies) await consent(b);
        const res = await credits(projectId);
        for (const word of [
          'Amina',
          'Khan',
          'Blake',
          'Priya',
          'Secretname',
          'Sam',
          'Unnamed',
          'Sneaky',
          'Harriet',
          'Hidden',
          'Philippa',
          'Realname',
        ]) {
          assert.ok(!res.text.includes(word), `${word} is in ${res.text}`);
        }
        assert.deepEqual(res.json.contributors, [
          { credit: 'initials', name: 'A. K.' },
          { credit: 'first-name', name: 'Jordan' },
          { credit: 'group', group: 'Young Carers Panel' },
          { credit: 'anonymous' },
          { credit: 'pseudonym', pseudonym: 'Pip' },
          { credit: 'anonymous' },
        ]);
      });

      it('records of other consent definitions, and records whose credit was never asked, are not named', async () => {
        const a = study();
        const b = study();
        await project(a.projectId, { name: 'A', consentId: a.consentId });
        await consent(b.record({ credit: { credit: 'pseudonym', pseudonym: 'Other Study' } }));
        const { credit: _credit, ...unasked } = a.record();
        await consent(unasked);
        const res = await credits(a.projectId);
        assert.deepEqual(res.json.contributors, [{ credit: 'anonymous' }]);
        assert.ok(!res.text.includes('Other Study'));
      });
    });
  });
}
