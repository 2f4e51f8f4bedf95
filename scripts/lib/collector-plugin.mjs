// A web-test-runner plugin that runs a real collector for the end-to-end tests. Tests call
// `executeServerCommand('collector-start', { origin: location.origin })` to get its address, and
// `collector-admin` to read what it stored (with the admin token, which never reaches the page).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOKEN = 'e2e-admin-token-0123456789';

export function collectorPlugin() {
  let running;
  let dataDir;
  return {
    name: 'coproduce-kit:collector',
    async executeCommand({ command, payload }) {
      if (command === 'collector-start') {
        if (!running) {
          const { tsImport } = await import('tsx/esm/api');
          const { startCollector } = await tsImport('../../collector/src/index.ts', import.meta.url);
          dataDir = mkdtempSync(join(tmpdir(), 'cp-e2e-'));
          running = await startCollector({
            port: 0,
            host: '127.0.0.1',
            dataDir,
            allowedOrigins: [payload.origin],
            adminToken: TOKEN,
            rateLimit: 0,
            // Published credits and impact are revalidated on every read (ETag → 304), so a
            // change shows on the next page load, as a charity with cacheSeconds 0 would see.
            cacheSeconds: 0,
            logLevel: 'silent',
          });
        }
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
      await running?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
