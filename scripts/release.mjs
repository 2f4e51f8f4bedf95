// `npm run release` (which builds first): the folder a website needs, and a zip of it.
//
//   release/coproduce-kit-<version>/
//     coproduce-kit/          a copy of dist/cdn/: the loader coproduce-kit.js, the files it loads,
//                             coproduce-kit.all.js, coproduce-kit.api.js, locales/
//     examples/feedback.html  examples/feedback.html from the repository (the README's page)
//     LICENSE, README.md
//   release/coproduce-kit-<version>.zip
//
// `node scripts/release.mjs [--out <folder>]` (or RELEASE_DIR) writes elsewhere than release/; the
// tests use that. It needs a build (dist/cdn/), and checks before it zips that every file the
// example loads is in the folder.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zip } from './lib/zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = 'examples/feedback.html';

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      relative(dir, join(d.parentPath ?? d.path, d.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * The files a page asks for: each `src` and `href` attribute, and each module import (`import …
 * from '…'`, `import '…'`, `import('…')`) in its scripts, except addresses on other sites.
 */
export function pageReferences(html) {
  const refs = [
    ...[...html.matchAll(/\s(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]),
    ...[...html.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]),
    ...[...html.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]),
  ];
  return [...new Set(refs)].filter((r) => !/^([a-z][\w+.-]*:|\/\/|#)/i.test(r));
}

/**
 * What is wrong with a release folder, as a list of plain sentences (empty when nothing is): the
 * files it must hold, and every file its example pages ask for, resolved as a web server serving
 * the folder would.
 */
export function releaseProblems(folder) {
  const problems = [];
  for (const file of [
    'coproduce-kit/coproduce-kit.js',
    'coproduce-kit/coproduce-kit.all.js',
    'coproduce-kit/coproduce-kit.api.js',
    EXAMPLE,
    'LICENSE',
    'README.md',
  ])
    if (!existsSync(join(folder, file))) problems.push(`${file} is missing`);
  const examples = existsSync(join(folder, 'examples'))
    ? filesUnder(join(folder, 'examples')).filter((f) => f.endsWith('.html'))
    : [];
  for (const page of examples) {
    const html = readFileSync(join(folder, 'examples', page), 'utf8');
    const refs = pageReferences(html);
    if (!refs.some((r) => r.endsWith('coproduce-kit.js')))
      problems.push(`examples/${page} does not load coproduce-kit.js`);
    for (const ref of refs) {
      // As served from the folder: "/x" from its top, "x" and "../x" from the page's own folder.
      const path = ref.startsWith('/') ? ref.slice(1) : posix.join('examples', posix.dirname(page), ref);
      const clean = posix.normalize(path.split(/[?#]/)[0]);
      if (clean.startsWith('..') || !existsSync(join(folder, clean)) || !statSync(join(folder, clean)).isFile())
        problems.push(`examples/${page} asks for ${ref}, which is not in the folder`);
    }
  }
  return problems;
}

function readme(version) {
  return `# coproduce-kit ${version}

Accessible web components for co-production: feedback forms, "you said, we did" panels,
contributor credits and consent flows. This folder is all a website needs.

## What is here

- \`coproduce-kit/\`: the kit's files. Keep them together in one folder.
  - \`coproduce-kit.js\`: the one file a page loads. It is small: it fetches each component's
    file from beside it the first time that component's tag is on the page.
  - \`coproduce-kit.all.js\`: every component in one file, if you prefer one file to several.
  - \`coproduce-kit.api.js\`: the kit's functions (see below).
  - \`locales/\`: the kit's words in other languages, fetched only when a page needs them.
- \`examples/feedback.html\`: a complete page with a feedback form.
- \`LICENSE\`: the MIT licence.

## Put it on your site

1. Copy the \`coproduce-kit/\` folder to your site, for example to \`/coproduce-kit/\`.
2. Add this line to the \`<head>\` of each page that shows a component:

   \`\`\`html
   <script type="module" src="/coproduce-kit/coproduce-kit.js"></script>
   \`\`\`

3. Add a component, as \`examples/feedback.html\` does. Its \`endpoint\` is the address of the
   collector, the small server that receives the answers.

## Try it on your computer first

1. Start the collector from a clone of the coproduce-kit repository (after \`npm install\`):

   \`\`\`sh
   COLLECTOR_ALLOWED_ORIGINS=http://localhost:8000 COLLECTOR_ADMIN_TOKEN=change-me-to-16-characters-or-more npm run collector
   \`\`\`

2. In another terminal, serve this folder:

   \`\`\`sh
   cd release/coproduce-kit-${version}
   python3 -m http.server 8000
   \`\`\`

3. Open http://localhost:8000/examples/feedback.html. Use \`localhost\`, not \`127.0.0.1\`: the
   collector accepts answers only from the exact address in \`COLLECTOR_ALLOWED_ORIGINS\`.
4. Answer a question and press "Send my answers". Then check that the answer arrived:

   \`\`\`sh
   curl -H "Authorization: Bearer change-me-to-16-characters-or-more" "http://localhost:8787/v1/admin/feedback?formId=lunch-club"
   \`\`\`

   It prints \`"count":1\` and your answers.

On a live site, run the collector behind HTTPS and set \`COLLECTOR_ALLOWED_ORIGINS\` to your
site's address (for example \`https://www.example.org\`): see the collector's README in the
repository.

## The kit's functions

\`coproduce-kit.js\` exports \`registerStrings\`, to change any of the kit's words. It returns a
promise; widgets already on the page show the new words.

\`\`\`html
<script type="module">
  import { registerStrings } from '/coproduce-kit/coproduce-kit.js';
  await registerStrings('en', { optional: '(you can skip this)' });
</script>
\`\`\`

\`coproduce-kit.api.js\` exports \`registerStrings\`, \`fromAllContributors\` (credits from an
\`.all-contributorsrc\` file) and \`redactCredits\` (credits with each person shown only as they
chose). So does \`coproduce-kit.all.js\`, for pages that load that file instead.
`;
}

/** Writes the release folder and its zip into `out`; returns their paths. */
export function writeRelease({
  out = join(root, 'release'),
  dist = join(root, 'dist/cdn'),
  example = join(root, EXAMPLE),
  version,
} = {}) {
  version ??= JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (!existsSync(join(dist, 'coproduce-kit.js')))
    throw new Error(
      `${relative(root, dist) || dist}/coproduce-kit.js is missing: build first (\`npm run release\` builds, then writes the release)`,
    );
  const name = `coproduce-kit-${version}`;
  const folder = join(out, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'examples'), { recursive: true });
  for (const file of filesUnder(dist)) {
    mkdirSync(dirname(join(folder, 'coproduce-kit', file)), { recursive: true });
    copyFileSync(join(dist, file), join(folder, 'coproduce-kit', file));
  }
  copyFileSync(example, join(folder, EXAMPLE));
  copyFileSync(join(root, 'LICENSE'), join(folder, 'LICENSE'));
  writeFileSync(join(folder, 'README.md'), readme(version));

  const problems = releaseProblems(folder);
  if (problems.length) throw new Error(`The release folder ${folder} is not complete:\n- ${problems.join('\n- ')}`);

  const zipFile = join(out, `${name}.zip`);
  const now = new Date();
  writeFileSync(
    zipFile,
    zip(filesUnder(folder).map((f) => ({ name: `${name}/${f}`, data: readFileSync(join(folder, f)), date: now }))),
  );
  return { folder, zipFile };
}

/** The newest modification time of any file under `dir`. */
const newest = (dir) => Math.max(...filesUnder(dir).map((f) => statSync(join(dir, f)).mtimeMs));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--out');
  const out = resolve(at > 0 ? process.argv[at + 1] : (process.env.RELEASE_DIR ?? join(root, 'release')));
  const loader = join(root, 'dist/cdn/coproduce-kit.js');
  if (existsSync(loader) && newest(join(root, 'src')) > statSync(loader).mtimeMs)
    console.warn(
      'Note: src/ has changed since the last build. `npm run release` builds first; `node scripts/release.mjs` alone does not.',
    );
  try {
    const { folder, zipFile } = writeRelease({ out });
    console.log(`Wrote ${relative(process.cwd(), folder) || folder}/ and ${relative(process.cwd(), zipFile)}.`);
    console.log(
      `Try it: cd ${relative(process.cwd(), folder)} && python3 -m http.server 8000, then open http://localhost:8000/examples/feedback.html`,
    );
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
