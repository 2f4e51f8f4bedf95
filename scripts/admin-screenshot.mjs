// `node scripts/admin-screenshot.mjs`: the picture of the back office in docs/closing-the-loop.md. Starts a collector
// with a throw-away database and the demo round, signs in as the demo admin in headless Chromium,
// and saves the results view at 1280×900 as docs/back-office.png. Builds the back office first if
// it is not built.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const OUT = 'docs/back-office.png';
const TOKEN = 'screenshot-admin-token-0123456789';
const ORIGIN = 'http://localhost:6006';

if (!existsSync('collector/admin/dist/index.html'))
  execSync('npx vite build -c collector/admin/vite.config.ts', { stdio: 'inherit' });
const { startCollector } = await tsImport('../collector/src/index.ts', import.meta.url);
const { seedDemo, DEMO } = await tsImport('../collector/src/demo/seed.ts', import.meta.url);

const dataDir = mkdtempSync(join(tmpdir(), 'cp-screenshot-'));
const collector = await startCollector({
  port: 0,
  dataDir,
  adminToken: TOKEN,
  allowedOrigins: [ORIGIN],
  rateLimit: 0,
  logLevel: 'warn',
  adminDir: 'collector/admin/dist',
});
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const seeded = await seedDemo({ baseUrl: collector.url, token: TOKEN, origin: ORIGIN });
  if (!seeded.password) throw new Error(`the demo account was not made: ${seeded.staffProblem}`);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${collector.url}/admin/sign-in`, { waitUntil: 'networkidle0' });
  await (await page.waitForSelector('>>> input[type="email"]')).type(DEMO.staffEmail);
  await (await page.waitForSelector('>>> input[type="password"]')).type(seeded.password);
  await (await page.waitForSelector('::-p-aria([name="Sign in"][role="button"])')).click();
  await page.waitForFunction(() => !location.pathname.startsWith('/admin/sign-in'));
  await page.goto(`${collector.url}/admin/results/${DEMO.formId}`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('>>> #response-count');
  // The focus ring on the <h1> (moved there for screen readers) is not part of the picture.
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: OUT, type: 'png' });
  console.log(`saved ${OUT}`);
} finally {
  await browser.close();
  await collector.close();
  rmSync(dataDir, { recursive: true, force: true });
}
