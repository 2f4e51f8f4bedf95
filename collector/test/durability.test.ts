// The real server process, killed with SIGKILL while it is taking submissions, then started
// again: every submission that was answered 2xx is there, and none is there twice. Also: SIGTERM
// lets requests finish and exits cleanly.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINES, openEngine, stopPostgres } from './helpers/engines.js';
import { admin, feedback, request, send } from './helpers/data.js';
import { exited, startServer } from './helpers/server.js';

after(() => stopPostgres());

for (const engine of ENGINES) {
  describe(`durability on ${engine}`, () => {
    it('SIGKILL under load loses no answered submission and stores none twice', async () => {
      const db = await openEngine(engine, false);
      try {
        let server = await startServer(db.settings);
        const acked = new Set<string>();
        const unanswered = new Map<string, Record<string, unknown>>();
        let stop = false;
        // 16 clients sending as fast as the server answers, until the kill.
        const client = async () => {
          while (!stop) {
            const body = feedback();
            unanswered.set(body.id, body);
            try {
              const res = await send(server.url, '/v1/feedback', body);
              if (res.status === 201 || res.status === 200) {
                acked.add(body.id);
                unanswered.delete(body.id);
              }
            } catch {
              return; // the connection died with the process
            }
          }
        };
        const clients = Array.from({ length: 16 }, client);
        // Kill once a good number of rows are in, with requests still in flight.
        while (acked.size < 300) await new Promise((r) => setTimeout(r, 10));
        server.child.kill('SIGKILL');
        stop = true;
        await Promise.all(clients);
        await exited(server.child);
        assert.equal(server.child.signalCode, 'SIGKILL');

        server = await startServer(db.settings);
        try {
          const res = await admin(server.url, '/feedback?limit=100000');
          assert.equal(res.status, 200);
          const ids: string[] = res.json.items.map((i: any) => i.submission.id);
          const stored = new Set(ids);
          assert.equal(ids.length, stored.size, 'a submission is stored twice');
          const lost = [...acked].filter((id) => !stored.has(id));
          assert.deepEqual(lost, [], `${lost.length} of ${acked.size} answered submissions were lost`);
          // Anything else stored was in flight at the kill; nothing appeared from nowhere.
          for (const id of stored) assert.ok(acked.has(id) || unanswered.has(id));
          // The outbox sends again whatever got no answer: each is taken once (201) or recognised (200).
          for (const body of unanswered.values()) {
            const again = await send(server.url, '/v1/feedback', body);
            assert.ok(again.status === 201 || again.status === 200, String(again.status));
            assert.equal(again.status === 200, stored.has(String(body.id)));
          }
          // And every answered one is recognised as already stored.
          const sample = [...acked].slice(0, 50);
          const stored2 = (await admin(server.url, '/feedback?limit=100000')).json.items;
          const byId = new Map(stored2.map((i: any) => [i.submission.id, i.submission]));
          for (const id of sample)
            assert.equal((await send(server.url, '/v1/feedback', byId.get(id) as any)).status, 200);
        } finally {
          server.child.kill('SIGKILL');
          await exited(server.child);
        }
      } finally {
        await db.close();
      }
    });

    it('SIGTERM finishes the requests in progress and exits with 0', async () => {
      const db = await openEngine(engine, false);
      try {
        const server = await startServer(db.settings);
        const inFlight = Promise.allSettled(
          Array.from({ length: 20 }, () => send(server.url, '/v1/feedback', feedback())),
        );
        await new Promise((r) => setTimeout(r, 5));
        server.child.kill('SIGTERM');
        await exited(server.child);
        assert.equal(server.child.exitCode, 0, server.output());
        const results = await inFlight;
        // Each request either got its answer, a 503 (closing: the kit retries), or never reached the server.
        for (const r of results)
          if (r.status === 'fulfilled') assert.ok([201, 503].includes(r.value.status), String(r.value.status));
        // The embedded database was closed cleanly: it opens again at once, with those rows.
        const again = await startServer(db.settings);
        try {
          const res = await request(`${again.url}/readyz`);
          assert.equal(res.status, 200);
          const stored = (await admin(again.url, '/feedback')).json.count;
          assert.ok(stored >= results.filter((r) => r.status === 'fulfilled' && r.value.status === 201).length);
        } finally {
          again.child.kill('SIGTERM');
          await exited(again.child);
        }
      } finally {
        await db.close();
      }
    });
  });
}
