// The collector runs on Node 20 (from 20.19): no installed dependency of it may ask for a newer Node.
// Several newest majors need Node 22 (cookie 2 through light-my-request 6.8, for one), so this
// checks the whole installed tree from package-lock.json, not only the direct dependencies.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const NODE = '20.19.0';
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<
    string,
    {
      version?: string;
      engines?: { node?: string } | string[];
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    }
  >;
};

/** Where npm put `name` for the package installed at `from`: the nearest node_modules up the tree. */
function resolve(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i >= 0 ? dir.slice(0, i) : '';
  }
}

it(`every package the collector installs runs on Node ${NODE}`, () => {
  const root = lock.packages.collector!;
  const queue = Object.keys({ ...root.dependencies, ...root.devDependencies }).map((n) => resolve('collector', n)!);
  const seen = new Set<string>();
  const problems: string[] = [];
  while (queue.length) {
    const at = queue.pop()!;
    if (!at || seen.has(at)) continue;
    seen.add(at);
    const pkg = lock.packages[at]!;
    const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
    if (range && !semver.satisfies(NODE, range)) problems.push(`${at}@${pkg.version} needs node ${range}`);
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      const found = resolve(at, dep);
      if (found) queue.push(found);
    }
  }
  assert.ok(seen.size > 50, `only ${seen.size} packages found: is the lock file in sync?`);
  assert.deepEqual(problems, []);
});

// The collector shares code with the widgets only through the Lit-free contract module, so a
// change to a widget's internals cannot change what the server accepts or publishes.
it('the collector imports from the kit only through src/contract, and the contract has no Lit or DOM', async () => {
  const { readdirSync } = await import('node:fs');
  const files = (dir: URL): URL[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(new URL(`${e.name}/`, dir)) : e.name.endsWith('.ts') ? [new URL(e.name, dir)] : [],
    );
  const reaching: string[] = [];
  for (const f of files(new URL('../src/', import.meta.url))) {
    for (const [, spec] of readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)) {
      if (spec!.includes('/src/') && !/\/src\/contract\//.test(spec!))
        reaching.push(`${f.pathname.split('/collector/')[1]} → ${spec}`);
    }
  }
  assert.deepEqual(reaching, []);
  const contract = files(new URL('../../src/contract/', import.meta.url));
  assert.ok(contract.length >= 8, `${contract.length} contract files`);
  for (const f of contract) {
    const text = readFileSync(f, 'utf8');
    for (const [, spec] of text.matchAll(/from ['"]([^'"]+)['"]/g))
      assert.match(spec!, /^\.\//, `${f.pathname}: imports ${spec}`);
    assert.doesNotMatch(text, /\b(document|window|customElements|HTMLElement)\b\./, f.pathname);
  }
});

it('the contract lists every schema file once', async () => {
  const { readdirSync } = await import('node:fs');
  const { schemaFiles } = await import('../../src/contract/schemas.js');
  const onDisk = readdirSync(new URL('../../src/contract/schemas/', import.meta.url)).filter((f) =>
    f.endsWith('.schema.json'),
  );
  assert.deepEqual(Object.values(schemaFiles).sort(), onDisk.sort());
});
