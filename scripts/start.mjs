// `npm start`: builds the tokens and the manifest Storybook's docs read, then runs Storybook on :6006
// and, beside it, the collector on :8787 (embedded database in ./collector-data) for the stories
// that send feedback and consent or read impact and credits ("Examples/With the collector").
import { spawn, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';

// The accessibility report pages are generated (git ignores them), so Storybook shows them on a fresh clone.
execSync('node scripts/build-tokens.mjs && npx custom-elements-manifest analyze && node scripts/a11y-report.mjs', { stdio: 'inherit' });
const COLLECTOR = 'http://127.0.0.1:8787';
// Admin is on for this local session only, so the stories' data can be published and read back.
const token = process.env.COLLECTOR_ADMIN_TOKEN || randomBytes(18).toString('base64url');
const collectorEnv = {
  COLLECTOR_PORT: '8787',
  COLLECTOR_ALLOWED_ORIGINS: 'http://localhost:6006,http://127.0.0.1:6006',
  ...process.env,
  COLLECTOR_ADMIN_TOKEN: token,
};
const children = [
  spawn('npx', ['storybook', 'dev', '-p', '6006', '--no-open', '--ci'], { stdio: 'inherit' }),
  spawn('node', ['--import', 'tsx', 'collector/src/cli.ts'], { stdio: 'inherit', env: collectorEnv }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => process.exit(code ?? 0));

/** Publishes the stories' impact panel and credits once the collector is ready. */
async function publish() {
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${COLLECTOR}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const { foodProject } = await tsImport('../stories/data/impact-panel/food-project.ts', import.meta.url);
  const { storytellers100 } = await tsImport('../stories/data/credits/storytellers.ts', import.meta.url);
  const put = (path, body) =>
    fetch(`${COLLECTOR}${path}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.status);
  const statuses = [
    await put('/v1/admin/impact/food-project', foodProject),
    await put('/v1/admin/credits/value-of-co-production', storytellers100),
  ];
  console.log(`\ncollector: ${COLLECTOR} (published the stories' impact panel and credits: ${statuses.join(', ')})`);
  if (!process.env.COLLECTOR_ADMIN_TOKEN) console.log(`collector: admin token for this session: ${token}\n`);
}
publish().catch((e) => console.error('collector: could not publish the stories’ data:', e.message));
