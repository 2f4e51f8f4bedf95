// `npm run release` and `npm pack`: what a charity copies to its site, and what the packages hold.
// Runs against the build `npm test` makes first (scripts/test.mjs: build, then the Node tests); the
// pack checks use --ignore-scripts so they list the built files without building again.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { filesUnder, pageReferences, releaseProblems, writeRelease } from '../../scripts/release.mjs';
import { crc32, zip } from '../../scripts/lib/zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `coproduce-kit-${version}`;

/** The entries of a zip file, read from its central directory (not from the writer's own code). */
function readZip(buf) {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'the zip has an end-of-central-directory record');
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  let at = buf.readUInt32LE(end + 16);
  assert.equal(at + size, end, 'the central directory ends where the end record starts');
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, `central directory entry ${i} has its signature`);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const length = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength);
    // The local header it points at names the same file.
    assert.equal(buf.readUInt32LE(offset), 0x04034b50, `${entryName}: local header signature`);
    const localName = buf.readUInt16LE(offset + 26);
    assert.equal(buf.toString('utf8', offset + 30, offset + 30 + localName), entryName);
    const start = offset + 30 + localName + buf.readUInt16LE(offset + 28);
    const body = buf.subarray(start, start + compressed);
    entries.push({
      name: entryName,
      method,
      crc,
      length,
      data: () => (method === 8 ? inflateRawSync(body) : Buffer.from(body)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('npm run release', () => {
  let out;
  let folder;
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'cp-release-'));
    // The script itself, as `npm run release` runs it after building.
    const run = spawnSync(process.execPath, ['scripts/release.mjs', '--out', out], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    folder = join(out, name);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('the folder holds the loader and its files, the one file, the example, the licence and a README', () => {
    const files = filesUnder(folder);
    for (const f of [
      'coproduce-kit/coproduce-kit.js',
      'coproduce-kit/coproduce-kit.all.js',
      'coproduce-kit/coproduce-kit.api.js',
      'coproduce-kit/core.js',
      'coproduce-kit/locales/cy.js',
      'examples/feedback.html',
      'LICENSE',
      'README.md',
    ])
      assert.ok(files.includes(f), `${f} is in the release folder`);
    // coproduce-kit/ is the built script-tag folder, every file of it.
    assert.deepEqual(
      files.filter((f) => f.startsWith('coproduce-kit/')),
      filesUnder('dist/cdn').map((f) => `coproduce-kit/${f}`),
    );
    assert.match(
      readFileSync(join(folder, 'LICENSE'), 'utf8'),
      /MIT License[\s\S]*Copyright \(c\) 2026 coproduce-kit contributors/,
    );
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    assert.ok(readme.includes(`cd release/${name}`), 'the README says how to serve this folder');
    assert.ok(
      readme.includes('/v1/admin/feedback?formId=lunch-club'),
      'the README says how to check an answer arrived',
    );
    assert.deepEqual(releaseProblems(folder), []);
  });

  test("the example is the repository's page, and every file it loads is in the folder", () => {
    const html = readFileSync(join(folder, 'examples/feedback.html'), 'utf8');
    assert.equal(html, readFileSync('examples/feedback.html', 'utf8'));
    assert.match(html, /<cp-provider endpoint="http:\/\/localhost:8787">/);
    assert.match(html, /"id": "lunch-club"/);
    assert.match(html, /import \{ registerStrings \} from '\.\.\/coproduce-kit\/coproduce-kit\.js'/);
    const refs = pageReferences(html);
    assert.deepEqual(refs, ['../coproduce-kit/coproduce-kit.js']);
    for (const ref of refs) assert.ok(existsSync(join(folder, 'examples', ref)), ref);
  });

  test('the check finds each kind of reference, and ignores other sites', () => {
    const html = `<script type="module" src="../a.js"></script><link rel="stylesheet" href="/b.css" />
      <script type="module">import { x } from './c.js'; import './d.js'; await import('../e.js');</script>
      <script src="https://example.org/f.js"></script><a href="#top">Top</a>`;
    assert.deepEqual(pageReferences(html).sort(), ['../a.js', '../e.js', './c.js', './d.js', '/b.css']);
  });

  test('the check fails on a broken example: a file it loads is missing', () => {
    const broken = mkdtempSync(join(tmpdir(), 'cp-release-broken-'));
    try {
      // The folder with the loader removed.
      cpSync(folder, join(broken, 'copy'), { recursive: true });
      rmSync(join(broken, 'copy/coproduce-kit/coproduce-kit.js'));
      assert.deepEqual(releaseProblems(join(broken, 'copy')), [
        'coproduce-kit/coproduce-kit.js is missing',
        'examples/feedback.html asks for ../coproduce-kit/coproduce-kit.js, which is not in the folder',
      ]);
      // An example that imports a file the kit does not have: the release stops, and writes no zip.
      const page = join(broken, 'page.html');
      writeFileSync(
        page,
        readFileSync('examples/feedback.html', 'utf8').replace(
          "from '../coproduce-kit/coproduce-kit.js'",
          "from '../coproduce-kit/api.js'",
        ),
      );
      assert.throws(
        () => writeRelease({ out: join(broken, 'out'), example: page }),
        /examples\/feedback\.html asks for \.\.\/coproduce-kit\/api\.js, which is not in the folder/,
      );
      assert.ok(!existsSync(join(broken, 'out', `${name}.zip`)));
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  test('the zip is valid: its central directory lists every file of the folder, and they inflate to the same bytes', () => {
    const entries = readZip(readFileSync(join(out, `${name}.zip`)));
    assert.deepEqual(
      entries.map((e) => e.name),
      filesUnder(folder).map((f) => `${name}/${f}`),
    );
    for (const file of [
      'examples/feedback.html',
      'coproduce-kit/coproduce-kit.js',
      'coproduce-kit/coproduce-kit.all.js',
    ]) {
      const entry = entries.find((e) => e.name === `${name}/${file}`);
      const bytes = readFileSync(join(folder, file));
      assert.equal(entry.method, 8, `${file} is deflated`);
      assert.equal(entry.length, bytes.length);
      assert.ok(entry.data().equals(bytes), `${file} inflates to the folder's bytes`);
      // Node's own CRC-32, not the writer's table.
      assert.equal(entry.crc, zlibCrc32(bytes), `${file}'s CRC-32`);
    }
  });

  test('the zip writer stores what deflating does not shrink, and its CRC-32 is the standard one', () => {
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 251));
    const entries = readZip(
      zip([
        { name: 'a/tiny.txt', data: 'x' },
        { name: 'a/ünïcode.bin', data: random },
      ]),
    );
    assert.deepEqual(
      entries.map((e) => [e.name, e.method]),
      [
        ['a/tiny.txt', 0],
        ['a/ünïcode.bin', 0],
      ],
    );
    assert.equal(entries[0].data().toString(), 'x');
    assert.ok(entries[1].data().equals(random));
  });
});

/** What `npm pack` would put in the tarball, without building (the build has run). */
function packed(args = []) {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...args], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  assert.equal(run.status, 0, run.stderr);
  const [pack] = JSON.parse(run.stdout);
  return pack.files.map((f) => f.path);
}

const unwanted = (files, prefixes) =>
  files.filter((f) => prefixes.some((p) => f.startsWith(p)) || f.endsWith('.map') || f.endsWith('.tgz'));

test("npm pack: the kit's package holds the build, its types, the manifest, README and LICENSE, and no sources or tests", () => {
  const files = packed();
  for (const f of [
    'package.json',
    'dist/index.js',
    'dist/types/index.d.ts',
    'dist/frameworks/react.d.ts',
    'dist/frameworks/vue.d.ts',
    'dist/frameworks/svelte.d.ts',
    'dist/cdn/coproduce-kit.js',
    'dist/cdn/coproduce-kit.api.js',
    'dist/tokens.css',
    'custom-elements.json',
    'LICENSE',
    'README.md',
  ])
    assert.ok(files.includes(f), `${f} is in the package`);
  // Every address in "exports" is in the package.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) =>
    t === null ? [] : typeof t === 'string' ? [t] : Object.values(t),
  );
  for (const t of targets.map((t) => t.replace(/^\.\//, ''))) {
    const re = new RegExp(
      `^${t
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+')}$`,
    );
    assert.ok(
      files.some((f) => re.test(f)),
      `exports target ${t} is in the package`,
    );
  }
  assert.deepEqual(
    unwanted(files, [
      'src/',
      'tests/',
      'stories/',
      'scripts/',
      'collector/',
      'bench/',
      'examples/',
      'release/',
      'node_modules/',
    ]),
    [],
  );
});

test("npm pack -w collector: the collector's package holds its build, migrations, back office, bin, README and LICENSE", () => {
  // The root build makes the back office; the collector's own build (its prepack) makes dist/.
  if (!existsSync('collector/dist/index.js')) {
    const build = spawnSync('npm', ['run', 'build', '-w', 'collector'], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    assert.equal(build.status, 0, build.stderr);
  }
  const files = packed(['-w', 'collector']);
  for (const f of [
    'package.json',
    'dist/index.js',
    'dist/cli.js',
    'dist/index.d.ts',
    'dist/schemas/feedback-submission.schema.json',
    'migrations/001_initial.sql',
    'admin/dist/index.html',
    'LICENSE',
    'README.md',
  ])
    assert.ok(files.includes(f), `${f} is in the collector's package`);
  const pkg = JSON.parse(readFileSync('collector/package.json', 'utf8'));
  assert.ok(pkg.files.includes('bin'), 'collector/bin/ would ship too');
  for (const bin of Object.values(pkg.bin ?? {}))
    assert.ok(files.includes(bin.replace(/^\.\//, '')), `the bin ${bin} is in the package`);
  assert.deepEqual(unwanted(files, ['src/', 'test/', 'bench/', 'admin/src/', 'admin/test/', 'node_modules/']), []);
});
