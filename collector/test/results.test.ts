// The results of a form (issue 13, "Feedback results"): pure summary functions over a fixture
// definition and submissions, then GET /v1/admin/forms/:formId/results over HTTP on both engines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerMatches,
  freeTextsOf,
  hasAnswer,
  percentOf,
  questionsFromAnswers,
  responsesOverTime,
  summarise,
  type QuestionSummary,
} from '../src/results/index.js';
import type { FeedbackDefinition } from '../../src/contract/feedback.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, send } from './helpers/data.js';
import { clubResponses, clubV1, clubV2, submission } from './helpers/club-form.js';

after(() => stopPostgres());

type Json = Record<string, any>;
const rowsOf = (subs: Json[]) => subs.map((submission) => ({ receivedAt: '2026-03-05T00:00:00.000Z', submission }));
const byVersion = (s: Json): FeedbackDefinition => (s.formVersion === 1 ? clubV1() : clubV2());
const q = (questions: QuestionSummary[], id: string) => questions.find((x) => x.id === id)!;
const counts = (rows: { value: unknown; count: number; percent: number }[] = []) =>
  rows.map((r) => [r.value, r.count, r.percent]);

describe('results: pure summaries', () => {
  const subs = clubResponses();
  const results = summarise(rowsOf(subs), clubV2(), byVersion);

  it('counts responses, and per UTC day with the empty days filled in', () => {
    assert.equal(results.count, 4);
    assert.deepEqual(results.overTime, [
      { date: '2026-03-01', count: 2 },
      { date: '2026-03-02', count: 0 },
      { date: '2026-03-03', count: 0 },
      { date: '2026-03-04', count: 2 },
    ]);
    assert.deepEqual(responsesOverTime([]), []);
  });

  it('lists the questions of the definition with their labels, the feeling question apart', () => {
    assert.deepEqual(
      results.questions.map((x) => [x.id, x.label, x.type]),
      [
        ['area', 'Where do you live?', 'single'],
        ['help', 'What would help?', 'multi'],
        ['score', 'How good was the club?', 'rating'],
        ['again', 'Would you come again?', 'yesNo'],
        ['story', 'Tell us more', 'longText'],
        ['reach', 'Can we contact you?', 'contact'],
      ],
    );
  });

  it('shows "prefer not to say" and "skipped" apart from answers, with option labels and percentages', () => {
    const area = q(results.questions, 'area');
    assert.deepEqual([area.seen, area.answered, area.preferNotToSay, area.skipped], [4, 3, 1, 0]);
    assert.equal(area.preferNotToSayPercent, 25);
    assert.deepEqual(
      area.options!.map((o) => [o.value, o.label, o.count, o.percent]),
      [
        ['north', 'North side', 2, 50],
        ['south', 'South side', 1, 25],
      ],
    );
    const help = q(results.questions, 'help');
    assert.deepEqual(
      [help.seen, help.answered, help.preferNotToSay, help.skipped, help.skippedPercent],
      [4, 3, 0, 1, 25],
    );
    assert.deepEqual(
      help.options!.map((o) => [o.value, o.label, o.count]),
      [
        ['bus', 'A later bus', 1],
        ['food', 'Hot food', 2],
        [':none', 'Nothing', 1],
      ],
    );
  });

  it('counts only the responses whose version asked the question', () => {
    const again = q(results.questions, 'again');
    assert.equal(again.seen, 3, 'version 1 did not ask it');
    assert.deepEqual(counts(again.options), [
      ['yes', 1, 33.3],
      ['no', 1, 33.3],
    ]);
    assert.deepEqual(
      again.options!.map((o) => o.label),
      ['Yes', 'No'],
      'the built-in words',
    );
    assert.equal(again.skipped, 1);
  });

  it('gives rating distributions with the words of each point, and the average', () => {
    const score = q(results.questions, 'score');
    assert.deepEqual(
      score.ratings!.map((r) => [r.value, r.label, r.count]),
      [
        [1, '1 – Very poor', 0],
        [2, '2 – Poor', 0],
        [3, '3 – OK', 1],
        [4, '4 – Good', 1],
        [5, '5 – Very good', 1],
      ],
    );
    assert.equal(score.average, 4);
    assert.equal(score.skipped, 1);
    assert.equal(score.options, undefined);
  });

  it('lists free text with the response it came from, and never contact details', () => {
    const story = q(results.questions, 'story');
    assert.deepEqual(story.texts, [
      { feedbackId: subs[0]!.id, text: 'The bus is always late' },
      { feedbackId: subs[2]!.id, text: subs[2]!.answers.story },
    ]);
    const reach = q(results.questions, 'reach');
    assert.deepEqual(counts(reach.options), [
      ['email', 1, 33.3],
      ['phone', 0, 0],
      ['sms', 0, 0],
    ]);
    assert.ok(!JSON.stringify(results).includes('sam@example.org'));
  });

  it('counts how answering felt', () => {
    assert.deepEqual(
      results.feelings.map((f) => [f.value, f.label, f.count, f.percent]),
      [
        ['fine', 'Fine', 1, 33.3],
        ['mostly-fine', 'Mostly fine', 0, 0],
        ['uncomfortable', 'Uncomfortable', 0, 0],
        ['upsetting', 'Upsetting', 1, 33.3],
      ],
    );
    assert.equal(results.feelingSkipped, 1);
  });

  it('gives the flags of each question by reason, with the words people wrote', () => {
    const area = q(results.questions, 'area');
    assert.equal(area.flagged, 2);
    assert.deepEqual(area.flags, [
      {
        reason: 'upsetting',
        label: 'It is upsetting',
        count: 2,
        texts: [{ feedbackId: subs[0]!.id, text: 'Too personal' }],
      },
    ]);
    assert.deepEqual(q(results.questions, 'score').flags, [
      { reason: 'none', label: 'No reason given', count: 1, texts: [] },
    ]);
    assert.deepEqual(q(results.questions, 'help').flags, []);
  });

  it('lists answers the definition does not know by what was sent', () => {
    const odd = summarise(rowsOf([submission('club-2026', 2, '2026-03-01T10:00:00Z', { area: 'east' })]), clubV2());
    assert.deepEqual(counts(q(odd.questions, 'area').options), [
      ['north', 0, 0],
      ['south', 0, 0],
      ['east', 1, 100],
    ]);
  });

  it('without a definition, takes the questions from the answers', () => {
    const rows = rowsOf([
      submission('page-feedback', 1, '2026-03-01T10:00:00Z', { useful: 'no', why: { declined: true }, stars: 4 }),
      submission('page-feedback', 1, '2026-03-01T11:00:00Z', { useful: 'yes', why: 'Too long', tags: ['a'] }),
    ]);
    assert.deepEqual(
      questionsFromAnswers(rows).map((x) => [x.id, x.type]),
      [
        ['useful', 'text'],
        ['why', 'text'],
        ['stars', 'rating'],
        ['tags', 'multi'],
      ],
    );
    const r = summarise(rows, undefined);
    assert.deepEqual(
      q(r.questions, 'why').texts!.map((t) => t.text),
      ['Too long'],
    );
    assert.equal(q(r.questions, 'why').preferNotToSay, 1);
    assert.equal(q(r.questions, 'stars').average, 4);
  });

  it('rounds percentages to one decimal, and 0 of nothing is 0', () => {
    assert.equal(percentOf(1, 3), 33.3);
    assert.equal(percentOf(2, 3), 66.7);
    assert.equal(percentOf(0, 0), 0);
  });

  it('matches answers as the filter does: options, lists, ratings, contact methods and the special values', () => {
    assert.ok(answerMatches('north', 'north'));
    assert.ok(!answerMatches('north', 'south'));
    assert.ok(answerMatches(['bus', 'food'], 'food'));
    assert.ok(answerMatches([], ':none'));
    assert.ok(!answerMatches(['bus'], ':none'));
    assert.ok(answerMatches(4, '4'));
    assert.ok(answerMatches({ method: 'email', details: 'x' }, 'email'));
    assert.ok(answerMatches({ declined: true }, ':declined'));
    assert.ok(!answerMatches({ declined: true }, 'true'));
    assert.ok(answerMatches(undefined, ':skipped'));
    assert.ok(!answerMatches('north', ':skipped'));
    assert.ok(hasAnswer({ answers: { a: 'x' } }, 'a'));
    assert.ok(!hasAnswer({ answers: { a: { declined: true } } }, 'a'));
    // Free text only (option ids are not searched when the form is known), and flag words.
    assert.deepEqual(freeTextsOf(subs[0]!, clubV2()), ['The bus is always late', 'Too personal']);
    assert.deepEqual(freeTextsOf(subs[0]!), ['north', 'yes', 'The bus is always late', 'fine', 'Too personal']);
  });
});

for (const engine of ENGINES) {
  describe(`results over HTTP on ${engine}`, () => {
    const suite = collectorFor(engine);
    const subs = clubResponses('club-http');

    before(async () => {
      for (const def of [clubV1('club-http'), clubV2('club-http')]) {
        const res = await admin(suite.url, '/forms/club-http', { method: 'PUT', json: def });
        assert.equal(res.status, 201, res.text);
      }
      for (const s of subs) {
        const res = await send(suite.url, '/v1/feedback', s);
        assert.equal(res.status, 201, res.text);
      }
    });

    it('serves the summary with labels from the stored definition', async () => {
      const res = await admin(suite.url, '/forms/club-http/results');
      assert.equal(res.status, 200, res.text);
      const r = res.json;
      assert.equal(r.formId, 'club-http');
      assert.equal(r.title, 'Youth club 2026');
      assert.equal(r.version, '2');
      assert.deepEqual(r.versions, ['1', '2']);
      assert.equal(r.count, 4);
      // The same numbers as the pure function over the same responses.
      const expected = summarise(rowsOf(subs), clubV2('club-http'), (s) =>
        s.formVersion === 1 ? clubV1('club-http') : clubV2('club-http'),
      );
      assert.deepEqual(r.questions, JSON.parse(JSON.stringify(expected.questions)));
      assert.deepEqual(r.overTime, expected.overTime);
      assert.deepEqual(r.feelings, expected.feelings);
      const area = r.questions.find((x: Json) => x.id === 'area');
      assert.deepEqual([area.answered, area.preferNotToSay, area.skipped], [3, 1, 0]);
    });

    it('follows the filter: version, dates, an answer and text', async () => {
      const v1 = await admin(suite.url, '/forms/club-http/results?version=1');
      assert.equal(v1.json.count, 1);
      assert.equal(v1.json.version, '1');
      assert.equal(v1.json.title, 'Youth club');
      assert.deepEqual(
        v1.json.questions.map((x: Json) => x.id),
        ['area', 'help', 'score'],
      );
      const days = await admin(suite.url, '/forms/club-http/results?from=2026-03-02&to=2026-03-04');
      assert.equal(days.json.count, 2, days.text);
      const first = await admin(suite.url, '/forms/club-http/results?to=2026-03-01');
      assert.equal(first.json.count, 2);
      const north = await admin(suite.url, '/forms/club-http/results?question=area&answer=north');
      assert.equal(north.json.count, 2);
      const declined = await admin(suite.url, '/forms/club-http/results?question=area&answer=:declined');
      assert.equal(declined.json.count, 1);
      const text = await admin(suite.url, `/forms/club-http/results?q=${encodeURIComponent('ALWAYS late')}`);
      assert.equal(text.json.count, 1);
      assert.equal(text.json.questions.find((x: Json) => x.id === 'story').texts[0].feedbackId, subs[0]!.id);
    });

    it('says plainly what is wrong with a filter, and 404 for an unknown form', async () => {
      const bad = await admin(suite.url, '/forms/club-http/results?from=2026-02-30');
      assert.equal(bad.status, 400);
      assert.equal(bad.json.field, '?from');
      const half = await admin(suite.url, '/forms/club-http/results?question=area');
      assert.equal(half.status, 400);
      assert.equal(half.json.field, '?answer');
      const none = await admin(suite.url, '/forms/nobody-knows/results');
      assert.equal(none.status, 404);
      assert.match(none.json.error, /no form with this id/);
    });
  });
}
