// Themes, filters and exports (issue 13, "Themes and filters", "Export", "Projects overview",
// "Credits"), over HTTP on both engines: staff tag answers and whole responses with a project's
// themes, filter by theme, answer, dates, version and text, export what the filter shows, turn a
// theme into "you said" links, read the overview counts and preview credits before publishing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, request, send, withdrawal } from './helpers/data.js';
import { clubResponses, clubV1, clubV2 } from './helpers/club-form.js';

after(() => stopPostgres());

type Json = Record<string, any>;
const peerResearch = JSON.parse(
  readFileSync(new URL('../../stories/data/consent/peer-research.json', import.meta.url), 'utf8'),
) as Json;
/** CSV text as rows of cells (RFC 4180: quoted cells may hold commas, quotes and new lines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

for (const engine of ENGINES) {
  describe(`themes, filters and exports on ${engine}`, () => {
    const suite = collectorFor(engine);
    const formId = `club-${engine}`;
    const projectId = `club-project-${engine}`;
    const consentId = `club-consent-${engine}`;
    const subs = clubResponses(formId);
    const [s0, s1, s2, s3] = subs as [Json, Json, Json, Json];
    const ok = (res: { status: number; text: string }, ...statuses: number[]) =>
      assert.ok(statuses.includes(res.status), `${res.status} ${res.text}`);
    const themes = `/projects/${projectId}/themes`;
    const newTheme = async (name: string) => {
      const res = await admin(suite.url, themes, { method: 'POST', json: { name } });
      assert.equal(res.status, 201, res.text);
      return res.json.id as string;
    };
    const tag = (themeId: string, json: Json) =>
      admin(suite.url, `${themes}/${themeId}/tags`, { method: 'POST', json });
    const list = async (query: string) => {
      const res = await admin(suite.url, `/feedback?formId=${formId}&${query}`);
      assert.equal(res.status, 200, res.text);
      return res.json.items.map((i: Json) => i.submission.id).sort() as string[];
    };
    const ids = (...s: Json[]) => s.map((x) => x.id).sort();

    before(async () => {
      for (const def of [clubV1(formId), clubV2(formId)])
        ok(await admin(suite.url, `/forms/${formId}`, { method: 'PUT', json: def }), 201);
      for (const s of subs) ok(await send(suite.url, '/v1/feedback', s), 201);
      ok(
        await admin(suite.url, `/projects/${projectId}`, {
          method: 'PUT',
          json: { name: 'Youth club', forms: [formId], consentId, credits: { title: 'Who made this' } },
        }),
        201,
      );
    });

    it('creates, lists, renames and deletes themes, one name once per project', async () => {
      const id = await newTheme('Transport');
      assert.equal(
        (await admin(suite.url, themes, { method: 'POST', json: { name: ' transport ' } })).status,
        409,
        'the same name, other case',
      );
      const other = await newTheme('Cost of food');
      ok(await tag(id, { feedbackId: s0.id }), 201);
      const listed = await admin(suite.url, themes);
      assert.deepEqual(listed.json.themes, [
        { id: other, name: 'Cost of food', count: 0 },
        { id, name: 'Transport', count: 1 },
      ]);
      const renamed = await admin(suite.url, `${themes}/${id}`, { method: 'PUT', json: { name: 'Buses' } });
      assert.deepEqual([renamed.status, renamed.json], [200, { id, name: 'Buses' }]);
      assert.equal(
        (await admin(suite.url, `${themes}/${id}`, { method: 'PUT', json: { name: 'Cost of Food' } })).status,
        409,
      );
      assert.equal((await admin(suite.url, themes, { method: 'POST', json: { name: '   ' } })).status, 400);
      assert.equal(
        (await admin(suite.url, '/projects/no-such-project/themes', { method: 'POST', json: { name: 'x' } })).status,
        404,
      );
      // Another project cannot reach this project's theme.
      assert.equal(
        (await admin(suite.url, `/projects/no-such-project/themes/${id}`, { method: 'DELETE' })).status,
        404,
      );
      assert.equal((await admin(suite.url, `${themes}/${id}`, { method: 'DELETE' })).status, 204);
      assert.equal((await admin(suite.url, `${themes}/${id}`, { method: 'DELETE' })).status, 404);
      const [{ n }] = await suite.db.storage.query<{ n: number }>(
        'select count(*)::int as n from feedback_tags where theme_id = $1',
        [id],
      );
      assert.equal(n, 0, 'its tags went with it');
      assert.deepEqual(
        (await admin(suite.url, themes)).json.themes.map((t: Json) => t.name),
        ['Cost of food'],
      );
    });

    it('tags and untags an answer and a whole response, and filters by theme', async () => {
      const food = await newTheme('Food');
      assert.equal((await tag(food, { feedbackId: s2.id, questionId: 'story' })).status, 201);
      assert.equal((await tag(food, { feedbackId: s2.id, questionId: 'story' })).status, 200, 'again: already there');
      assert.equal((await tag(food, { feedbackId: s1.id })).status, 201, 'the whole response');
      const declined = await tag(food, { feedbackId: s1.id, questionId: 'area' });
      assert.deepEqual(
        [declined.status, declined.json.field],
        [400, 'questionId'],
        '"Prefer not to say" is not an answer to tag',
      );
      assert.equal((await tag(food, { feedbackId: randomUUID() })).status, 404);
      assert.equal((await tag(randomUUID(), { feedbackId: s1.id })).status, 404);

      const tags = await admin(suite.url, `${themes}/${food}/tags`);
      assert.deepEqual(
        tags.json.tags.map((t: Json) => [t.feedbackId, t.questionId]).sort(),
        [
          [s1.id, undefined],
          [s2.id, 'story'],
        ].sort(),
      );
      assert.deepEqual(await list(`projectId=${projectId}&theme=${food}`), ids(s1, s2));
      const items = (await admin(suite.url, `/feedback?formId=${formId}&theme=${food}`)).json.items;
      assert.deepEqual(items.find((i: Json) => i.submission.id === s2.id).tags, [
        { themeId: food, name: 'Food', questionId: 'story' },
      ]);
      assert.deepEqual(items.find((i: Json) => i.submission.id === s1.id).tags, [{ themeId: food, name: 'Food' }]);
      assert.deepEqual(await list(`projectId=other-project&theme=${food}`), [], 'the theme belongs to this project');

      // Untagging the answer leaves the whole-response tag of the other submission.
      assert.equal(
        (await admin(suite.url, `${themes}/${food}/tags?feedbackId=${s2.id}&questionId=story`, { method: 'DELETE' }))
          .status,
        204,
      );
      assert.equal(
        (await admin(suite.url, `${themes}/${food}/tags?feedbackId=${s2.id}&questionId=story`, { method: 'DELETE' }))
          .status,
        404,
      );
      assert.deepEqual(await list(`theme=${food}`), ids(s1));
      assert.equal(
        (await admin(suite.url, `${themes}/${food}/tags?feedbackId=${s1.id}`, { method: 'DELETE' })).status,
        204,
      );
      assert.deepEqual(await list(`theme=${food}`), []);
    });

    it('filters by an answer, dates, version and text', async () => {
      assert.deepEqual(await list(''), ids(s0, s1, s2, s3));
      assert.deepEqual(await list('question=area&answer=north'), ids(s0, s3));
      assert.deepEqual(await list('question=help&answer=food'), ids(s0, s2));
      assert.deepEqual(await list('question=help&answer=:none'), ids(s1));
      assert.deepEqual(await list('question=score&answer=4'), ids(s3));
      assert.deepEqual(await list('question=area&answer=:declined'), ids(s1));
      assert.deepEqual(await list('question=story&answer=:skipped'), ids(s1, s3));
      assert.deepEqual(await list('from=2026-03-04'), ids(s1, s3), 'the day in UTC');
      assert.deepEqual(await list('to=2026-03-03'), ids(s0, s2));
      assert.deepEqual(await list('from=2026-03-01&to=2026-03-01'), ids(s0, s2));
      assert.deepEqual(await list('version=1'), ids(s3));
      assert.deepEqual(await list('version=2&question=area&answer=north'), ids(s0));
      assert.deepEqual(await list('q=more%20food'), ids(s2), 'case does not matter');
      assert.deepEqual(await list('q=too%20personal'), ids(s0), 'the words of a flag');
      assert.deepEqual(await list('q=north'), [], 'option ids are not free text');
      assert.deepEqual(await list('q=sam%40example'), [], 'nor are contact details');
      assert.equal((await list('limit=1')).length, 1);
      assert.equal((await list('q=e&limit=1')).length, 1);
      const bad = await admin(suite.url, `/feedback?to=2026-13-01`);
      assert.equal(bad.status, 400);
      assert.equal(bad.json.field, '?to');
    });

    it('exports what the filter shows, as CSV headed with labels, formulas made harmless', async () => {
      const stories = await newTheme('Stories');
      ok(await tag(stories, { feedbackId: s0.id, questionId: 'story' }), 201);
      ok(await tag(stories, { feedbackId: s2.id, questionId: 'story' }), 201);
      const res = await admin(
        suite.url,
        `/feedback?formId=${formId}&projectId=${projectId}&theme=${stories}&format=csv`,
      );
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="feedback-club-/);
      const [head, ...rows] = parseCsv(res.text);
      assert.deepEqual(head, [
        'Received',
        'Form',
        'Version',
        'Where do you live?',
        'What would help?',
        'How good was the club?',
        'Would you come again?',
        'Tell us more',
        'Can we contact you?',
        'How did answering these questions feel?',
        'Questions flagged',
        'Themes',
        'Sent',
        'Language',
        'Page',
        'Seconds taken',
        'Response id',
      ]);
      assert.equal(rows.length, 2, 'only the responses of the theme');
      const byId = new Map(rows.map((r) => [r.at(-1), r]));
      const first = byId.get(s0.id)!;
      assert.deepEqual(first.slice(1, 10), [
        formId,
        '2',
        'North side',
        'A later bus; Hot food',
        '5',
        'Yes',
        'The bus is always late',
        'method: Email; details: sam@example.org',
        'Fine',
      ]);
      assert.equal(first[10], 'Where do you live?: It is upsetting: Too personal');
      assert.equal(first[11], 'Stories (story)');
      assert.equal(first[15], '61');
      // The formula-looking answer starts with a quote: shown as text, never run.
      assert.equal(byId.get(s2.id)![7], `'${s2.answers.story}`);
      const unquoted = res.text.replace(/"[^"]*(""[^"]*)*"/g, 'Q');
      assert.ok(!/(^|,)[=+\-@]/m.test(unquoted), unquoted);
      // JSON download, same filter.
      const json = await admin(suite.url, `/feedback?formId=${formId}&theme=${stories}&format=json`);
      assert.equal(json.json.count, 2);
      assert.match(json.headers.get('content-disposition') ?? '', /attachment; filename="feedback-club-[^"]*\.json"/);
    });

    it('exports consent records as CSV: current decision per statement with its words, needs, payment, credit', async () => {
      ok(
        await admin(suite.url, `/consent-definitions/${consentId}`, {
          method: 'PUT',
          json: { ...peerResearch, id: consentId },
        }),
        201,
      );
      const a = consentRecord({
        consentId,
        payment: { method: 'cash' },
        accessNeeds: 'A quiet room',
        credit: { credit: 'full', name: 'Ada Lovelace', livedExperience: true },
      });
      const b = consentRecord({ consentId, payment: { method: 'bank' }, accessNeeds: '' });
      const d = consentRecord({ consentId, payment: { method: 'none' }, accessNeeds: '=1+2' });
      const e = consentRecord({ consentId, payment: { method: 'voucher' } });
      for (const r of [a, b, d, e]) ok(await send(suite.url, '/v1/consent', r), 201);
      ok(
        await send(suite.url, '/v1/consent', withdrawal(b, { all: true, statements: ['read', 'audio', 'quotes'] })),
        201,
      );
      ok(await send(suite.url, '/v1/consent', withdrawal(d, { statements: ['audio'] })), 201);
      assert.equal((await admin(suite.url, `/consent/${e.id}`, { method: 'DELETE' })).status, 204);

      const res = await admin(suite.url, `/consent?consentId=${consentId}&format=csv`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
      const [head, ...rows] = parseCsv(res.text);
      const statements = peerResearch.statements.map((s: Json) => s.short ?? s.text);
      assert.deepEqual(head, [
        'Reference',
        'Consent',
        'Version',
        'Received',
        'How consent was taken',
        ...statements,
        'Access needs',
        'Payment',
        'Credit',
        'Contact',
        'Withdrawn from everything',
        'Erased',
        'Record id',
      ]);
      const col = (name: string) => head!.indexOf(name);
      const row = (r: Json) => rows.find((x) => x.at(-1) === r.id)!;
      assert.equal(row(a)[col('Recording my voice')], 'Yes');
      assert.equal(row(a)[col('Quoting my words in the report')], 'No');
      assert.equal(row(a)[col('Payment')], 'Cash');
      assert.equal(row(a)[col('Access needs')], 'A quiet room');
      assert.equal(row(a)[col('Credit')], 'Full name: Ada Lovelace (with lived experience)');
      assert.equal(row(b)[col('Withdrawn from everything')], 'Yes');
      assert.equal(row(b)[col('Recording my voice')], 'No (withdrawn)');
      assert.equal(row(d)[col('Recording my voice')], 'No (withdrawn)');
      assert.equal(row(d)[col('Payment')], 'Does not want paying');
      assert.equal(row(d)[col('Access needs')], "'=1+2", 'formula made harmless');
      assert.equal(row(e)[col('Erased')], 'Yes');
      assert.equal(row(e)[col('Payment')], '');
      // JSON stays as it was.
      const json = await admin(suite.url, `/consent?consentId=${consentId}`);
      assert.equal(json.json.count, 4);
    });

    it('counts each project on the overview', async () => {
      ok(
        await admin(suite.url, '/forms/lonely-form', {
          method: 'PUT',
          json: { ...clubV1('lonely-form'), title: 'Nobody links me' },
        }),
        201,
      );
      const res = await admin(suite.url, '/overview');
      assert.equal(res.status, 200, res.text);
      const p = res.json.projects.find((x: Json) => x.projectId === projectId);
      assert.deepEqual(p, {
        projectId,
        name: 'Youth club',
        consentId,
        forms: [{ formId, title: 'Youth club 2026', versions: ['1', '2'], responses: 4, responsesThisWeek: 4 }],
        // a (cash, needs), b (withdrawn from everything), d (partly withdrawn, no payment wanted), e erased.
        consent: { current: 2, withdrawals: 2, accessNeeds: 2, paymentsDue: 1 },
      });
      assert.deepEqual(res.json.otherForms, [
        { formId: 'lonely-form', title: 'Nobody links me', versions: ['1'], responses: 0, responsesThisWeek: 0 },
      ]);
    });

    it('turns a theme into "you said" links', async () => {
      const panelId = `club-panel-${engine}`;
      const panel = {
        title: 'You said, we did',
        items: [{ id: 'bus', youSaid: 'The bus is late.', status: 'planned' }],
      };
      ok(await admin(suite.url, `/impact/${panelId}`, { method: 'PUT', json: panel }), 201);
      const theme = await newTheme('Late buses');
      ok(await tag(theme, { feedbackId: s0.id, questionId: 'story' }), 201);
      ok(await tag(theme, { feedbackId: s0.id, questionId: 'help' }), 201);
      ok(await tag(theme, { feedbackId: s3.id }), 201);
      const from = (json: Json, item = 'bus') =>
        admin(suite.url, `/impact/${panelId}/items/${item}/links/from-theme`, { method: 'POST', json });
      const res = await from({ projectId, themeId: theme });
      assert.deepEqual([res.status, res.json], [200, { linked: 3, already: 0 }]);
      assert.deepEqual((await from({ projectId, themeId: theme })).json, { linked: 0, already: 3 });
      const links = (await admin(suite.url, `/impact/${panelId}/links`)).json.links;
      assert.deepEqual(
        links.map((l: Json) => [l.feedbackId, l.questionId ?? '']).sort(),
        [
          [s0.id, 'help'],
          [s0.id, 'story'],
          [s3.id, ''],
        ].sort(),
      );
      assert.equal((await request(`${suite.url}/v1/impact/${panelId}`)).json.items[0].raisedBy, 2, 'two people');
      assert.equal((await from({ projectId, themeId: theme }, 'nope')).status, 404);
      assert.equal((await from({ projectId: 'other', themeId: theme })).status, 404);
      assert.equal(
        (
          await admin(suite.url, `/impact/no-panel/items/bus/links/from-theme`, {
            method: 'POST',
            json: { projectId, themeId: theme },
          })
        ).status,
        404,
      );
    });

    it('erasing a response removes its tags', async () => {
      const theme = await newTheme('To erase');
      ok(await tag(theme, { feedbackId: s3.id }), 201);
      ok(await tag(theme, { feedbackId: s0.id, questionId: 'story' }), 201);
      assert.equal((await admin(suite.url, `/feedback/${s3.id}`, { method: 'DELETE' })).status, 204);
      const left = (await admin(suite.url, `${themes}/${theme}/tags`)).json.tags.map((t: Json) => t.feedbackId);
      assert.deepEqual(left, [s0.id]);
      const rows = await suite.db.storage.query('select * from feedback_tags where feedback_id = $1', [s3.id]);
      assert.equal(rows.length, 0);
      assert.equal((await admin(suite.url, themes)).json.themes.find((t: Json) => t.id === theme).count, 1);
    });

    it('previews credits exactly as they will be served once published', async () => {
      const r = consentRecord({ consentId, credit: { credit: 'pseudonym', pseudonym: 'Riverside Rae' } });
      ok(await send(suite.url, '/v1/consent', r), 201);
      ok(
        await admin(suite.url, `/consent/${r.id}/roles`, { method: 'PUT', json: { roles: ['peer-researcher'] } }),
        200,
      );
      const draft = {
        title: 'Ignored: the project names its own title',
        contributors: [
          { credit: 'full', name: 'Grace Hopper', roles: ['advisor'], organisation: 'Navy' },
          { credit: 'initials', name: 'Ada Lovelace' },
          { credit: 'hidden', name: 'Nobody Shown' },
        ],
      };
      const before = await request(`${suite.url}/v1/credits/${projectId}`);
      const preview = await admin(suite.url, `/projects/${projectId}/credits/preview`, { method: 'POST', json: draft });
      assert.equal(preview.status, 200, preview.text);
      assert.equal(preview.json.title, 'Who made this');
      assert.ok(!preview.text.includes('Nobody Shown'), 'hidden people are left out');
      assert.ok(preview.text.includes('Riverside Rae'), 'consent-derived entries are in it');
      assert.ok(!preview.text.includes('Grace Hopper') || before.text !== preview.text);
      // Nothing stored: the public credits are as before.
      assert.equal((await request(`${suite.url}/v1/credits/${projectId}`)).text, before.text);
      ok(await admin(suite.url, `/credits/${projectId}`, { method: 'PUT', json: draft }), 200, 201);
      const served = await request(`${suite.url}/v1/credits/${projectId}`);
      assert.equal(served.status, 200);
      assert.deepEqual(served.json, preview.json);
      assert.equal(served.text, JSON.stringify(preview.json));
      const bad = await admin(suite.url, `/projects/${projectId}/credits/preview`, {
        method: 'POST',
        json: { contributors: [{ credit: 'full' }] },
      });
      assert.equal(bad.status, 400);
    });
  });
}
