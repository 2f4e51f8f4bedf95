// The back office's browser tests run against the real thing: a collector (temporary embedded
// database, port 0, no rate limit) serving the real built SPA from collector/admin/dist, one
// headless Chromium, and a tiny static "charity website" on another origin that uses the kit's CDN
// file (dist/cdn/coproduce-kit.js), as a real site would. One of each per test file.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startCollector, type RunningCollector, type StartOptions } from '../../../src/index.js';
import { seedDemo, type SeedResult } from '../../../src/demo/seed.js';
// @ts-expect-error: a plain .mjs script without types.
import { CHROME_ARGS, findChrome } from '../../../../scripts/find-chrome.mjs';
import { watchPage } from './page.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const ADMIN_DIST = join(ROOT, 'collector/admin/dist');
const CDN_DIR = join(ROOT, 'dist/cdn');
export const TOKEN = 'browser-test-admin-token-0123456789';

export type Role = 'admin' | 'editor' | 'viewer';
type Json = Record<string, any>;

/** Builds what the tests load when it is missing: the back office, and the kit's CDN file. */
export function ensureBuilt(): void {
  if (!existsSync(join(ADMIN_DIST, 'index.html'))) {
    execSync('npx vite build -c collector/admin/vite.config.ts', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(join(CDN_DIR, 'coproduce-kit.js')))
    execSync('npx vite build --mode cdn', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface BackOffice {
  /** The collector, such as http://127.0.0.1:41234 (the back office is at `${url}/admin/`). */
  url: string;
  collector: RunningCollector;
  /** The other site (http://localhost:port), allowed to send to the collector. */
  siteUrl: string;
  browser: Browser;
  /** A new tab (a new browser context, so its own cookies) that records CSP violations and errors. */
  newPage(width?: number, height?: number): Promise<Page>;
  /** Serves `body` as an HTML page on the other site at `path`, with the kit's CDN file loaded. */
  sitePage(path: string, body: string): string;
  /** A request to the collector's admin API with the bearer token (for setting up and checking). */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: any; text: string }>;
  /** Makes a staff account through the staff API; the password is new and random. */
  addStaff(role: Role, email?: string): Promise<{ email: string; password: string }>;
  /** Loads the demo round (collector/src/demo). */
  seed(): Promise<SeedResult>;
  close(): Promise<void>;
}

export async function startBackOffice(options: Partial<StartOptions> = {}): Promise<BackOffice> {
  ensureBuilt();
  const pages = new Map<string, string>();
  let collectorUrl = '';
  const site: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // The script-tag folder, as a site would host it: the loader fetches each component's file,
    // the outbox and the languages from beside itself.
    const cdn = /^\/cdn\/((?:locales\/)?[\w.-]+\.js)$/.exec(path);
    if (cdn && existsSync(join(CDN_DIR, cdn[1]!))) {
      res
        .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
        .end(readFileSync(join(CDN_DIR, cdn[1]!)));
      return;
    }
    const body = pages.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Eastfield food</title>` +
          `<meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<script type="module" src="/cdn/coproduce-kit.js"></script></head><body><main>${body.replaceAll('{collector}', collectorUrl)}</main></body></html>`,
      );
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const sitePort = (site.address() as { port: number }).port;
  // localhost, not 127.0.0.1: another origin than the collector's, as a charity's site would be.
  const siteUrl = `http://localhost:${sitePort}`;

  const dataDir = mkdtempSync(join(tmpdir(), 'cp-back-office-'));
  const collector = await startCollector({
    port: 0,
    dataDir,
    adminToken: TOKEN,
    allowedOrigins: [siteUrl],
    rateLimit: 0,
    logLevel: 'silent',
    adminDir: ADMIN_DIST,
    ...options,
  });
  collectorUrl = collector.url;
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
    headless: true,
  });

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${collector.url}/v1/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: Json | undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  };

  let n = 0;
  return {
    url: collector.url,
    collector,
    siteUrl,
    browser,
    async newPage(width = 1280, height = 900) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await watchPage(page);
      return page;
    },
    sitePage(path, body) {
      pages.set(path, body);
      return `${siteUrl}${path}`;
    },
    admin,
    async addStaff(role, email = `${role}-${++n}@example.org`) {
      const password = randomBytes(12).toString('base64url');
      const res = await admin('POST', '/staff', { email, role, password });
      if (res.status !== 201) throw new Error(`POST /v1/admin/staff answered ${res.status}: ${res.text}`);
      return { email, password };
    },
    seed: () => seedDemo({ baseUrl: collector.url, token: TOKEN, origin: siteUrl }),
    async close() {
      await browser.close().catch(() => undefined);
      await collector.close();
      await new Promise((resolve) => site.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
