// A web-test-runner plugin that runs a real collector for the end-to-end tests. Tests call
// `executeServerCommand('collector-start', { origin: location.origin })` to get its address, and
// `collector-admin` to read what it stored (with the admin token, which never reaches the page).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOKEN = 'e2e-admin-token-0123456789';

/** `start` is for the plugin's own test: it starts the collector the tests talk to. */
export function collectorPlugin({ start = startE2eCollector } = {}) {
  /** The one collector, once asked for: two test files asking at once must share it, not start two. */
  let starting;
  let running;
  return {
    name: 'coproduce-kit:collector',
    async executeCommand({ command, payload }) {
      if (command === 'collector-start') {
        running = await (starting ??= start(payload.origin));
        return { url: running.url };
      }
      if (command === 'collector-admin') {
        const res = await fetch(running.url + payload.path, {
          method: payload.method ?? 'GET',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          body: payload.body ? JSON.stringify(payload.body) : undefined,
        });
        return { status: res.status, body: await res.json().catch(() => null) };
      }
      return undefined;
    },
    async serverStop() {
      await (await starting)?.close();
    },
  };
}

/** A collector on an embedded database in a new temporary folder, which closing removes. */
async function startE2eCollector(origin) {
  const { tsImport } = await import('tsx/esm/api');
  const { startCollector } = await tsImport('../../collector/src/index.ts', import.meta.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-e2e-'));
  const collector = await startCollector({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    allowedOrigins: [origin],
    adminToken: TOKEN,
    rateLimit: 0,
    // Published credits and impact are revalidated on every read (ETag → 304), so a
    // change shows on the next page load, as a charity with cacheSeconds 0 would see.
    cacheSeconds: 0,
    logLevel: 'silent',
  });
  return {
    url: collector.url,
    close: async () => {
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
