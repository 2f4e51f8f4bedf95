// `npm start`: builds the tokens and the manifest Storybook's docs read, then runs Storybook on :6006.
import { spawn, execSync } from 'node:child_process';

execSync('node scripts/build-tokens.mjs && npx custom-elements-manifest analyze', { stdio: 'inherit' });
const children = [spawn('npx', ['storybook', 'dev', '-p', '6006', '--no-open', '--ci'], { stdio: 'inherit' })];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => process.exit(code ?? 0));
