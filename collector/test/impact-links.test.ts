// "You said, we did" fed by feedback: staff link submissions (or single answers) to impact items,
// and the published panel counts them ("raised by"), with no personal data. On both engines.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Store } from '../src/index.js';
import { ENGINES, stopPostgres } from './helpers/engines.js';
import { collectorFor } from './helpers/running.js';
import { admin, feedback, impactPanel, ORIGIN, request, send } from './helpers/data.js';

after(() => stopPostgres());

const panel = (extra: Record<string, unknown> = {}) =>
  impactPanel({
    id: 'typed',
    youSaid: 'The room is cold.',
    status: 'planned',
    raisedBy: 12,
    raisedAt: '2025-11-02T10:00:00Z',
    updatedAt: '2025-12-01T10:00:00Z',
    ...extra,
  });

const iso = (v: unknown) => new Date(v as string).toISOString();

for (const engine of ENGINES) {
  describe(`impact links on ${engine}`, () => {
    const suite = collectorFor(engine);
    const link = (panelId: string, itemId: string, json: Record<string, unknown>) =>
      admin(suite.url, `/impact/${panelId}/items/${encodeURIComponent(itemId)}/links`, { method: 'POST', json });
    const unlink = (panelId: string, itemId: string, query: string) =>
      admin(suite.url, `/impact/${panelId}/items/${encodeURIComponent(itemId)}/links?${query}`, { method: 'DELETE' });
    const read = (panelId: string, headers: Record<string, string> = {}) =>
      request(`${suite.url}/v1/impact/${panelId}`, { headers });
    const item = async (panelId: string, id: string) => (await read(panelId)).json.items.find((i: any) => i.id === id);
    /** A stored submission, sent as the kit sends it. */
    const submitted = async (over: Record<string, unknown> = {}) => {
      const body = feedback(over);
      assert.equal((await send(suite.url, '/v1/feedback', body)).status, 201);
      return body;
    };
    const publish = async (panelId: string, body: unknown = panel()) => {
      const res = await admin(suite.url, `/impact/${panelId}`, { method: 'PUT', json: body });
      assert.ok([200, 201].includes(res.status), res.text);
      return res;
    };

    it('counts distinct linked submissions as "raised by": two answers of one submission count once', async () => {
      await publish('count');
      const a = await submitted();
      const b = await submitted();
      const first = await link('count', 'hours', { feedbackId: a.id, questionId: 'area' });
      assert.equal(first.status, 201);
      assert.deepEqual(first.json, { panelId: 'count', itemId: 'hours', feedbackId: a.id, questionId: 'area' });
      assert.equal(
        (await link('count', 'hours', { feedbackId: a.id, questionId: 'area' })).status,
        200,
        'the same link again',
      );
      assert.equal((await link('count', 'hours', { feedbackId: a.id, questionId: 'feeling' })).status, 201);
      assert.equal((await link('count', 'hours', { feedbackId: a.id })).status, 201);
      assert.equal((await link('count', 'hours', { feedbackId: b.id, questionId: 'area' })).status, 201);
      assert.equal((await link('count', 'halal', { feedbackId: b.id })).status, 201);
      const res = await read('count', { origin: ORIGIN });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      const [hours, halal, typed] = res.json.items;
      assert.equal(hours.raisedBy, 2);
      assert.equal(halal.raisedBy, 1);
      assert.equal(typed.raisedBy, 12, 'an item without links is not counted: it keeps what staff typed');
      // Staff see every link (4 on hours, 1 on halal).
      const listed = await admin(suite.url, '/impact/count/links');
      assert.equal(listed.status, 200);
      assert.equal(listed.json.count, 5);
      assert.deepEqual(
        listed.json.links
          .filter((l: any) => l.itemId === 'hours' && l.feedbackId === a.id)
          .map((l: any) => l.questionId ?? '')
          .sort(),
        ['', 'area', 'feeling'],
      );
      assert.ok(listed.json.links.every((l: any) => l.inPanel === true));
    });

    it('raisedAt is the earliest linked submittedAt; updatedAt the later of publish time and last link change', async () => {
      const published = await publish('dates');
      assert.equal(published.status, 201);
      const late = await submitted({ submittedAt: '2026-03-14T10:22:05.120Z' });
      const early = await submitted({ submittedAt: '2026-02-01T09:00:00+01:00' });
      await link('dates', 'hours', { feedbackId: late.id });
      let hours = await item('dates', 'hours');
      assert.equal(hours.raisedAt, '2026-03-14T10:22:05.120Z');
      await link('dates', 'hours', { feedbackId: early.id, questionId: 'area' });
      hours = await item('dates', 'hours');
      assert.equal(hours.raisedAt, '2026-02-01T08:00:00.000Z');
      const [changed] = await suite.db.storage.query<{ changed_at: Date }>(
        "select changed_at from impact_item_changes where panel_id = 'dates' and item_id = 'hours'",
      );
      const [pub] = await suite.db.storage.query<{ updated_at: Date }>(
        "select updated_at from published where kind = 'impact' and key = 'dates'",
      );
      assert.equal(hours.updatedAt, iso(changed!.changed_at));
      assert.ok(hours.updatedAt >= iso(pub!.updated_at));
      assert.equal((await item('dates', 'halal')).updatedAt, undefined, 'an item never linked keeps no updatedAt');
      // Publishing the panel again is a later change.
      await new Promise((r) => setTimeout(r, 5));
      await publish('dates');
      const [again] = await suite.db.storage.query<{ updated_at: Date }>(
        "select updated_at from published where kind = 'impact' and key = 'dates'",
      );
      hours = await item('dates', 'hours');
      assert.equal(hours.updatedAt, iso(again!.updated_at));
      assert.equal(hours.raisedAt, '2026-02-01T08:00:00.000Z', 'links outlive a new publish of the same item');
      assert.equal(
        new Date((await read('dates')).headers.get('last-modified')!).getTime(),
        Math.floor(new Date(hours.updatedAt).getTime() / 1000) * 1000,
      );
    });

    it('unlinking lowers the count and moves updatedAt; unlinking what is not linked is 404', async () => {
      await publish('unlink');
      const a = await submitted({ submittedAt: '2026-01-01T00:00:00Z' });
      const b = await submitted({ submittedAt: '2026-03-01T00:00:00Z' });
      await link('unlink', 'hours', { feedbackId: a.id, questionId: 'area' });
      await link('unlink', 'hours', { feedbackId: a.id, questionId: 'feeling' });
      await link('unlink', 'hours', { feedbackId: b.id });
      let hours = await item('unlink', 'hours');
      assert.equal(hours.raisedBy, 2);
      assert.equal(hours.raisedAt, '2026-01-01T00:00:00.000Z');
      const before = hours.updatedAt;
      await new Promise((r) => setTimeout(r, 5));
      // One answer of a: a still counts through the other.
      assert.equal((await unlink('unlink', 'hours', `feedbackId=${a.id}&questionId=area`)).status, 204);
      hours = await item('unlink', 'hours');
      assert.equal(hours.raisedBy, 2);
      assert.ok(hours.updatedAt > before, 'an unlink is a change to the item');
      // Without questionId, every link of the submission to the item goes.
      assert.equal((await unlink('unlink', 'hours', `feedbackId=${a.id}`)).status, 204);
      hours = await item('unlink', 'hours');
      assert.equal(hours.raisedBy, 1);
      assert.equal(hours.raisedAt, '2026-03-01T00:00:00.000Z', 'raisedAt follows the links that are left');
      assert.equal((await unlink('unlink', 'hours', `feedbackId=${a.id}`)).status, 404);
      assert.equal((await unlink('unlink', 'hours', `feedbackId=${b.id}`)).status, 204);
      hours = await item('unlink', 'hours');
      assert.equal(hours.raisedBy, undefined);
      assert.equal(hours.raisedAt, undefined);
      assert.ok(hours.updatedAt, 'the last unlink still dates the item');
      assert.equal((await admin(suite.url, '/impact/unlink/links')).json.count, 0);
    });

    it('the ETag follows the built body: it changes with links, and If-None-Match gives 304', async () => {
      const put = await publish('etag');
      const plain = await read('etag');
      assert.equal(
        plain.headers.get('etag'),
        put.headers.get('etag'),
        'without links the panel is served exactly as published',
      );
      assert.deepEqual(plain.json, panel());
      assert.match(plain.headers.get('cache-control') ?? '', /^public, max-age=\d+, must-revalidate$/);
      const etag1 = plain.headers.get('etag')!;
      assert.equal((await read('etag', { 'if-none-match': etag1 })).status, 304);
      const a = await submitted();
      await link('etag', 'hours', { feedbackId: a.id });
      const linked = await read('etag', { 'if-none-match': etag1 });
      assert.equal(linked.status, 200, 'a new link is a new body');
      const etag2 = linked.headers.get('etag')!;
      assert.notEqual(etag2, etag1);
      assert.match(linked.headers.get('cache-control') ?? '', /^public, max-age=\d+, must-revalidate$/);
      const cached = await read('etag', { 'if-none-match': etag2 });
      assert.equal(cached.status, 304);
      assert.equal(cached.text, '');
      assert.equal(cached.headers.get('etag'), etag2);
      // Nothing changed: the same ETag again.
      assert.equal((await read('etag')).headers.get('etag'), etag2);
      await unlink('etag', 'hours', `feedbackId=${a.id}`);
      assert.equal((await read('etag', { 'if-none-match': etag2 })).status, 200);
    });

    it('answers 404 for an unknown panel, item or submission, and 400 for a question the submission did not answer', async () => {
      await publish('missing');
      const a = await submitted();
      const noPanel = await link('never-published', 'hours', { feedbackId: a.id });
      assert.equal(noPanel.status, 404);
      assert.equal(noPanel.json.field, 'panelId');
      const noItem = await link('missing', 'bus-times', { feedbackId: a.id });
      assert.equal(noItem.status, 404);
      assert.equal(noItem.json.field, 'itemId');
      const noFeedback = await link('missing', 'hours', { feedbackId: randomUUID() });
      assert.equal(noFeedback.status, 404);
      assert.equal(noFeedback.json.field, 'feedbackId');
      const noAnswer = await link('missing', 'hours', { feedbackId: a.id, questionId: 'not-asked' });
      assert.equal(noAnswer.status, 400);
      assert.equal(noAnswer.json.field, 'questionId');
      // "I'd rather not say" is not something to count.
      assert.equal((await link('missing', 'hours', { feedbackId: a.id, questionId: 'skipped' })).status, 400);
      const badId = await link('missing', 'hours', { feedbackId: 'not-a-uuid' });
      assert.equal(badId.status, 400);
      assert.equal(badId.json.field, 'feedbackId');
      assert.equal((await link('missing', 'hours', { feedbackId: a.id, extra: 1 })).status, 400);
      assert.equal((await admin(suite.url, '/impact/never-published/links')).status, 404);
      assert.equal((await unlink('missing', 'hours', 'questionId=area')).status, 400, 'feedbackId is needed to unlink');
      // Admin only.
      const anonymous = await request(`${suite.url}/v1/admin/impact/missing/items/hours/links`, {
        method: 'POST',
        json: { feedbackId: a.id },
      });
      assert.equal(anonymous.status, 401);
      assert.equal((await request(`${suite.url}/v1/admin/impact/missing/links`)).status, 401);
      assert.equal((await admin(suite.url, '/impact/missing/links')).json.count, 0, 'nothing was linked');
    });

    it('feedback deleted by retention or erasure leaves the count, and its links are gone', async () => {
      await publish('gone');
      const old = await submitted({ submittedAt: '2025-01-01T00:00:00Z' });
      const erased = await submitted({ submittedAt: '2026-01-01T00:00:00Z' });
      const kept = await submitted({ submittedAt: '2026-02-01T00:00:00Z' });
      for (const f of [old, erased, kept])
        assert.equal((await link('gone', 'hours', { feedbackId: f.id, questionId: 'area' })).status, 201);
      await link('gone', 'halal', { feedbackId: old.id });
      assert.equal((await item('gone', 'hours')).raisedBy, 3);
      const before = (await item('gone', 'hours')).updatedAt;
      await suite.db.storage.query("update feedback set received_at = now() - interval '400 days' where id = $1", [
        old.id,
      ]);
      assert.equal(await new Store(suite.db.storage).applyRetention(365), 1);
      let hours = await item('gone', 'hours');
      assert.equal(hours.raisedBy, 2);
      assert.equal(hours.raisedAt, '2026-01-01T00:00:00.000Z');
      assert.equal(hours.updatedAt, before, 'a deletion by retention does not date the item');
      const halal = await item('gone', 'halal');
      assert.equal(halal.raisedBy, undefined);
      // Erasure deletes the submission (DELETE /v1/admin/feedback/:id).
      await suite.db.storage.query('delete from feedback where id = $1', [erased.id]);
      hours = await item('gone', 'hours');
      assert.equal(hours.raisedBy, 1);
      const left = await suite.db.storage.query<{ feedback_id: string }>('select feedback_id from impact_links');
      assert.ok(
        !left.some((l) => l.feedback_id === old.id || l.feedback_id === erased.id),
        'links of deleted feedback are kept',
      );
      assert.ok(left.some((l) => l.feedback_id === kept.id));
      assert.equal(
        (await link('gone', 'hours', { feedbackId: erased.id })).status,
        404,
        'deleted feedback cannot be linked',
      );
    });

    it('the published panel holds counts and dates only: no feedback id, answer or question', async () => {
      await publish('private');
      const a = await submitted({
        answers: {
          doing: 'Looking for the Thursday opening times',
          contact: { method: 'phone', details: '07700 900456' },
        },
      });
      await link('private', 'hours', { feedbackId: a.id, questionId: 'doing' });
      await link('private', 'halal', { feedbackId: a.id });
      const res = await read('private');
      assert.equal(res.json.items[0].raisedBy, 1);
      for (const secret of [
        a.id,
        'Thursday opening',
        '07700',
        'doing',
        'feedbackId',
        'questionId',
        'homewood-food-2026',
        a.meta.page,
      ]) {
        assert.ok(!res.text.includes(secret), `the published panel shows ${secret}`);
      }
      // Each item gains exactly the three fields, and nothing else.
      const added = res.json.items.map((i: any, n: number) =>
        Object.keys(i)
          .filter((k) => !(k in panel().items[n]!))
          .sort(),
      );
      assert.deepEqual(added, [['raisedAt', 'raisedBy', 'updatedAt'], ['raisedAt', 'raisedBy', 'updatedAt'], []]);
    });

    it('where there are links, the counted values replace what staff typed; without links what staff typed stays', async () => {
      await publish('typed');
      let typed = await item('typed', 'typed');
      assert.equal(typed.raisedBy, 12, 'a count staff typed (from paper forms, say) stays while nothing is linked');
      assert.equal(typed.raisedAt, '2025-11-02T10:00:00Z');
      assert.equal(typed.updatedAt, '2025-12-01T10:00:00Z');
      const a = await submitted({ submittedAt: '2026-03-01T12:00:00Z' });
      await link('typed', 'typed', { feedbackId: a.id });
      typed = await item('typed', 'typed');
      assert.equal(typed.raisedBy, 1, 'the links count wins over the typed count');
      assert.equal(typed.raisedAt, '2026-03-01T12:00:00.000Z');
      assert.ok(typed.updatedAt > '2026-01-01', 'updatedAt is counted, not typed');
    });

    it('links to an item the panel no longer has stay listed, do not count, and count again when it is back', async () => {
      await publish('moved');
      const a = await submitted();
      await link('moved', 'halal', { feedbackId: a.id });
      const without = panel();
      without.items = without.items.filter((i) => i.id !== 'halal');
      await publish('moved', without);
      const res = await read('moved');
      assert.ok(!res.json.items.some((i: any) => i.id === 'halal'));
      assert.deepEqual(
        res.json.items.map((i: any) => i.raisedBy),
        [undefined, 12],
        'the link to the missing item counts nowhere',
      );
      const listed = await admin(suite.url, '/impact/moved/links');
      assert.equal(listed.json.links[0].inPanel, false);
      assert.equal(
        (await link('moved', 'halal', { feedbackId: a.id })).status,
        404,
        'no new links to an item not in the panel',
      );
      await publish('moved');
      assert.equal((await item('moved', 'halal')).raisedBy, 1);
    });
  });
}
