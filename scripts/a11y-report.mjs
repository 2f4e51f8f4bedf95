// `npm run a11y-report`: one accessibility report per component, for auditors, built only from
// data the project already holds — never written by hand:
//   - custom-elements.json: the tag list, and the `@a11y-criterion`, `@a11y-key` and `@a11y-role`
//     facts from each class's JSDoc (copied by scripts/lib/a11y-jsdoc.mjs), inherited from base
//     classes in src/core so shared behaviour is described once;
//   - stories/*.stories.ts: each component's stories, the modes they set (right to left, 320 px,
//     themes), what a screen reader announces and the known limitations (`accessibility({…})`);
//   - tests/<name>.test.ts: the titles of the tests that check keyboard, screen-reader and mode
//     behaviour;
//   - test-results/axe-stories.jsonl: the latest axe run, one line per story and theme.
// Writes dist/accessibility/<tag>.md (in the package) and stories/accessibility/ (Storybook docs
// pages: <tag>.md and an .mdx that renders it beside the component's stories). Both are build
// output, ignored by git.
//
// Options: --results <jsonl> (default test-results/axe-stories.jsonl), --out <dir> (default
// dist/accessibility), --storybook <dir> (default stories/accessibility; "none" to skip),
// --root <dir> (default the project), --check (exit 1 unless every story of every component was
// checked in every theme of the run with no violations).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readAllStories, readAxeResults, readConst, readTestTitles } from './lib/a11y-sources.mjs';
import { CRITERIA, WCAG_VERSION, understandingUrl } from './lib/wcag22.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const THEME_ORDER = ['light', 'dark', 'high-contrast'];
export const SECTIONS = [
  'WCAG 2.2 success criteria',
  'Keyboard',
  'Roles, names and states',
  'Themes and modes tested',
  'axe results of the latest run',
  'Known limitations',
];

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
const bullets = (items) => items.map((i) => `- ${i}`).join('\n');
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Test titles, sorted by what they show. A test can count for more than one section.
const TEST_KINDS = {
  keyboard: /keyboard|\bkeys?\b|\bTab\b|arrow|\bEnter\b|\bSpace\b|Escape|Shift|focus/i,
  roles:
    /screen reader|aria-|\brole\b|<label|legend|\bnamed by\b|announce|live region|\bstatus\b|\balert\b|describ|heading|hidden|accessible name/i,
  modes: /right to left|\brtl\b|dark|high.contrast|forced.colou?r|reduced motion|320|zoom|theme|print|narrow|contrast/i,
  axe: /\baxe\b/i,
};

/** Manifest declarations by module path and name, and the custom elements among them. */
function indexManifest(manifest) {
  const byModule = new Map();
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      byModule.set(`${mod.path}#${d.name}`, d);
      if (d.customElement && d.tagName) elements.push({ ...d, modulePath: mod.path });
    }
  }
  return { byModule, elements: elements.sort((a, b) => a.tagName.localeCompare(b.tagName)) };
}

/** A class's a11y facts with its base classes' (base first; a subclass row with the same key replaces the base's). */
function inheritedFacts(decl, byModule) {
  const chain = [];
  for (let d = decl, seen = 0; d && seen < 20; seen++) {
    chain.unshift(d);
    const sup = d.superclass;
    d = sup?.module ? byModule.get(`${sup.module.replace(/^\//, '').replace(/\.js$/, '.ts')}#${sup.name}`) : undefined;
  }
  const merged = { criteria: new Map(), keyboard: new Map(), roles: new Map(), problems: [] };
  for (const d of chain) {
    const a = d.a11y ?? {};
    for (const c of a.criteria ?? []) merged.criteria.set(c.id, c);
    for (const k of a.keyboard ?? []) merged.keyboard.set(k.key, k);
    for (const r of a.roles ?? []) merged.roles.set(r.part, r);
    for (const p of a.problems ?? []) merged.problems.push(`${d.name}: ${p}`);
  }
  for (const id of merged.criteria.keys())
    if (!CRITERIA[id])
      merged.problems.push(`${decl.name}: @a11y-criterion ${id} is not a WCAG ${WCAG_VERSION} success criterion`);
  const byNumber = (a, b) =>
    a
      .split('.')
      .map(Number)
      .reduce((r, n, i) => r || n - Number(b.split('.')[i]), 0);
  return {
    criteria: [...merged.criteria.values()].sort((a, b) => byNumber(a.id, b.id)),
    keyboard: [...merged.keyboard.values()],
    // The shared error message reads best after the parts it belongs to.
    roles: [...merged.roles.values()].sort((a, b) => (a.part === 'Error message') - (b.part === 'Error message')),
    problems: merged.problems,
  };
}

/** The axe outcome of one record, in words (never a colour or symbol alone). */
function outcome(r) {
  if (!r) return 'not run';
  const v = r.violations ?? [];
  if (!v.length) return `pass (${plural(r.passes ?? 0, 'rule')} passed)`;
  return `**FAIL**: ${v.map((x) => `${x.id} (${plural(x.nodes, 'node')})`).join(', ')}`;
}

/**
 * Builds every report. Returns `{ reports: Map<tag, markdown>, index, problems, summary }`, where
 * `problems` lists what `--check` fails on.
 */
export function buildReports({ root = ROOT, manifest, results, resultsLabel = 'test-results/axe-stories.jsonl' }) {
  const { byModule, elements } = indexManifest(manifest);
  const storiesFiles = readAllStories(join(root, 'stories'));
  const suites = { formControlSuite: readTestTitles(join(root, 'tests/helpers/form-control-suite.ts')) };
  const themes = results
    ? [...new Set(results.map((r) => r.theme))].sort(
        (a, b) => (THEME_ORDER.indexOf(a) + 1 || 99) - (THEME_ORDER.indexOf(b) + 1 || 99),
      )
    : [];
  const problems = [];
  const reports = new Map();
  const summary = [];

  for (const el of elements) {
    const tag = el.tagName;
    const name = tag.replace(/^cp-/, '');
    const facts = inheritedFacts(el, byModule);
    problems.push(...facts.problems);
    const own = storiesFiles.find((s) => s.component === tag);
    // Stories files about no one component (examples, tokens) count for each tag they render.
    const shared = storiesFiles
      .filter((s) => !s.component)
      .flatMap((s) => s.stories.filter((st) => st.tags.includes(tag)).map((st) => ({ file: s, story: st })));
    const checked = [...(own ? own.stories.map((st) => ({ file: own, story: st })) : []), ...shared];
    const testFile = `tests/${name}.test.ts`;
    // Test titles are plain text: keep "<label for>" from becoming HTML in the markdown.
    const tests = readTestTitles(join(root, testFile), suites).map((t) => t.join(' › '));
    const testsOf = (kind) =>
      tests.filter((t) => TEST_KINDS[kind].test(t)).map((t) => t.replace(/</g, '&lt;').replace(/([*_])/g, '\\$1'));

    const out = [];
    out.push(`# \`<${tag}>\`: accessibility report`);
    out.push(
      `${el.summary ?? ''}\n\n*Generated by \`npm run a11y-report\` from \`custom-elements.json\` (the component's JSDoc), ` +
        `\`stories/${own?.file ?? '…'}\`, \`${testFile}\` and the latest axe run (\`${resultsLabel}\`). Do not edit it by hand: change those instead.*`,
    );
    if (!own) problems.push(`${tag}: no stories file has \`component: '${tag}'\``);

    // 1. WCAG criteria
    out.push(`## ${SECTIONS[0]}`);
    if (facts.criteria.length) {
      out.push(
        table(
          ['Criterion', 'Level', 'How the component meets it'],
          facts.criteria.map((c) => {
            const [title, level] = CRITERIA[c.id] ?? ['(unknown criterion)', '?'];
            return [
              CRITERIA[c.id] ? `[${c.id} ${title}](${understandingUrl(c.id)})` : `${c.id} ${title}`,
              level,
              c.how,
            ];
          }),
        ),
      );
    } else {
      out.push('No criteria are recorded for this component yet (`@a11y-criterion` in its JSDoc).');
      problems.push(`${tag}: no @a11y-criterion`);
    }

    // 2. Keyboard
    out.push(`## ${SECTIONS[1]}`);
    out.push(
      facts.keyboard.length
        ? table(
            ['Key', 'What it does'],
            facts.keyboard.map((k) => [k.key, k.action]),
          )
        : 'No keyboard interaction is recorded for this component (`@a11y-key` in its JSDoc).',
    );
    if (!facts.keyboard.length) problems.push(`${tag}: no @a11y-key`);
    const kTests = testsOf('keyboard');
    out.push(
      kTests.length
        ? `Checked in a real browser by ${plural(kTests.length, 'test')} in \`${testFile}\`:\n\n${bullets(kTests)}`
        : `No test in \`${testFile}\` names keyboard behaviour.`,
    );

    // 3. Roles, names and states
    out.push(`## ${SECTIONS[2]}`);
    out.push(
      facts.roles.length
        ? table(
            ['Part', 'Role', 'Accessible name', 'States and properties'],
            facts.roles.map((r) => [r.part, r.role, r.name, r.states]),
          )
        : 'No roles are recorded for this component (`@a11y-role` in its JSDoc).',
    );
    if (!facts.roles.length) problems.push(`${tag}: no @a11y-role`);
    const sr = own?.accessibility?.screenReader ?? [];
    if (sr.length) out.push(`What a screen reader announces (from the component's Storybook docs):\n\n${bullets(sr)}`);
    const rTests = testsOf('roles');
    if (rTests.length)
      out.push(
        `Checked in a real browser by ${plural(rTests.length, 'test')} in \`${testFile}\`:\n\n${bullets(rTests)}`,
      );

    // 4. Themes and modes
    out.push(`## ${SECTIONS[3]}`);
    const mine =
      results?.filter((r) => checked.some((c) => c.file.file === r.file && c.story.exportName === r.story)) ?? [];
    const myThemes = [...new Set(mine.map((r) => r.theme))].sort((a, b) => themes.indexOf(a) - themes.indexOf(b));
    out.push(
      results
        ? myThemes.length
          ? `The stories were checked with axe in these themes (\`data-cp-theme\` on the page): ${myThemes.map((t) => `**${t}**`).join(', ')}. ` +
            'A story that sets its own theme is checked in that theme only.'
          : `The latest axe run has no results for this component's stories.`
        : 'Themes: **not yet run**. `npm test` checks every story with axe in each theme and then rebuilds this page.',
    );
    const modeRows = checked
      .filter((c) => c.story.modes.length)
      .map((c) => [`${c.file.title} › ${c.story.name}`, c.story.modes.join('; ')]);
    if (modeRows.length)
      out.push(`Stories that set a mode (each is also in the axe results):\n\n${table(['Story', 'Mode'], modeRows)}`);
    const mTests = testsOf('modes');
    if (mTests.length)
      out.push(`Modes checked by ${plural(mTests.length, 'test')} in \`${testFile}\`:\n\n${bullets(mTests)}`);

    // 5. axe results
    out.push(`## ${SECTIONS[4]}`);
    let pass = 0;
    let fail = 0;
    let missing = 0;
    if (!results) {
      out.push(
        `**Not yet run.** There are no axe results (\`${resultsLabel}\` does not exist). \`npm test\` runs axe on every story in every theme and then rebuilds this report. ` +
          `Stories that will be checked: ${checked.map((c) => `${c.file.title} › ${c.story.name}`).join('; ') || 'none'}.`,
      );
      missing = checked.length;
    } else {
      const versions = [...new Set(mine.map((r) => r.axeVersion).filter(Boolean))];
      const dates = mine
        .map((r) => r.date)
        .filter(Boolean)
        .sort();
      const ruleTags = [...new Set(mine.flatMap((r) => r.tags ?? []))];
      // Rules turned off for story fragments: recorded with the run, or else as the tests declare them.
      const disabled = [...new Set(mine.flatMap((r) => r.disabledRules ?? []))];
      if (!disabled.length)
        disabled.push(...(readConst(join(root, 'tests/helpers/axe.ts'), 'AXE_STORY_EXCLUDED_RULES') ?? []));
      const rows = checked.map((c) => {
        const cells = themes.map((t) => {
          const r = mine.find((x) => x.file === c.file.file && x.story === c.story.exportName && x.theme === t);
          if (!r && c.story.forcedTheme && c.story.forcedTheme !== t)
            return `— (the story sets ${c.story.forcedTheme})`;
          if (!r) missing++;
          else if (r.violations?.length) fail++;
          else pass++;
          return outcome(r);
        });
        return [`${c.file.title} › ${c.story.name}`, ...cells];
      });
      out.push(
        `axe-core ${versions.join(', ') || '(version not recorded)'}, run ${
          dates.length
            ? `on ${dates
                .at(-1)
                .replace('T', ' ')
                .replace(/\.\d+Z$/, ' UTC')}`
            : '(date not recorded)'
        }, ` +
          `with the rule tags ${ruleTags.map((t) => `\`${t}\``).join(', ') || '(not recorded)'}` +
          `; rules turned off for stories: ${disabled.length ? disabled.map((t) => `\`${t}\``).join(', ') : 'none'}. ` +
          `${plural(pass + fail + missing, 'check')} (story × theme): **${pass} passed, ${fail} failed, ${missing} not run**.`,
      );
      out.push(table(['Story', ...themes], rows));
    }
    if (fail) problems.push(`${tag}: ${plural(fail, 'story check')} with axe violations`);
    if (missing) problems.push(`${tag}: ${plural(missing, 'story check')} not run`);
    const aTests = testsOf('axe');
    if (aTests.length)
      out.push(
        `axe also runs on states the stories do not show, in ${plural(aTests.length, 'test')} in \`${testFile}\`:\n\n${bullets(aTests)}`,
      );

    // 6. Limitations
    out.push(`## ${SECTIONS[5]}`);
    const lim = own?.accessibility?.limitations ?? [];
    out.push(
      lim.length ? bullets(lim) : "None recorded in the component's Storybook docs (`accessibility({ limitations })`).",
    );

    reports.set(tag, `${out.join('\n\n')}\n`);
    summary.push({
      tag,
      title: own?.title,
      criteria: facts.criteria.length,
      keys: facts.keyboard.length,
      pass,
      fail,
      missing,
    });
  }

  const index =
    `# Accessibility reports\n\nOne page per component, generated by \`npm run a11y-report\` from the manifest, the stories, the tests and ` +
    `${results ? `the latest axe run (\`${resultsLabel}\`)` : 'the axe results, which are **not yet run**'}. WCAG ${WCAG_VERSION}.\n\n` +
    table(
      ['Component', 'Criteria', 'Keys', 'axe checks passed', 'failed', 'not run'],
      summary.map((s) => [`[\`<${s.tag}>\`](./${s.tag}.md)`, s.criteria, s.keys, s.pass, s.fail, s.missing]),
    ) +
    '\n';
  return { reports, index, problems, summary, storiesFiles };
}

/** The Storybook page for one component: the generated markdown, beside the component's stories. */
function mdxPage(tag, storiesFile) {
  return `{/* Generated by npm run a11y-report: do not edit. */}
import { Meta, Markdown } from '@storybook/addon-docs/blocks';
import * as Stories from '../${storiesFile.replace(/\.ts$/, '')}';
import report from './${tag}.md?raw';

<Meta of={Stories} name="Accessibility report" />

<Markdown>{report}</Markdown>
`;
}

function main(argv) {
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const root = resolve(opt('root', ROOT));
  const resultsPath = resolve(root, opt('results', 'test-results/axe-stories.jsonl'));
  const outDir = resolve(root, opt('out', 'dist/accessibility'));
  const sbDir = opt('storybook', 'stories/accessibility');
  const manifestPath = join(root, 'custom-elements.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    console.error(`a11y-report: cannot read ${manifestPath}. Run \`npm run build:manifest\` first.`);
    return 1;
  }
  const results = readAxeResults(resultsPath);
  const { reports, index, problems, storiesFiles } = buildReports({
    root,
    manifest,
    results,
    resultsLabel: relative(root, resultsPath),
  });
  // Facts that cannot be read are an error in any mode: a report must not quietly drop them.
  const broken = problems.filter((p) => /is not a WCAG|needs \d parts/.test(p));
  if (broken.length) {
    console.error(
      `a11y-report: the JSDoc accessibility facts have problems:\n${broken.map((p) => `  - ${p}`).join('\n')}`,
    );
    return 1;
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [tag, md] of reports) writeFileSync(join(outDir, `${tag}.md`), md);
  writeFileSync(join(outDir, 'README.md'), index);
  if (sbDir !== 'none') {
    const dir = resolve(root, sbDir);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [tag, md] of reports) {
      const own = storiesFiles.find((s) => s.component === tag);
      writeFileSync(join(dir, `${tag}.md`), md);
      if (own) writeFileSync(join(dir, `${tag}.mdx`), mdxPage(tag, own.file));
    }
    // In Storybook each page sits beside its component's stories: name it instead of linking a file.
    writeFileSync(join(dir, 'index.md'), index.replace(/\[(`<cp-[a-z-]+>`)\]\(\.\/cp-[a-z-]+\.md\)/g, '$1'));
    writeFileSync(
      join(dir, 'index.mdx'),
      `{/* Generated by npm run a11y-report: do not edit. */}\nimport { Meta, Markdown } from '@storybook/addon-docs/blocks';\nimport index from './index.md?raw';\n\n<Meta title="Accessibility reports" />\n\n<Markdown>{index}</Markdown>\n`,
    );
  }
  console.log(
    `a11y-report: ${reports.size} pages in ${relative(root, outDir)}${sbDir !== 'none' ? ` and ${sbDir}` : ''} (axe results: ${results ? `${results.length} from ${relative(root, resultsPath)}` : 'not yet run'})`,
  );
  if (argv.includes('--check') && problems.length) {
    console.error(`a11y-report --check:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exit(main(process.argv.slice(2)));
