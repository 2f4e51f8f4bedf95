// Starting up: a port in use is reported at once, in plain words, before any database folder is
// made; a new folder is unpacked from the prepared image and works; log levels in plain words.
// (How long a start takes is measured by `npm run bench:start`, not here.)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { configFromEnv, migrate, PortInUseError, startCollector, writePreparedImage } from '../src/index.js';
import { openPglite } from '../src/storage/pglite.js';
import { admin, feedback, ORIGIN, send } from './helpers/data.js';
import { startTestCollector } from './helpers/running.js';

const bin = fileURLToPath(new URL('../bin/coproduce-collector.js', import.meta.url));

/** A server holding a port, as another program would. */
function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    );
  });
}

describe('start-up', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'coproduce-start-up-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('a port in use', () => {
    it('startCollector rejects with a plain sentence naming the port and COLLECTOR_PORT, and makes no data folder', async () => {
      const { server, port } = await occupy();
      const dataDir = join(dir, 'busy-api');
      try {
        const error = await startCollector({ port, dataDir, logLevel: 'silent' }).then(
          () => assert.fail('started on a port in use'),
          (e: Error) => e,
        );
        assert.ok(error instanceof PortInUseError);
        assert.equal(
          error.message,
          `Port ${port} is in use. Set COLLECTOR_PORT to another port, for example COLLECTOR_PORT=${port + 1}.`,
        );
        assert.equal(existsSync(dataDir), false, 'a data folder was made');
      } finally {
        server.close();
      }
    });

    it('the command exits non-zero with that sentence, and makes no data folder', async () => {
      const { server, port } = await occupy();
      const dataDir = join(dir, 'busy-command');
      try {
        const child = spawn(process.execPath, [bin], {
          env: {
            ...process.env,
            COLLECTOR_PORT: String(port),
            COLLECTOR_DATA_DIR: dataDir,
            COLLECTOR_LOG_LEVEL: 'quiet',
            COLLECTOR_ALLOWED_ORIGINS: ORIGIN,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        const code = await new Promise((resolve) => child.on('exit', resolve));
        assert.equal(code, 1);
        assert.match(
          stderr,
          new RegExp(
            `Port ${port} is in use\\. Set COLLECTOR_PORT to another port, for example COLLECTOR_PORT=${port + 1}\\.`,
          ),
        );
        assert.equal(existsSync(dataDir), false, 'a data folder was made');
      } finally {
        server.close();
      }
    });
  });

  describe('the prepared image', () => {
    it('a new folder unpacked from it is already migrated, and stores and reads feedback', async () => {
      const image = join(dir, 'image.tar.gz');
      await writePreparedImage(image);
      assert.ok(existsSync(image));
      const storage = await openPglite(join(dir, 'from-image'), { image });
      let collector;
      try {
        assert.equal(storage.origin, 'image');
        assert.deepEqual(await migrate(storage), [], 'the image was not migrated');
        collector = await startTestCollector(storage);
        const body = feedback({ formId: 'from-the-image' });
        assert.equal((await send(collector.url, '/v1/feedback', body)).status, 201);
        const read = await admin(collector.url, '/feedback?formId=from-the-image');
        assert.equal(read.json.count, 1);
        assert.deepEqual(read.json.items[0].submission, body);
      } finally {
        await collector?.close();
        await storage.close();
      }
      // And it opens again as it was, with the feedback in it.
      const again = await openPglite(join(dir, 'from-image'), { image });
      try {
        assert.equal(again.origin, 'existing');
        assert.equal((await again.query<{ n: number }>('select count(*)::int as n from feedback'))[0]!.n, 1);
      } finally {
        await again.close();
      }
    });

    it('a damaged image is not used: the new folder is set up from nothing and migrated', async () => {
      const image = join(dir, 'damaged.tar.gz');
      writeFileSync(image, 'not a tarball');
      const storage = await openPglite(join(dir, 'damaged'), { image });
      try {
        assert.equal(storage.origin, 'new');
        assert.ok((await migrate(storage)).length > 0, 'nothing was migrated');
        assert.equal((await storage.query<{ n: number }>('select count(*)::int as n from feedback'))[0]!.n, 0);
      } finally {
        await storage.close();
      }
    });
  });

  describe('COLLECTOR_LOG_LEVEL', () => {
    it('takes plain words and the logger’s own names', () => {
      assert.equal(configFromEnv({ COLLECTOR_LOG_LEVEL: 'quiet' }).logLevel, 'warn');
      assert.equal(configFromEnv({ COLLECTOR_LOG_LEVEL: 'normal' }).logLevel, 'info');
      assert.equal(configFromEnv({ COLLECTOR_LOG_LEVEL: 'Verbose' }).logLevel, 'debug');
      assert.equal(configFromEnv({ COLLECTOR_LOG_LEVEL: 'error' }).logLevel, 'error');
      assert.equal(configFromEnv({}).logLevel, 'info');
    });

    it('refuses an unknown one, listing the allowed values', () => {
      assert.throws(() => configFromEnv({ COLLECTOR_LOG_LEVEL: 'chatty' }), {
        message:
          'COLLECTOR_LOG_LEVEL must be quiet, normal or verbose (or error, warn, info, debug, silent), not "chatty".',
      });
    });
  });
});
