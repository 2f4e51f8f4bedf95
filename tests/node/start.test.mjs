// `npm start` (scripts/start.mjs through scripts/lib/start-session.mjs), with a dummy Storybook
// (tests/node/fixtures/): with its ports taken it picks free ones, sends nothing to the program
// on the taken port, publishes only to its own collector, and leaves no process behind on Ctrl+C
// or when one side cannot start. Also run-together on its own, with small commands.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { groupAlive, running, runTogether } from '../../scripts/lib/run-together.mjs';
import { listeningUrl } from '../../scripts/lib/start-session.mjs';

const runner = fileURLToPath(new URL('./fixtures/start-session-runner.mjs', import.meta.url));

/** An HTTP server on a free port that counts the requests it gets, standing for another program. */
function dummyServer() {
  return new Promise((resolve) => {
    const requests = [];
    const server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.statusCode = 401;
      res.end();
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, requests }));
  });
}

/** Runs the session; `next(prefix)` resolves with the JSON (or text) after the first line starting with it. */
function session(args, env) {
  const child = spawn(process.execPath, [runner, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const waiting = [];
  const check = () => {
    for (const w of [...waiting]) {
      const line = lines.find((l) => l.startsWith(w.prefix));
      if (line) {
        waiting.splice(waiting.indexOf(w), 1);
        const rest = line.slice(w.prefix.length).trim();
        w.resolve(rest.startsWith('{') ? JSON.parse(rest) : rest);
      }
    }
  };
  createInterface({ input: child.stdout }).on('line', (l) => {
    lines.push(l);
    check();
  });
  createInterface({ input: child.stderr }).on('line', (l) => lines.push(l));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  exited.then(() => {
    for (const w of waiting.splice(0))
      w.reject(new Error(`the session ended before "${w.prefix}":\n${lines.join('\n')}`));
  });
  const next = (prefix) =>
    new Promise((resolve, reject) => {
      waiting.push({ prefix, resolve, reject });
      check();
    });
  return { child, lines, exited, next };
}

/** After a failed test: stops whatever the session left (each child leads its own process group). */
function killGroups(pids) {
  for (const pid of Object.values(pids ?? {})) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
}

/** Waits (without a fixed sleep) until `fn` is true, at most `ms`. */
async function eventually(fn, ms = 10_000) {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

describe('npm start', () => {
  let dir;
  let env;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-start-'));
    env = { ...process.env, COLLECTOR_DATA_DIR: join(dir, 'data') };
    delete env.COLLECTOR_ADMIN_TOKEN;
    delete env.COLLECTOR_PORT;
    delete env.STORYBOOK_PORT;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'with both ports taken, picks free ones, sends nothing to the other program, publishes to its own collector, and Ctrl+C leaves no process',
    { timeout: 180_000 },
    async () => {
      const storybookTaken = await dummyServer();
      const collectorTaken = await dummyServer();
      const run = session([String(storybookTaken.port), String(collectorTaken.port)], env);
      let pids;
      try {
        pids = await run.next('SESSION-PIDS');
        const storybook = await run.next('DUMMY-STORYBOOK');
        const published = await run.next('SESSION-PUBLISHED');
        const collectorPort = Number(new URL(published).port);

        assert.notEqual(storybook.port, storybookTaken.port);
        assert.notEqual(collectorPort, collectorTaken.port);
        assert.equal(
          storybook.collectorUrl,
          `http://localhost:${collectorPort}`,
          'Storybook was not told where the collector is',
        );
        assert.ok(
          run.lines.includes(`Port ${storybookTaken.port} is in use, so Storybook uses port ${storybook.port}.`),
          run.lines.join('\n'),
        );
        assert.ok(
          run.lines.includes(`Port ${collectorTaken.port} is in use, so the collector uses port ${collectorPort}.`),
          run.lines.join('\n'),
        );
        // Published to its own collector, which accepted it (the other program answers 401).
        assert.ok(
          run.lines.some((l) =>
            new RegExp(
              `^collector: ${published} \\(published the stories' impact panel and credits: 20\\d, 20\\d\\)$`,
            ).test(l),
          ),
          run.lines.join('\n'),
        );
        assert.ok(run.lines.some((l) => l.startsWith(`collector: admin token for this session: `)));
        assert.deepEqual(collectorTaken.requests, [], 'something was sent to the program on the taken port');
        assert.deepEqual(storybookTaken.requests, []);
        assert.ok(
          run.lines.every((l) => !l.includes(`:${collectorTaken.port}/`)),
          'the taken port appears in an address',
        );

        const all = [pids.Storybook, pids['the collector'], storybook.grandchild];
        assert.ok(all.every(running), 'a process was not running');
        run.child.kill('SIGINT');
        assert.equal(await run.exited, 130);
        for (const pid of all) assert.equal(running(pid), false, `process ${pid} is still running`);
        assert.equal(groupAlive(pids.Storybook), false);
        assert.equal(groupAlive(pids['the collector']), false);
      } finally {
        run.child.kill('SIGKILL');
        killGroups(pids);
        storybookTaken.server.close();
        collectorTaken.server.close();
      }
    },
  );

  it(
    'when Storybook cannot start, the collector is stopped too and it exits non-zero',
    { timeout: 120_000 },
    async () => {
      const run = session(['41000', '41007', 'fail'], env);
      let pids;
      try {
        pids = await run.next('SESSION-PIDS');
        const code = await run.exited;
        assert.notEqual(code, 0);
        assert.equal(running(pids['the collector']), false, 'the collector is still running');
        assert.equal(groupAlive(pids['the collector']), false);
        assert.ok(
          run.lines.some((l) => l.startsWith('Storybook stopped (exit code 1)')),
          run.lines.join('\n'),
        );
      } finally {
        run.child.kill('SIGKILL');
        killGroups(pids);
      }
    },
  );

  it('takes only its own collector’s "collector listening" line as the address', () => {
    const line = JSON.stringify({ level: 30, msg: 'collector listening', url: 'http://127.0.0.1:8790' });
    assert.equal(listeningUrl(line), 'http://127.0.0.1:8790');
    assert.equal(listeningUrl(JSON.stringify({ msg: 'Server listening at http://127.0.0.1:8787' })), undefined);
    assert.equal(listeningUrl('collector listening http://127.0.0.1:8787'), undefined);
  });
});

describe('runTogether', () => {
  const node = (code) => ({ command: process.execPath, args: ['-e', code] });

  it(
    'when one command ends, stops the others (and their children) and answers its exit code',
    { timeout: 60_000 },
    async () => {
      const run = runTogether(
        [
          {
            name: 'long',
            ...node(
              "require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000)",
            ),
          },
          { name: 'short', ...node('setTimeout(() => process.exit(3), 300)') },
        ],
        { handleSignals: false, log: () => {} },
      );
      const long = run.children.get('long').pid;
      assert.equal(await run.done, 3);
      assert.equal(groupAlive(long), false, 'the long command or its child is still running');
    },
  );

  it('a command that cannot start stops the others and answers 1', { timeout: 60_000 }, async () => {
    const run = runTogether(
      [
        { name: 'long', ...node('setInterval(() => {}, 1000)') },
        { name: 'missing', command: join(tmpdir(), 'no-such-command-coproduce') },
      ],
      { handleSignals: false, log: () => {} },
    );
    const long = run.children.get('long').pid;
    assert.equal(await run.done, 1);
    assert.equal(await eventually(() => !groupAlive(long)), true);
  });
});
