// Builds the published package: dist/index.js and dist/cli.js (bundled with esbuild; npm
// dependencies stay external), the widgets' JSON Schemas copied to dist/schemas/ (in this
// repository they are read from src/contract/schemas/), and type declarations. Runs on `npm pack`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// Every schema of the contract (the collector stores and serves definitions too).
for (const file of readdirSync('../src/contract/schemas')) {
  if (file.endsWith('.schema.json')) copyFileSync(`../src/contract/schemas/${file}`, `dist/schemas/${file}`);
}
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
writeFileSync('dist/index.d.ts', "export * from './types/collector/src/index.js';\n");
// The prepared embedded database (set up and migrated, no data), so a collector's first start on
// a new folder unpacks it instead of setting up PostgreSQL from nothing (src/prepared-image.ts).
const { writePreparedImage } = await import('./dist/index.js');
await writePreparedImage();
