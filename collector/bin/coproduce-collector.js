#!/usr/bin/env node
// The `coproduce-collector` command. It runs the built `dist/cli.js` when there is one and it is
// not older than the source (a published package, or a clone after `npm run build`); otherwise,
// in a clone, it runs `src/cli.ts` straight from the source through tsx. Both run in this very
// process, so arguments, standard input and output, the exit code and signals (Ctrl+C) are the
// command's own.
import { existsSync, readdirSync, statSync } from 'node:fs';

const dist = new URL('../dist/cli.js', import.meta.url);
const src = new URL('../src/', import.meta.url);
const contract = new URL('../../src/contract/', import.meta.url);

/** The newest modification time of the files under a folder (0 when it does not exist). */
function newest(folder) {
  if (!existsSync(folder)) return 0;
  let latest = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs);
  }
  return latest;
}

const built = existsSync(dist);
const fromSource = existsSync(src) && (!built || Math.max(newest(src), newest(contract)) > statSync(dist).mtimeMs);

if (!fromSource) {
  await import(dist.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'coproduce-collector: the collector is not built and tsx (which runs it from the source) is not installed. ' +
        'Run npm install, or build it with: npm run build -w collector\n',
    );
    process.exit(1);
  }
  register();
  await import(new URL('cli.ts', src).href);
}
