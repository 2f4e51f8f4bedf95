// `npm start`: builds the tokens and the manifest Storybook's docs read, then runs Storybook on :6006
// and, beside it, the collector on :8787 (embedded database in ./collector-data) for the stories
// that send feedback and consent or read impact and credits.
import { spawn, execSync } from 'node:child_process';

execSync('node scripts/build-tokens.mjs && npx custom-elements-manifest analyze', { stdio: 'inherit' });
const collectorEnv = {
  COLLECTOR_PORT: '8787',
  COLLECTOR_ALLOWED_ORIGINS: 'http://localhost:6006,http://127.0.0.1:6006',
  ...process.env,
};
const children = [
  spawn('npx', ['storybook', 'dev', '-p', '6006', '--no-open', '--ci'], { stdio: 'inherit' }),
  spawn('node', ['--import', 'tsx', 'collector/src/cli.ts'], { stdio: 'inherit', env: collectorEnv }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => process.exit(code ?? 0));
