// The accessibility report (scripts/a11y-report.mjs): a page per component in README's table,
// each with the six sections, the axe results of every story in every theme of a given run, and
// failures shown as failures. Runs the real script on the real manifest, stories and tests, with
// results files written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReports, SECTIONS } from '../../scripts/a11y-report.mjs';
import { parseA11yTags } from '../../scripts/lib/a11y-jsdoc.mjs';
import { readAllStories } from '../../scripts/lib/a11y-sources.mjs';

const THEMES = ['light', 'dark', 'high-contrast'];
const readmeTags = [
  ...readFileSync('README.md', 'utf8')
    .split('## Components')[1]
    .split('\n## ')[0]
    .matchAll(/^\| `<(cp-[a-z-]+)>` \|/gm),
].map((m) => m[1]);
const storiesFiles = readAllStories('stories');

assert.ok(existsSync('custom-elements.json'), 'custom-elements.json is missing: run `npm run build:manifest` first');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/**
 * One passing axe record per story of every stories file, in every theme, as the browser tests
 * write them (tests/helpers/stories.ts): a story that sets its own theme runs in that theme only.
 */
function passingRun() {
  return storiesFiles.flatMap((f) =>
    f.stories.flatMap((s) =>
      (s.forcedTheme ? [s.forcedTheme] : THEMES).map((theme) => ({
        file: f.file,
        story: s.exportName,
        theme,
        tags: ['wcag2a', 'wcag2aa', 'wcag2aaa', 'best-practice'],
        violations: [],
        passes: 40,
        axeVersion: '4.99.0',
        date: '2026-01-02T03:04:05.000Z',
      })),
    ),
  );
}

/** Runs the script into a fresh folder; returns its exit status, output and pages. */
function runReport(records, extra = []) {
  const dir = mkdtempSync(join(tmpdir(), 'a11y-report-'));
  const args = ['scripts/a11y-report.mjs', '--out', join(dir, 'dist'), '--storybook', join(dir, 'sb'), ...extra];
  if (records) {
    writeFileSync(join(dir, 'axe.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    args.push('--results', join(dir, 'axe.jsonl'));
  } else args.push('--results', join(dir, 'none.jsonl'));
  const r = spawnSync('node', args, { encoding: 'utf8' });
  const page = (tag) => readFileSync(join(dir, 'dist', `${tag}.md`), 'utf8');
  return { status: r.status, out: r.stdout + r.stderr, dir, page };
}

/** The rows of the axe table of a page: story → cells. */
function axeRows(md) {
  const section = md.split(`## ${SECTIONS[4]}`)[1].split('\n## ')[0];
  const lines = section.split('\n').filter((l) => l.startsWith('| '));
  const split = (l) => l.slice(2, -2).split(' | ');
  return { head: split(lines[0]), rows: new Map(lines.slice(2).map((l) => [split(l)[0], split(l).slice(1)])) };
}

test('README lists the 15 tags the reports are for', () => {
  assert.equal(readmeTags.length, 15, readmeTags.join(', '));
});

test('a page for every tag in README, each with the six sections in order', () => {
  const { status, out, dir, page } = runReport(passingRun());
  assert.equal(status, 0, out);
  const pages = readdirSync(join(dir, 'dist'))
    .filter((f) => f.startsWith('cp-'))
    .map((f) => f.replace(/\.md$/, ''));
  assert.deepEqual(pages.sort(), [...readmeTags].sort());
  for (const tag of readmeTags) {
    const md = page(tag);
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, SECTIONS, tag);
    assert.match(md, new RegExp(`^# \`<${tag}>\``), tag);
    // Facts from the JSDoc: a criterion with its level, a key, a role.
    const section = (i) => md.split(`## ${SECTIONS[i]}`)[1].split('\n## ')[0];
    assert.match(
      section(0),
      /\| \[\d+\.\d+\.\d+ [^\]]+\]\(https:\/\/www\.w3\.org\/WAI\/WCAG22\/Understanding\/[a-z-]+\.html\) \| A{1,3} \|/,
      `${tag}: criteria`,
    );
    assert.match(section(1), /^\| Key \| What it does \|$/m, `${tag}: keyboard table`);
    assert.match(
      section(2),
      /^\| Part \| Role \| Accessible name \| States and properties \|$/m,
      `${tag}: roles table`,
    );
    assert.doesNotMatch(section(5), /None recorded/, `${tag}: limitations come from its stories`);
  }
  // Storybook: an .mdx page beside each component's stories, rendering its markdown.
  for (const tag of readmeTags) {
    const mdx = readFileSync(join(dir, 'sb', `${tag}.mdx`), 'utf8');
    const own = storiesFiles.find((f) => f.component === tag);
    assert.ok(mdx.includes(`import * as Stories from '../${own.file.replace(/\.ts$/, '')}'`), tag);
    assert.ok(mdx.includes('<Meta of={Stories} name="Accessibility report" />'), tag);
    assert.ok(mdx.includes(`import report from './${tag}.md?raw'`), tag);
    assert.equal(readFileSync(join(dir, 'sb', `${tag}.md`), 'utf8'), page(tag));
  }
});

test('the axe section lists every story in every theme of the run, with the axe version and date', () => {
  const { status, out, page } = runReport(passingRun(), ['--check']);
  assert.equal(status, 0, `--check passes when every story passed in every theme:\n${out}`);
  for (const tag of readmeTags) {
    const md = page(tag);
    assert.match(md, /axe-core 4\.99\.0, run on 2026-01-02 03:04:05 UTC/, tag);
    const { head, rows } = axeRows(md);
    assert.deepEqual(head, ['Story', ...THEMES], tag);
    const own = storiesFiles.find((f) => f.component === tag);
    for (const s of own.stories) {
      const cells = rows.get(`${own.title} › ${s.name}`);
      assert.ok(cells, `${tag}: ${s.exportName} is in the axe table`);
      const expected = THEMES.map((t) =>
        !s.forcedTheme || s.forcedTheme === t ? 'pass (40 rules passed)' : `— (the story sets ${s.forcedTheme})`,
      );
      assert.deepEqual(cells, expected, `${tag}: ${s.exportName}`);
    }
  }
  assert.deepEqual(axeRows(page('cp-button')).rows.get('Primitives/Button › Dark'), [
    '— (the story sets dark)',
    'pass (40 rules passed)',
    '— (the story sets dark)',
  ]);
  // Stories files about no single component count for each tag they show.
  assert.ok(axeRows(page('cp-feedback-form')).rows.has('Examples/With the collector › Feedback Form'));
  assert.ok(axeRows(page('cp-button')).rows.has('Foundations/Tokens and themes › Dark'));
});

test('a violation in the results shows as a failure, and --check fails on it', () => {
  const records = passingRun();
  const planted = records.find((r) => r.file === 'button.stories.ts' && r.story === 'Primary' && r.theme === 'dark');
  planted.violations = [{ id: 'color-contrast-enhanced', nodes: 2 }];
  const { status, out, page } = runReport(records, ['--check']);
  assert.equal(status, 1, out);
  assert.match(out, /cp-button: 1 story check with axe violations/);
  const md = page('cp-button');
  const { rows } = axeRows(md);
  assert.deepEqual(rows.get('Primitives/Button › Primary'), [
    'pass (40 rules passed)',
    '**FAIL**: color-contrast-enhanced (2 nodes)',
    'pass (40 rules passed)',
  ]);
  assert.match(md, /\*\*\d+ passed, 1 failed, 0 not run\*\*/);
  // The Tokens story that shows a button too is unaffected: the failure belongs to one story.
  assert.doesNotMatch(page('cp-text-field'), /FAIL/);
});

test('a story missing from the run is "not run", and --check fails on it', () => {
  const records = passingRun().filter(
    (r) => !(r.file === 'rating.stories.ts' && r.story === 'Chosen' && r.theme === 'high-contrast'),
  );
  const { status, out, page } = runReport(records, ['--check']);
  assert.equal(status, 1, out);
  assert.match(out, /cp-rating: 1 story check not run/);
  assert.deepEqual(axeRows(page('cp-rating')).rows.get('Primitives/Rating › Chosen'), [
    'pass (40 rules passed)',
    'pass (40 rules passed)',
    'not run',
  ]);
});

test('with no results yet, every page says plainly that axe has not run', () => {
  const { status, out, page } = runReport(undefined);
  assert.equal(status, 0, out);
  for (const tag of readmeTags) {
    const md = page(tag);
    assert.match(md.split(`## ${SECTIONS[4]}`)[1], /^\*\*Not yet run\.\*\*/m, tag);
    assert.doesNotMatch(md, /pass \(|FAIL/, tag);
  }
  assert.equal(runReport(undefined, ['--check']).status, 1, '--check fails when nothing has run');
});

test('JSDoc facts that cannot be read are refused, not printed', () => {
  const parsed = parseA11yTags(`/**
   * @a11y-criterion 1.3.1 | Labels are linked
   *   across two lines.
   * @a11y-key Tab
   * @a11y-role Group | group | The legend | —
   */`);
  assert.deepEqual(parsed.criteria, [{ id: '1.3.1', how: 'Labels are linked across two lines.' }]);
  assert.equal(parsed.roles.length, 1);
  assert.equal(parsed.keyboard.length, 0);
  assert.match(parsed.problems[0], /@a11y-key needs 2 parts/);

  // A criterion that is not in WCAG 2.2 (4.1.1 Parsing was removed) is a problem of the report.
  const copy = structuredClone(manifest);
  const button = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cp-button');
  button.a11y.criteria.push({ id: '4.1.1', how: 'Valid HTML' });
  const { problems } = buildReports({ manifest: copy, results: undefined });
  assert.ok(
    problems.some((p) => /CpButton: @a11y-criterion 4\.1\.1 is not a WCAG 2\.2 success criterion/.test(p)),
    problems.join('\n'),
  );
});

test('the reports are built into the package, by npm test after the browser tests, and before Storybook', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(pkg.files.includes('dist'), 'dist/accessibility is published');
  assert.match(
    pkg.scripts.build,
    /node scripts\/a11y-report\.mjs$/,
    'npm run build ends with the report (vite empties dist/ first)',
  );
  assert.equal(pkg.scripts['a11y-report'], 'node scripts/a11y-report.mjs');
  assert.match(pkg.scripts['build-storybook'], /a11y-report.*storybook build/);
  assert.match(
    readFileSync('scripts/start.mjs', 'utf8'),
    /custom-elements-manifest analyze && node scripts\/a11y-report\.mjs/,
  );
  const runner = readFileSync('scripts/test.mjs', 'utf8');
  const browser = runner.indexOf("run('browser tests'");
  const report = runner.indexOf("'scripts/a11y-report.mjs', '--check'");
  assert.ok(browser > 0 && report > browser, 'scripts/test.mjs checks the report after the browser tests');
  assert.match(
    readFileSync('.gitignore', 'utf8'),
    /^stories\/accessibility\/$/m,
    'the generated Storybook pages are not committed',
  );
});
