// README's static-site quick start, followed as written: the release folder's `coproduce-kit/`
// copied to a site, README's page, the collector started with README's command, an answer sent
// from headless Chromium, and README's check that it arrived. Only the ports differ (free ones,
// so a running `npm start` does not get in the way). Offline: everything runs on this machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { anyFreePort } from '../../scripts/lib/ports.mjs';

/** The parts of README's "Quick start: a static site" that a person copies. */
export function staticRoute(readme) {
  const section = readme.split('\n## Quick start: a static site\n')[1]?.split('\n## ')[0];
  if (!section) throw new Error('README has no "Quick start: a static site" section');
  const page = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  const start = /^(.*npm run collector.*)$/m.exec(section)?.[1];
  const check = /^(curl .*)$/m.exec(section)?.[1];
  const folder = /release folder's `([\w-]+)\/` folder/.exec(section)?.[1];
  const file = /this page beside it as `([\w.-]+\.html)`/.exec(section)?.[1];
  const missing = Object.entries({ page, start, check, folder, file })
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length) throw new Error(`README's static quick start lacks: ${missing.join(', ')}`);
  return { page, start, check, folder, file };
}

/** `A=1 B="x y" npm run collector` → { env: { A: '1', B: 'x y' }, command: ['npm', 'run', 'collector'] } */
export function parseCommand(line) {
  const words = [...line.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map((m) =>
    m[0].replace(/^(\w+=)?["'](.*)["']$/, '$1$2'),
  );
  const env = {};
  while (words[0] && /^[A-Z_]+=/.test(words[0])) {
    const [key, ...value] = words.shift().split('=');
    env[key] = value.join('=');
  }
  return { env, command: words };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** A plain static server for `dir`, like `python3 -m http.server`. */
function serve(dir, port) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  // Every address, as `python3 -m http.server` does: the page is opened at `localhost`.
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

test("README's static quick start parses, and a page that is not README's is caught", () => {
  const readme = readFileSync('README.md', 'utf8');
  const route = staticRoute(readme);
  assert.match(route.page, /<script type="module" src="\/coproduce-kit\/coproduce-kit\.js"><\/script>/);
  assert.deepEqual(parseCommand('A=1 B="x y" npm run collector'), {
    env: { A: '1', B: 'x y' },
    command: ['npm', 'run', 'collector'],
  });
  assert.throws(() => staticRoute(readme.replace(/npm run collector/g, 'npm start')), /lacks: start/);
});

test(
  "README's static quick start works as written: the answer arrives at the collector",
  { timeout: 240_000 },
  async (t) => {
    const route = staticRoute(readFileSync('README.md', 'utf8'));
    const [collectorPort, sitePort] = [await anyFreePort(), await anyFreePort()];
    const ports = (text) => text.replaceAll('8787', String(collectorPort)).replaceAll('8000', String(sitePort));

    // The release folder, made as README says, and its `coproduce-kit/` copied to a site.
    const work = mkdtempSync(join(tmpdir(), 'static-quick-start-'));
    t.after(() => rmSync(work, { recursive: true, force: true }));
    const release = join(work, 'release');
    const made = spawnSync('node', ['scripts/release.mjs', '--out', release], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    const site = join(work, 'site');
    cpSync(join(release, `coproduce-kit-${version}`, route.folder), join(site, route.folder), { recursive: true });
    writeFileSync(join(site, route.file), ports(route.page));
    const siteServer = await serve(site, sitePort);
    t.after(() => siteServer.close());

    // The collector, with README's command and settings (its data in a temporary folder).
    const { env, command } = parseCommand(ports(route.start));
    const collector = spawn(command[0], command.slice(1), {
      env: { ...process.env, ...env, COLLECTOR_PORT: String(collectorPort), COLLECTOR_DATA_DIR: join(work, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    collector.stdout.on('data', (d) => (log += d));
    collector.stderr.on('data', (d) => (log += d));
    t.after(() => {
      try {
        process.kill(-collector.pid, 'SIGTERM');
      } catch {}
    });
    const ready = async () => {
      for (;;) {
        if (collector.exitCode !== null) throw new Error(`the collector stopped:\n${log}`);
        const ok = await fetch(`http://127.0.0.1:${collectorPort}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    await ready();

    // The person: opens the page, answers, sends.
    const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
    t.after(() => browser.close());
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A failed request is listed by its address (the browser's own favicon.ico request aside).
    page.on(
      'console',
      (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()),
    );
    page.on(
      'response',
      (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`),
    );
    page.on('requestfailed', (r) => errors.push(`${r.failure()?.errorText} ${r.url()}`));
    await page.goto(`http://localhost:${sitePort}/${route.file}`);
    const words = `The soup, and the people. ${Date.now()}`;
    const box = await page.waitForSelector('pierce/textarea', { timeout: 30_000 }).catch(async (e) => {
      throw new Error(
        `${e.message}\nThe page shows: ${await page.evaluate(() => document.body.innerText)}\n${errors.join('\n')}`,
      );
    });
    await box.type(words);
    await page.evaluate(() => {
      window.sent = new Promise((resolve) =>
        document.addEventListener('cp-submitted', (e) => resolve(e.detail), { once: true }),
      );
    });
    // The form refuses a send in its first 3 s (a person takes longer; a spam robot does not).
    await new Promise((r) => setTimeout(r, 3_500));
    const send = await page.evaluateHandle(() => {
      const button = [...document.querySelector('cp-feedback-form').shadowRoot.querySelectorAll('cp-button')].find(
        (b) => b.textContent.includes('Send my answers'),
      );
      return button?.shadowRoot.querySelector('button');
    });
    assert.ok(await send.evaluate((b) => b instanceof HTMLButtonElement), 'the form shows a "Send my answers" button');
    await send.click();
    const detail = await page.evaluate(() =>
      Promise.race([window.sent, new Promise((r) => setTimeout(() => r('no cp-submitted in 30 s'), 30_000))]),
    );
    const shown = async () =>
      page.evaluate(() => document.querySelector('cp-feedback-form')?.shadowRoot?.textContent?.replace(/\s+/g, ' '));
    assert.equal(
      detail.status,
      'sent',
      `${JSON.stringify(detail)}\nThe form shows: ${await shown()}\n${errors.join('\n')}\n${log}`,
    );

    // README's check that it arrived.
    const { command: curl } = parseCommand(ports(route.check));
    const header = curl[curl.indexOf('-H') + 1];
    const url = curl.find((w) => w.startsWith('http'));
    const res = await fetch(url, { headers: { [header.split(':')[0]]: header.split(':').slice(1).join(':').trim() } });
    assert.equal(res.status, 200);
    assert.ok((await res.text()).includes(words), 'the answer typed on the page is in the collector');
    assert.deepEqual(errors, []);
  },
);
