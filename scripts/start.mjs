// `npm start`: builds the tokens and the manifest Storybook's docs read, then runs Storybook on :6006
// and, beside it, the collector on :8787 (embedded database in ./collector-data) for the stories
// that send feedback and consent or read impact and credits ("Examples/With the collector"), and
// for the back office at /admin/ — built first if it is not, with a demo round loaded once.
import { spawn, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

// The accessibility report pages are generated (git ignores them), so Storybook shows them on a fresh clone.
execSync('node scripts/build-tokens.mjs && npx custom-elements-manifest analyze && node scripts/a11y-report.mjs', { stdio: 'inherit' });
// The back office is served from collector/admin/dist: build it once (`npm run build:admin` rebuilds it).
if (!existsSync('collector/admin/dist/index.html')) execSync('npx vite build -c collector/admin/vite.config.ts', { stdio: 'inherit' });

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

const put = (path, body) =>
  fetch(`${COLLECTOR}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then((r) => r.status);

/** Publishes the stories' impact panel and credits once the collector is ready. */
async function publish() {
  const { foodProject } = await tsImport('../stories/data/impact-panel/food-project.ts', import.meta.url);
  const { storytellers100 } = await tsImport('../stories/data/credits/storytellers.ts', import.meta.url);
  const statuses = [
    await put('/v1/admin/impact/food-project', foodProject),
    await put('/v1/admin/credits/value-of-co-production', storytellers100),
  ];
  console.log(`\ncollector: ${COLLECTOR} (published the stories' impact panel and credits: ${statuses.join(', ')})`);
  if (!process.env.COLLECTOR_ADMIN_TOKEN) console.log(`collector: admin token for this session: ${token}`);
}

/**
 * Loads the demo round once (skipped when its project is there) and gives the demo admin a new
 * password at each start, printed here (none is kept on disk).
 */
async function demo() {
  const { seedDemo, addDemoStaff, DEMO } = await tsImport('../collector/src/demo/seed.ts', import.meta.url);
  const password = randomBytes(15).toString('base64url');
  const origin = collectorEnv.COLLECTOR_ALLOWED_ORIGINS.split(',')[0].trim();
  const seeded = await seedDemo({ baseUrl: COLLECTOR, token, origin, password });
  if (seeded.seeded) console.log('collector: loaded the demo data (the Eastfield Community Food Project)');
  const staff = seeded.seeded ? (seeded.password ? 'created' : seeded.staffProblem) : await addDemoStaff(COLLECTOR, token, password);
  if (staff === 'created' || staff === 'reset') {
    console.log(`\nBack office: ${COLLECTOR}/admin/ — sign in as ${DEMO.staffEmail} with password ${password}\n`);
  } else {
    console.log(`\nBack office: ${COLLECTOR}/admin/ — could not make the demo account: ${staff}\n`);
  }
}

async function ready() {
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${COLLECTOR}/readyz`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

ready()
  .then(() => publish().catch((e) => console.error('collector: could not publish the stories’ data:', e.message)))
  .then(() => demo().catch((e) => console.error('collector: could not load the demo data:', e.message)));
