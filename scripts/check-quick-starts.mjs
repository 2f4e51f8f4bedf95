// `npm run check:quick-starts`: proves that README.md's "Quick start: an app with a bundler" works
// exactly as written, with the packed kit, in each framework it shows (vanilla TypeScript,
// React, Vue, Svelte). For each one, in a folder of its own under the system's temp folder:
//
//   1. install: `npm create vite@9` with the README's template, `npm install`, `npm install` the
//      packed kit, then the README's files (scripts/lib/quick-starts.mjs reads them) and the data
//      in public/ (the repository's own example data, checked against the kit's schemas first);
//   2. types: the type check in the template's `npm run build` (tsc, tsc -b, vue-tsc -b), and
//      `npm run check` where the template has one (Svelte);
//   3. build: the rest of `npm run build` (vite build);
//   4. render: `vite preview`, the page in headless Chromium, and the three widgets must show
//      their data (not "Loading…", not "Sorry, this cannot be shown"), with no console error.
//
// Needs `npm run build` first and the npm registry. Not part of `npm test`: run it before a
// release, or after changing the README's quick starts or the kit's types.
//
//   node scripts/check-quick-starts.mjs [--sequential] [--only vue,react] [--keep] [--readme draft.md]
//
// Prints a table (framework, install, types, build, render) and exits 1 if anything failed,
// keeping the temp folder and printing its path. --keep keeps it when all pass too.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { anyFreePort } from './lib/ports.mjs';
import { applyQuickStart, parseQuickStarts } from './lib/quick-starts.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** create-vite's major version whose templates the README's quick starts were written for. */
const CREATE_VITE = 'vite@9';
const ENDPOINT_HOST = 'collector.example.org';
/** The data each quick start fetches from public/, from the repository's own examples. */
const DATA = [
  { file: 'form.json', source: 'stories/data/feedback-form/food-survey.json', schema: 'feedback-definition' },
  { file: 'impact.json', source: 'tests/fixtures/impact-panel.json.txt', schema: 'impact-panel' },
  { file: 'credits.json', source: 'stories/data/credits/partners.json', schema: 'credits' },
];
/** Longest wait for one command: a guard against a hung install, not a measure of speed. */
const COMMAND_LIMIT_MS = 15 * 60_000;
/** Longest wait for the preview server to answer and for the widgets to show their data. */
const READY_LIMIT_MS = 120_000;

const args = process.argv.slice(2);
const sequential = args.includes('--sequential');
const keep = args.includes('--keep');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : null;
/** Another README to check, such as a draft of a change to the quick starts. */
const readmePath = args.includes('--readme') ? resolve(args[args.indexOf('--readme') + 1]) : join(ROOT, 'README.md');

/** The folder of this run, kept when something fails. */
let tempRoot = null;

// ---- processes: each in its own group, all stopped when this script ends, however it ends ----
const children = new Set();
function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  children.clear();
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\nStopped (${signal}).${tempRoot ? ` Temp folder kept: ${tempRoot}` : ''}`);
    stopAll();
    process.exit(130);
  });
}

/** Runs a command to its end. Resolves with its output; rejects with the output's tail on failure. */
function run(command, commandArgs, { cwd, log, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const line = `$ ${command} ${commandArgs.join(' ')}`;
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const take = (chunk) => {
      output += chunk;
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => {
      output += `\n(stopped after ${COMMAND_LIMIT_MS / 60_000} minutes)`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, COMMAND_LIMIT_MS);
    child.on('error', (e) => {
      output += `\n${e.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      if (log) writeFileSync(log, `${line}\n${output}\n(exit ${code})\n\n`, { flag: 'a' });
      if (code === 0) resolvePromise(output);
      else
        reject(
          new Error(
            `${line} (in ${cwd}) failed with exit ${code}:\n${output.trim().split('\n').slice(-40).join('\n')}`,
          ),
        );
    });
  });
}

/** Starts `vite preview` on a free port and resolves with its address once it answers. */
async function startPreview(appDir, log) {
  const vite = join(appDir, 'node_modules/vite/bin/vite.js');
  for (let attempt = 1; ; attempt++) {
    const port = await anyFreePort();
    const child = spawn(
      process.execPath,
      [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
      {
        cwd: appDir,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    children.add(child);
    let output = '';
    let ended = null;
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => {
      ended = code;
      children.delete(child);
    });
    const url = `http://127.0.0.1:${port}/`;
    const stop = () => {
      writeFileSync(log, `$ vite preview --port ${port}\n${output}\n\n`, { flag: 'a' });
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      children.delete(child);
    };
    const started = Date.now();
    while (ended === null && Date.now() - started < READY_LIMIT_MS) {
      try {
        const res = await fetch(url);
        if (res.ok) return { url, stop };
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    stop();
    // Another process may have taken the port between anyFreePort() and vite's listen: try again.
    if (ended !== null && /already in use/i.test(output) && attempt < 3) continue;
    throw new Error(
      `vite preview did not answer at ${url}${ended !== null ? ` (it exited with ${ended})` : ` within ${READY_LIMIT_MS / 1000} s`}:\n${output.trim()}`,
    );
  }
}

/** The text each widget must show: proof that it fetched and accepted its data. */
function expectedTexts() {
  const read = (source) => JSON.parse(readFileSync(join(ROOT, source), 'utf8'));
  const text = (t) => (typeof t === 'string' ? t : t?.en);
  const [form, impact, credits] = DATA.map((d) => read(d.source));
  return {
    'cp-feedback-form': [text(form.title)],
    'cp-impact-panel': [text(impact.title), text(impact.items[0].youSaid)],
    'cp-credits': [text(credits.title), credits.contributors.find((c) => c.credit === 'full').name],
  };
}

/** Loads the app and checks that the three widgets show their data and nothing went wrong. */
async function checkRender(browser, url) {
  const context = await browser.createBrowserContext();
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().includes(ENDPOINT_HOST))
        problems.push(`console error: ${msg.text()} ${msg.location()?.url ?? ''}`.trim());
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (req) => {
      if (!req.url().includes(ENDPOINT_HOST))
        problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    const expected = expectedTexts();
    // Each widget's text, its shadow roots' included (form fields are widgets of their own).
    const state = () =>
      page.evaluate((tags) => {
        const deepText = (node) => {
          let out = '';
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
            else if (child.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT'].includes(child.nodeName)) {
              if (child.shadowRoot) out += ` ${deepText(child.shadowRoot)} `;
              out += deepText(child);
            }
          }
          return out;
        };
        return Object.fromEntries(
          tags.map((tag) => {
            const el = document.querySelector(tag);
            const root = el?.shadowRoot;
            return [
              tag,
              {
                found: !!el,
                defined: !!customElements.get(tag),
                text: root ? deepText(root).replace(/\s+/g, ' ').trim() : '',
                fieldsets: root
                  ? root.querySelectorAll(
                      'fieldset, cp-radio-group, cp-checkbox-group, cp-textarea, cp-text-field, cp-rating',
                    ).length
                  : 0,
              },
            ];
          }),
        );
      }, Object.keys(expected));
    const shown = (s) =>
      Object.entries(expected).every(([tag, texts]) => texts.every((t) => s[tag].text.includes(t))) &&
      s['cp-feedback-form'].fieldsets > 0;
    const started = Date.now();
    let s = await state();
    // The kit's words when a widget gives up: its data could not be loaded, or did not pass its schema.
    const GAVE_UP = /could not be loaded|cannot be shown/;
    while (!shown(s) && !Object.values(s).some((w) => GAVE_UP.test(w.text)) && Date.now() - started < READY_LIMIT_MS) {
      await new Promise((r) => setTimeout(r, 250));
      s = await state();
    }
    for (const [tag, texts] of Object.entries(expected)) {
      const w = s[tag];
      if (!w.found) problems.push(`<${tag}> is not on the page`);
      else if (!w.defined) problems.push(`<${tag}> is not defined (the kit was not loaded)`);
      else if (GAVE_UP.test(w.text)) problems.push(`<${tag}> says: ${w.text.slice(0, 200)}`);
      else {
        const missing = texts.filter((t) => !w.text.includes(t));
        if (missing.length)
          problems.push(
            `<${tag}> does not show ${missing.map((t) => `"${t}"`).join(', ')}; it shows: "${w.text.slice(0, 200)}"`,
          );
      }
    }
    if (s['cp-feedback-form'].found && s['cp-feedback-form'].fieldsets === 0)
      problems.push('<cp-feedback-form> shows no questions');
  } finally {
    await context.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

// ---- one framework ----
async function checkFramework(framework, { template, files }, { tarball, browser, root }) {
  const result = {
    framework,
    install: '-',
    types: '-',
    build: '-',
    render: '-',
    problem: null,
    dir: join(root, `${framework}-app`),
  };
  const log = join(root, `${framework}.log`);
  const step = async (name, fn) => {
    if (result.problem) return;
    try {
      await fn();
      result[name] = 'ok';
    } catch (e) {
      result[name] = 'FAIL';
      result.problem = `${name}: ${e.message}`;
    }
  };
  const app = result.dir;
  const inApp = { cwd: app, log, env: { PATH: `${join(app, 'node_modules/.bin')}:${process.env.PATH}` } };
  let scripts = {};
  await step('install', async () => {
    await run(
      'npm',
      [
        'create',
        '-y',
        CREATE_VITE,
        `${framework}-app`,
        '--',
        '--template',
        template,
        '--no-interactive',
        '--no-immediate',
      ],
      { cwd: root, log },
    );
    await run('npm', ['install', '--no-audit', '--no-fund'], inApp);
    await run('npm', ['install', '--no-audit', '--no-fund', tarball], inApp);
    for (const f of files) applyQuickStart(app, f);
    for (const d of DATA) writeFileSync(join(app, 'public', d.file), readFileSync(join(ROOT, d.source)));
    scripts = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).scripts;
  });
  // The template's `npm run build` is "<type check> && vite build" (or just "vite build").
  const buildParts = (scripts?.build ?? '').split('&&').map((p) => p.trim());
  const viteBuild = buildParts.filter((p) => /^vite build\b/.test(p));
  const typeChecks = buildParts.filter((p) => !/^vite build\b/.test(p));
  await step('types', async () => {
    if (viteBuild.length !== 1)
      throw new Error(`the template's build script is "${scripts.build}", not "<type check> && vite build"`);
    for (const cmd of typeChecks) await run('sh', ['-c', cmd], inApp);
    if (scripts.check) await run('npm', ['run', 'check'], inApp);
    if (!typeChecks.length && !scripts.check)
      throw new Error('the template has no type check in "build" and no "check" script');
  });
  await step('build', () => run('sh', ['-c', viteBuild[0]], inApp));
  await step('render', async () => {
    const preview = await startPreview(app, log);
    try {
      await checkRender(browser, preview.url);
    } finally {
      preview.stop();
    }
  });
  return result;
}

// ---- main ----
async function main() {
  if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/frameworks/react.d.ts'))) {
    console.error('dist/ is missing or incomplete: run `npm run build` first.');
    process.exit(1);
  }
  const { templates, frameworks } = parseQuickStarts(readFileSync(readmePath, 'utf8'));
  const chosen = Object.keys(frameworks).filter((f) => !only || only.includes(f));
  if (only && chosen.length !== only.length) {
    console.error(`--only: the README's quick starts are ${Object.keys(frameworks).join(', ')}.`);
    process.exit(1);
  }

  // The data must pass the kit's own schemas, or a failure would say nothing about the README.
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  for (const d of DATA) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(ROOT, 'dist/schemas', `${d.schema}.schema.json`), 'utf8')),
    );
    if (!validate(JSON.parse(readFileSync(join(ROOT, d.source), 'utf8')))) {
      console.error(`${d.source} does not pass ${d.schema}.schema.json: ${ajv.errorsText(validate.errors)}`);
      process.exit(1);
    }
  }

  tempRoot = mkdtempSync(join(tmpdir(), 'coproduce-quick-starts-'));
  console.log(`Working in ${tempRoot}`);
  const packDir = join(tempRoot, 'pack');
  mkdirSync(packDir);
  const packed = JSON.parse(
    await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
      cwd: ROOT,
      log: join(tempRoot, 'pack.log'),
    }),
  );
  const tarball = join(packDir, packed[0].filename);
  console.log(`Packed ${packed[0].filename} (${(packed[0].size / 1000).toFixed(0)} kB, ${packed[0].entryCount} files)`);

  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
  let results;
  try {
    const one = async (framework) => {
      console.log(`${framework}: started (create-vite ${CREATE_VITE.split('@')[1]}, template ${templates[framework]})`);
      const r = await checkFramework(
        framework,
        { template: templates[framework], files: frameworks[framework] },
        { tarball, browser, root: tempRoot },
      );
      console.log(`${framework}: ${r.problem ? `failed at ${r.problem.split(':')[0]}` : 'all ok'}`);
      return r;
    };
    if (sequential) {
      results = [];
      for (const f of chosen) results.push(await one(f));
    } else {
      results = await Promise.all(chosen.map(one));
    }
  } finally {
    await browser.close();
  }

  const columns = ['framework', 'install', 'types', 'build', 'render'];
  const widths = columns.map((c) => Math.max(c.length, ...results.map((r) => r[c].length)));
  const row = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${row(columns)}\n${row(widths.map((w) => '-'.repeat(w)))}`);
  for (const r of results) console.log(row(columns.map((c) => r[c])));
  const failed = results.filter((r) => r.problem);
  for (const r of failed)
    console.log(
      `\n${r.framework} failed at ${r.problem}\n  app: ${r.dir}\n  log: ${join(tempRoot, `${r.framework}.log`)}`,
    );
  if (failed.length) {
    console.log(`\n${failed.length} of ${results.length} quick starts failed. Temp folder kept: ${tempRoot}`);
    process.exit(1);
  }
  if (keep) console.log(`\nAll ${results.length} quick starts work. Temp folder kept: ${tempRoot}`);
  else {
    rmSync(tempRoot, { recursive: true, force: true });
    console.log(`\nAll ${results.length} quick starts work as the README says.`);
  }
}

main().catch((e) => {
  console.error(e.stack ?? e);
  if (tempRoot) console.error(`Temp folder kept: ${tempRoot}`);
  process.exit(1);
});
