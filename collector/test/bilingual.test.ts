// Definitions whose words are in several languages ({ "cy": "…", "en": "…" }): the collector
// accepts them with the widgets' own schemas, rejects words keyed by something that is not a
// language code (400, as for any body the schema refuses), and shows staff the first language in exports and results.
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, consentRecord, feedback, request, send } from './helpers/data.js';

after(() => stopPostgres());

type Json = Record<string, any>;
const story = (path: string): Json =>
  JSON.parse(readFileSync(new URL(`../../stories/data/${path}`, import.meta.url), 'utf8'));
const peerResearch = story('consent/peer-research.json');

/** A form in Welsh first, then English. */
const welshForm = (id: string, over: Json = {}): Json => ({
  id,
  version: 1,
  title: { cy: 'Ffurflen fach', en: 'A small form' },
  intro: { cy: 'Diolch am ateb.', en: 'Thank you for answering.' },
  questions: [
    {
      id: 'colour',
      type: 'single',
      label: { cy: 'Pa liw?', en: 'Which colour?' },
      hint: { cy: 'Dewiswch un', en: 'Choose one' },
      options: [
        { id: 'red', label: { cy: 'Coch', en: 'Red' } },
        { id: 'blue', label: { cy: 'Glas', en: 'Blue' } },
      ],
    },
    {
      id: 'days',
      type: 'multi',
      label: { cy: 'Pa ddyddiau?', en: 'Which days?' },
      options: [{ id: 'mon', label: { cy: 'Dydd Llun', en: 'Monday' } }],
      noneOption: { cy: 'Dim un o’r rhain', en: 'None of these' },
    },
    {
      id: 'score',
      type: 'rating',
      label: 'Score',
      scale: { min: 1, max: 3, labels: { '1': { cy: 'Gwael', en: 'Poor' }, '3': { cy: 'Da', en: 'Good' } } },
    },
  ],
  ...over,
});

/** CSV text as rows of cells (no quoted commas in these tests' cells). */
const rowsOf = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(','));

for (const engine of ENGINES) {
  describe(`bilingual definitions on ${engine}`, () => {
    const suite = collectorFor(engine);

    it('accepts a bilingual form, serves it as given, and labels its CSV and results in its first language', async () => {
      const def = welshForm('dwyieithog');
      const put = await admin(suite.url, '/forms/dwyieithog', { method: 'PUT', json: def });
      assert.equal(put.status, 201, put.text);
      const served = await request(`${suite.url}/v1/forms/dwyieithog`);
      assert.deepEqual(served.json.title, { cy: 'Ffurflen fach', en: 'A small form' });

      const sent = feedback({
        formId: 'dwyieithog',
        formVersion: 1,
        locale: 'cy',
        answers: { colour: 'blue', days: [], score: 3 },
        flags: [],
      });
      assert.equal((await send(suite.url, '/v1/feedback', sent)).status, 201);

      const csv = await admin(suite.url, '/feedback?formId=dwyieithog&format=csv');
      assert.equal(csv.status, 200);
      const [head, row] = rowsOf(csv.text);
      assert.deepEqual(head!.slice(3, 6), ['Pa liw?', 'Pa ddyddiau?', 'Score']);
      assert.deepEqual(row!.slice(3, 6), ['Glas', 'Dim un o’r rhain', '3']);
      assert.ok(!csv.text.includes('[object Object]'), csv.text);

      const results = await admin(suite.url, '/forms/dwyieithog/results');
      assert.equal(results.status, 200, results.text);
      assert.equal(results.json.title, 'Ffurflen fach');
      assert.ok(!results.text.includes('[object Object]'), results.text);
      const colour = results.json.questions.find((q: Json) => q.id === 'colour');
      assert.equal(colour.label, 'Pa liw?');
      assert.deepEqual(colour.options.map((o: Json) => o.label).slice(0, 2), ['Coch', 'Glas']);
      const score = results.json.questions.find((q: Json) => q.id === 'score');
      assert.deepEqual(
        score.ratings.map((p: Json) => p.label),
        ['1 – Gwael', '2', '3 – Da'],
      );

      const overview = await admin(suite.url, '/overview');
      assert.equal(overview.status, 200, overview.text);
      assert.ok(overview.text.includes('Ffurflen fach'), overview.text);
    });

    it('rejects words keyed by something that is not a language code, or no language at all (400)', async () => {
      const badKey = await admin(suite.url, '/forms/bad-key', {
        method: 'PUT',
        json: welshForm('bad-key', { title: { 'EN!': 'x' } }),
      });
      assert.equal(badKey.status, 400, badKey.text);
      assert.match(badKey.json.field, /^title/);
      const empty = await admin(suite.url, '/forms/empty-words', {
        method: 'PUT',
        json: welshForm('empty-words', { title: {} }),
      });
      assert.equal(empty.status, 400, empty.text);
      assert.equal(empty.json.field, 'title');
      const blank = welshForm('blank-words');
      blank.questions[0].options[0].label = { cy: '', en: 'Red' };
      const blankPut = await admin(suite.url, '/forms/blank-words', { method: 'PUT', json: blank });
      assert.equal(blankPut.status, 400, blankPut.text);
      assert.equal(blankPut.json.field, 'questions[0].options[0].label.cy');
      // Ids are not words: they stay plain strings.
      const id = await admin(suite.url, '/forms/bad-id', {
        method: 'PUT',
        json: welshForm('bad-id', { id: { en: 'bad-id' } }),
      });
      assert.equal(id.status, 400, id.text);
    });

    it('accepts a bilingual consent definition and heads the consent CSV with its first language', async () => {
      const consentId = `dwyieithog-${engine}`;
      const statements = peerResearch.statements.map((s: Json) => ({
        ...s,
        text: { cy: `CY ${s.text}`, en: s.text },
        ...(s.short && { short: { cy: `CY ${s.short}`, en: s.short } }),
      }));
      const def = {
        ...peerResearch,
        id: consentId,
        title: { cy: 'Ymchwil gan gymheiriaid', en: peerResearch.title },
        statements,
      };
      const put = await admin(suite.url, `/consent-definitions/${consentId}`, { method: 'PUT', json: def });
      assert.equal(put.status, 201, put.text);
      const bad = await admin(suite.url, `/consent-definitions/${consentId}-bad`, {
        method: 'PUT',
        json: { ...def, id: `${consentId}-bad`, title: { 'EN!': 'x' } },
      });
      assert.equal(bad.status, 400, bad.text);

      assert.equal((await send(suite.url, '/v1/consent', consentRecord({ consentId, locale: 'cy' }))).status, 201);
      const csv = await admin(suite.url, `/consent?consentId=${consentId}&format=csv`);
      assert.equal(csv.status, 200);
      const [head] = rowsOf(csv.text);
      const words = peerResearch.statements.map((s: Json) => `CY ${s.short ?? s.text}`);
      for (const w of words) assert.ok(csv.text.split('\r\n')[0]!.includes(w), `${w} in ${head}`);
      assert.ok(!csv.text.includes('[object Object]'), csv.text);
    });
  });
}
