// Load benchmark: POST /v1/feedback against a real collector process on 127.0.0.1, for each
// engine, for a bounded time (default 10 s each). Reports sustained requests per second and
// latency percentiles, then checks that every 2xx is a stored row.
//
//   npm run bench -w collector                       # both engines, 10 s each
//   npm run bench -w collector -- --duration 5 --connections 32 --engine pglite
//   npm run bench -w collector -- --write            # also writes bench/results.md and README.md's table
//
// The collector logs at "warn" here (the default is "info": one JSON line per request).
// Run with `node --import tsx` (the npm script does), as it uses the test helpers to make a
// fresh embedded database and a throw-away PostgreSQL cluster.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeBlock } from '../../scripts/lib/generated-block.mjs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openEngine, stopPostgres } from '../test/helpers/engines.ts';
import { admin, feedback } from '../test/helpers/data.ts';
import { exited, startServer } from '../test/helpers/server.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    engine: { type: 'string', multiple: true },
    write: { type: 'boolean', default: false },
  },
});
const duration = Math.min(Number(values.duration), 60);
const connections = Number(values.connections);
const engines = values.engine ?? ['pglite', 'postgres'];
const ENGINE_NAMES = { pglite: 'PGlite (embedded)', postgres: 'PostgreSQL' };
const results = [];
for (const engine of engines) {
  const db = await openEngine(engine, false);
  const server = await startServer(db.settings);
  const run = await autocannon({
    url: server.url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/v1/feedback',
        setupRequest: (req) => {
          const body = feedback();
          return {
            ...req,
            headers: { 'content-type': 'application/json', 'idempotency-key': body.id },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
  const stored = (await admin(server.url, '/feedback?limit=100000')).json.count;
  server.child.kill('SIGTERM');
  await exited(server.child);
  await db.close();
  const ok = run['2xx'];
  results.push({
    engine,
    'req/s (mean)': Math.round(run.requests.average),
    'p50 ms': run.latency.p50,
    'p99 ms': run.latency.p99,
    'max ms': run.latency.max,
    '2xx': ok,
    other: run.non2xx + run.errors + run.timeouts,
    'rows stored': stored,
  });
  // Requests still in flight when the time is up are stored but not counted by autocannon.
  if (stored < ok || stored > ok + connections)
    console.error(`${engine}: ${ok} answered 2xx but ${stored} rows stored`);
}
stopPostgres();
console.log(
  `\nPOST /v1/feedback, ${connections} connections, ${duration} s per engine, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
);
console.table(results);

if (values.write) {
  const n = (x) => x.toLocaleString('en-GB');
  const lostOrDoubled = (r) =>
    r['rows stored'] < r['2xx'] || r['rows stored'] > r['2xx'] + connections
      ? `${n(r['2xx'])} answered 2xx, ${n(r['rows stored'])} stored`
      : `none (${n(r['2xx'])} answered 2xx, all stored)`;
  const table = [
    '| engine | requests per second | p50 latency | p99 latency | errors | lost or doubled |',
    '| --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${ENGINE_NAMES[r.engine] ?? r.engine} | ${n(r['req/s (mean)'])} | ${r['p50 ms']} ms | ${r['p99 ms']} ms | ${n(r.other)} | ${lostOrDoubled(r)} |`,
    ),
    '',
    `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}; Node ${process.version}; ${new Date().toISOString()}. ${connections} connections for ${duration} s per engine.`,
  ].join('\n');
  const here = (path) => fileURLToPath(new URL(path, import.meta.url));
  writeFileSync(here('results.md'), `# Latest \`npm run bench -w collector -- --write\`\n\n${table}\n`);
  writeBlock(here('../README.md'), 'collector-bench', table);
  console.log('Wrote collector/bench/results.md and the table in collector/README.md.');
}
