// The collector runs on Node 20 (from 20.19): no installed dependency of it may ask for a newer Node.
// Several newest majors need Node 22 (cookie 2 through light-my-request 6.8, for one), so this
// checks the whole installed tree from package-lock.json, not only the direct dependencies.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import semver from 'semver';

const NODE = '20.19.0';
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
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
