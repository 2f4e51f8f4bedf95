// `npm run bench:start -w collector`: how long the `coproduce-collector` command takes to answer
// /readyz, on a new data folder (first start) and on one it used before (restart). Each run is a
// new process, so the times include Node starting and loading the code, as a person sees them.
// Prints the median (and the range) of a few runs. A benchmark, not a test: run it on a quiet
// machine. `--runs 7` for more runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const bin = fileURLToPath(new URL('../bin/coproduce-collector.js', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts the command on `dataDir`, answers the milliseconds until /readyz says 200, then stops it. */
async function timeStart(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bin], {
    env: {
      ...process.env,
      COLLECTOR_DATA_DIR: dataDir,
      COLLECTOR_PORT: String(port),
      COLLECTOR_LOG_LEVEL: 'quiet',
      COLLECTOR_ALLOWED_ORIGINS: 'http://localhost:8000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let gone = false;
  exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error('the collector stopped before it was ready');
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  await exited;
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const first = [];
const restart = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'coproduce-bench-start-'));
  try {
    first.push(await timeStart(join(dir, 'data')));
    restart.push(await timeStart(join(dir, 'data')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const images = (folder) =>
  existsSync(folder) ? readdirSync(folder).filter((f) => /^pglite-.*\.tar\.gz$/.test(f)) : [];
const built = images(fileURLToPath(new URL('../dist/', import.meta.url)));
const cached = images(fileURLToPath(new URL('../../node_modules/.cache/coproduce-collector/', import.meta.url)));
console.log(
  `coproduce-collector start-up, to the first 200 from /readyz (median of ${runs} runs, each a new process; Node ${process.version})`,
);
console.log(
  `prepared image: ${built.length ? `dist/${built.join(', ')}` : cached.length ? `node_modules/.cache/coproduce-collector/${cached.join(', ')}` : 'none (the first start sets up the database from nothing, then saves one)'}`,
);
console.log('');
console.log('| start                   | median  | fastest | slowest |');
console.log('|-------------------------|---------|---------|---------|');
for (const [name, xs] of [
  ['first (new data folder)', first],
  ['restart (same folder)', restart],
]) {
  console.log(
    `| ${name.padEnd(23)} | ${fmt(median(xs)).padStart(7)} | ${fmt(Math.min(...xs)).padStart(7)} | ${fmt(Math.max(...xs)).padStart(7)} |`,
  );
}
