// Every package the repository's own tooling imports (scripts, tests, Storybook, config files,
// benchmarks) is declared in the root package.json, so it does not work only because a
// dependency happens to be hoisted. bench/peers/ has its own package.json; collector/ is its own
// workspace with its own dependencies (its tests run with the root's tsx, declared here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const declared = new Set([
  pkg.name,
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
]);

const SOURCE = /\.(?:[cm]?[jt]s|tsx|vue|svelte)$/;
const SKIP = new Set(['node_modules', 'dist', 'peers', 'fixtures', 'test-results']);

/** Source files under `dir`, skipping installs, builds, fixtures and bench/peers. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : files(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a path, a builtin or a URL. */
export function packageOf(specifier) {
  if (/^(?:\.|\/|node:|[a-z]+:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (!/^(?:@[a-z0-9-~][\w.~-]*\/)?[a-z0-9-~][\w.~-]*$/.test(name)) return undefined; // not a package name (`…` in a comment)
  return builtinModules.includes(name) ? undefined : name;
}

/** Bare specifiers of the module's imports, re-exports, dynamic imports, require() and import.meta.resolve(). */
export function specifiers(code) {
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\b(?:import|require|import\.meta\.resolve)\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return [...new Set(found)];
}

/**
 * The packages `code` imports that package.json does not declare. A package whose types are
 * declared (`@types/react`) counts: the framework fixtures import React only to type-check.
 */
export function undeclared(code, known = declared) {
  return specifiers(code)
    .map(packageOf)
    .filter((name) => name && !known.has(name) && !known.has(`@types/${name.replace(/^@(.*)\//, '$1__')}`));
}

test('the check finds an undeclared package, and ignores paths, builtins and declared ones', () => {
  const code = [
    "import { readFileSync } from 'node:fs';",
    "import path from 'path';",
    "import { html } from 'lit';",
    "import { thing } from './local.js';",
    "import padLeft from 'left-pad';",
    "export { a } from '@scope/hidden/sub.js';",
    "const m = await import('is-odd');",
    "import type { FC } from 'react';",
    '// a comment that says import … from …',
  ].join('\n');
  assert.deepEqual(undeclared(code, new Set(['lit'])), ['left-pad', '@scope/hidden', 'react', 'is-odd']);
  assert.deepEqual(undeclared(code, new Set(['lit', 'left-pad', '@scope/hidden', 'is-odd', '@types/react'])), []);
});

test('every package that scripts, tests, Storybook, configs and benchmarks import is a root dependency', () => {
  const roots = ['scripts', 'tests', '.storybook', 'shared', 'bench'];
  const configs = readdirSync('.').filter((f) => /\.config\.[cm]?[jt]s$/.test(f));
  // This file's own example above imports undeclared packages on purpose.
  const all = [...roots.flatMap((d) => files(d)), ...configs].filter((f) => f !== 'tests/node/dependencies.test.mjs');
  assert.ok(all.length > 50, `${all.length} files scanned`);
  const missing = all.flatMap((f) => undeclared(readFileSync(f, 'utf8')).map((name) => `${f}: ${name}`));
  assert.deepEqual(missing, []);
});
