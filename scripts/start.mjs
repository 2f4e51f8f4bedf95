// `npm start`: builds the tokens and the manifest Storybook's docs read, then runs Storybook (on
// :6006) and, beside it, the collector (on :8787, embedded database in ./collector-data) for the
// stories that send feedback and consent or read impact and credits ("Examples/With the
// collector"), and for the back office at /admin/ — built first if it is not, with a demo round
// loaded once. A port in use moves to the next free one (STORYBOOK_PORT and COLLECTOR_PORT choose
// others). Ctrl+C stops both; if either stops, so does the other. See scripts/lib/start-session.mjs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startSession } from './lib/start-session.mjs';

// The accessibility report pages are generated (git ignores them), so Storybook shows them on a fresh clone.
execSync('node scripts/build-tokens.mjs && npx custom-elements-manifest analyze && node scripts/a11y-report.mjs', {
  stdio: 'inherit',
});
// The back office is served from collector/admin/dist: build it once (`npm run build:admin` rebuilds it).
if (!existsSync('collector/admin/dist/index.html'))
  execSync('npx vite build -c collector/admin/vite.config.ts', { stdio: 'inherit' });

process.exit(await startSession());
