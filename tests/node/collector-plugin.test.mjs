// The end-to-end tests' collector (scripts/lib/collector-plugin.mjs): test files that ask for it
// at the same time share one, or one file would post to a collector another file reads from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectorPlugin } from '../../scripts/lib/collector-plugin.mjs';

/** A stand-in start that takes a moment, as PGlite's first start does, and counts its calls. */
function slowStart() {
  const started = [];
  const start = async () => {
    await new Promise((r) => setTimeout(r, 20));
    const c = { url: `http://127.0.0.1:${4000 + started.length}`, closed: false };
    c.close = async () => void (c.closed = true);
    started.push(c);
    return c;
  };
  return { start, started };
}

/** Two test files asking for the collector at the same moment: how many started, and whether both got one address. */
async function askTwiceAtOnce(makePlugin) {
  const { start, started } = slowStart();
  const plugin = makePlugin(start);
  const ask = () => plugin.executeCommand({ command: 'collector-start', payload: { origin: 'http://localhost:8000' } });
  const [a, b] = await Promise.all([ask(), ask()]);
  return { plugin, started, a, b, same: a.url === b.url };
}

test('two files asking at once get the same collector, started once, and closed at the end', async () => {
  const { plugin, started, a, same } = await askTwiceAtOnce((start) => collectorPlugin({ start }));
  assert.equal(started.length, 1);
  assert.equal(same, true);
  assert.deepEqual(
    await plugin.executeCommand({ command: 'collector-start', payload: {} }),
    a,
    'a later file gets it too',
  );
  await plugin.serverStop();
  assert.equal(started[0].closed, true);
});

test('the check catches a plugin that starts a second collector while the first is starting', async () => {
  // The plugin as it was: "if none is running, start one", with nothing shared while it starts.
  const racy = (start) => {
    let running;
    return {
      async executeCommand() {
        if (!running) running = await start();
        return { url: running.url };
      },
    };
  };
  const { started, same } = await askTwiceAtOnce(racy);
  assert.equal(started.length, 2);
  assert.equal(same, false);
});
