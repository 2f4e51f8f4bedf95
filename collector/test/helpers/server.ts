// Starts the real `coproduce-collector` command in its own process, as a deployment would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from './postgres.js';
import { TOKEN } from './data.js';

const collectorDir = fileURLToPath(new URL('../..', import.meta.url));

/** Resolves when the process has ended (at once if it already has). */
export const exited = (child: ChildProcess): Promise<unknown> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, 'exit');

export interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the command on a free port, admin on, no rate limit, and waits until /healthz answers. */
export async function startServer(
  settings: { dataDir?: string; databaseUrl?: string },
  logLevel = 'warn',
): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    COLLECTOR_PORT: String(port),
    COLLECTOR_ADMIN_TOKEN: TOKEN,
    COLLECTOR_RATE_LIMIT: '0',
    COLLECTOR_LOG_LEVEL: logLevel,
    COLLECTOR_DATA_DIR: settings.dataDir ?? '',
    DATABASE_URL: settings.databaseUrl ?? '',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts'], {
    cwd: collectorDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the collector exited with ${child.exitCode}: ${out}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
