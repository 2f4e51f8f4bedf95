// What `npm start` does once the files Storybook reads are built (scripts/start.mjs): picks free
// ports, runs Storybook and the collector side by side (scripts/lib/run-together.mjs), and, once
// *its own* collector says it is listening, publishes the stories' data and the demo round there.
// It never sends anything to, or prints a token for, a collector it did not start: it only talks
// to the address its own collector reports, never to whatever answers on a port.
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { freePort } from './ports.mjs';
import { runTogether } from './run-together.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The collector's "collector listening" log line, as JSON, or undefined for any other line. */
export function listeningUrl(line) {
  try {
    const entry = JSON.parse(line);
    return entry?.msg === 'collector listening' && typeof entry.url === 'string' ? entry.url : undefined;
  } catch {
    return undefined;
  }
}

/** Publishes the stories' impact panel and credits, and loads the demo round once (skipped when it is there). */
async function publishStoriesData({ url, token, origin, printToken, log }) {
  const put = (path, body) =>
    fetch(`${url}${path}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.status);
  try {
    const { foodProject } = await tsImport('../../stories/data/impact-panel/food-project.ts', import.meta.url);
    const { storytellers100 } = await tsImport('../../stories/data/credits/storytellers.ts', import.meta.url);
    const statuses = [
      await put('/v1/admin/impact/food-project', foodProject),
      await put('/v1/admin/credits/value-of-co-production', storytellers100),
    ];
    log(`\ncollector: ${url} (published the stories' impact panel and credits: ${statuses.join(', ')})`);
    if (printToken) log(`collector: admin token for this session: ${token}`);
  } catch (e) {
    log(`collector: could not publish the stories' data: ${e.message}`);
  }
  // The demo admin gets a new password at each start, printed here (none is kept on disk).
  try {
    const { seedDemo, addDemoStaff, DEMO } = await tsImport('../../collector/src/demo/seed.ts', import.meta.url);
    const password = randomBytes(15).toString('base64url');
    const seeded = await seedDemo({ baseUrl: url, token, origin, password });
    if (seeded.seeded) log('collector: loaded the demo data (the Eastfield Community Food Project)');
    const staff = seeded.seeded
      ? seeded.password
        ? 'created'
        : seeded.staffProblem
      : await addDemoStaff(url, token, password);
    if (staff === 'created' || staff === 'reset')
      log(`\nBack office: ${url}/admin/ — sign in as ${DEMO.staffEmail} with password ${password}\n`);
    else log(`\nBack office: ${url}/admin/ — could not make the demo account: ${staff}\n`);
  } catch (e) {
    log(`collector: could not load the demo data: ${e.message}`);
  }
}

/**
 * Runs Storybook and the collector until either stops or this process is stopped; answers the exit code.
 * @param {object} [options]
 * @param {number} [options.storybookPort]  preferred (default STORYBOOK_PORT or 6006); the next free one if taken
 * @param {number} [options.collectorPort]  preferred (default COLLECTOR_PORT or 8787); the next free one if taken
 * @param {(port: number) => { command: string, args: string[] }} [options.storybook]  the Storybook command
 * @param {(pids: Record<string, number>) => void} [options.onSpawned]
 * @param {(url: string) => void} [options.onPublished]
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {(message: string) => void} [options.log]
 */
export async function startSession({
  env = process.env,
  storybookPort = Number(env.STORYBOOK_PORT || 6006),
  collectorPort = Number(env.COLLECTOR_PORT || 8787),
  storybook = (port) => ({ command: 'npx', args: ['storybook', 'dev', '-p', String(port), '--no-open', '--ci'] }),
  onSpawned = () => {},
  onPublished = () => {},
  log = (m) => console.log(m),
} = {}) {
  const sbPort = await freePort(storybookPort);
  const colPort = await freePort(collectorPort, [sbPort]);
  if (sbPort !== storybookPort) log(`Port ${storybookPort} is in use, so Storybook uses port ${sbPort}.`);
  if (colPort !== collectorPort) log(`Port ${collectorPort} is in use, so the collector uses port ${colPort}.`);

  // Admin is on for this local session only, so the stories' data can be published and read back.
  const token = env.COLLECTOR_ADMIN_TOKEN || randomBytes(18).toString('base64url');
  const origins = [`http://localhost:${sbPort}`, `http://127.0.0.1:${sbPort}`];
  const verbose = ['verbose', 'debug', 'trace'].includes(env.COLLECTOR_LOG_LEVEL ?? '');
  const collectorEnv = {
    COLLECTOR_ALLOWED_ORIGINS: origins.join(','),
    ...env,
    COLLECTOR_PORT: String(colPort),
    COLLECTOR_HOST: '127.0.0.1',
    COLLECTOR_ADMIN_TOKEN: token,
    // Its "collector listening" line is how this script knows its own collector is up.
    COLLECTOR_LOG_LEVEL: verbose ? env.COLLECTOR_LOG_LEVEL : 'normal',
  };
  const sb = storybook(sbPort);
  let published = false;
  const run = runTogether([
    {
      name: 'Storybook',
      command: sb.command,
      args: sb.args,
      env: { ...env, STORYBOOK_COLLECTOR_URL: `http://localhost:${colPort}` },
    },
    {
      name: 'the collector',
      command: process.execPath,
      args: [`${ROOT}collector/bin/coproduce-collector.js`],
      env: collectorEnv,
      onLine: (line) => {
        const url = listeningUrl(line);
        // Only the address our own collector reports, and only on the port it was given.
        if (!url || published || new URL(url).port !== String(colPort)) return;
        published = true;
        log(`Storybook: http://localhost:${sbPort}`);
        publishStoriesData({ url, token, origin: origins[0], printToken: !env.COLLECTOR_ADMIN_TOKEN, log }).then(() =>
          onPublished(url),
        );
      },
    },
  ]);
  onSpawned(Object.fromEntries([...run.children].map(([name, child]) => [name, child.pid])));
  return run.done;
}
