// `node scripts/kit-screenshot.mjs`: the README's picture of a feedback form. Serves
// examples/feedback.html (the README's static-site page, and the release folder's example) at
// /examples/feedback.html with the built script-tag files at /coproduce-kit/, as the release
// folder is laid out, and saves the form at 800 px wide as
// docs/feedback-form.png. Needs `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const OUT = 'docs/feedback-form.png';
if (!existsSync('dist/cdn/coproduce-kit.js')) throw new Error('dist/cdn/ is missing: run `npm run build` first');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/coproduce-kit/')
    ? join('dist/cdn', path.slice('/coproduce-kit/'.length))
    : 'examples/feedback.html';
  if (!existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${server.address().port}/examples/feedback.html`, { waitUntil: 'networkidle0' });
  const form = await page.waitForSelector('>>> cp-button');
  if (!form) throw new Error('the form did not render');
  const box = await (await page.$('cp-feedback-form')).boundingBox();
  const pad = 16; // a margin of the page's own background around the form
  await page.screenshot({
    path: OUT,
    clip: { x: box.x - 8, y: box.y - pad, width: box.width + pad, height: box.height + 2 * pad },
  });
  console.log(`Wrote ${OUT}.`);
} finally {
  await browser.close();
  server.close();
}
