// Builds the published package: dist/index.js and dist/cli.js (bundled with esbuild; npm
// dependencies stay external), the widgets' JSON Schemas copied to dist/schemas/ (in this
// repository they are read from src/components/), and type declarations. Runs on `npm pack`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/index.ts', 'src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
mkdirSync('dist/schemas', { recursive: true });
for (const [dir, file] of [
  ['feedback-form', 'feedback-submission.schema.json'],
  ['consent-flow', 'consent-record.schema.json'],
  ['consent-flow', 'consent-withdrawal.schema.json'],
  ['consent-flow', 'consent-credit-change.schema.json'],
  ['consent-flow', 'consent-decline.schema.json'],
  ['impact-panel', 'impact-panel.schema.json'],
  ['credits', 'credits.schema.json'],
]) {
  copyFileSync(`../src/components/${dir}/${file}`, `dist/schemas/${file}`);
}
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync('dist/index.d.ts', "export * from './types/collector/src/index.js';\n");
