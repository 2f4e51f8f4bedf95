// An ESLint rule that keeps modules out of each other's internals (issue 17). It resolves each
// relative import against the importing file, so it holds at any folder depth:
// - stories/ do not import scripts/;  .storybook/ does not import tests/;
// - a widget in src/components/<name>/ imports src/core/, src/contract/, its own folder, and other
//   components only through their public entry point (src/components/<other>/index.js), except
//   the allowances listed in eslint.config.mjs.
import path from 'node:path';

const posix = (p) => p.split(path.sep).join('/');

/**
 * Why `from` (a file, relative to the repository) may not import `to`, or undefined when it may.
 * @param {Record<string, string[]>} allow component folder → other component folders it may reach into
 */
export function boundaryProblem(from, to, allow = {}) {
  if (from.startsWith('stories/') && to.startsWith('scripts/'))
    return 'Stories do not import scripts/: move what they share to shared/.';
  if (from.startsWith('.storybook/') && to.startsWith('tests/'))
    return '.storybook does not import tests/: move what they share to shared/.';
  const widget = from.match(/^src\/components\/([^/]+)\//)?.[1];
  if (!widget) return undefined;
  if (to.startsWith('src/core/') || to.startsWith('src/contract/')) return undefined;
  const other = to.match(/^src\/components\/([^/]+)\/(.+)$/);
  if (other) {
    const [, folder, file] = other;
    if (folder === widget || file === 'index.js' || allow[widget]?.includes(folder)) return undefined;
    return `Import <${folder}> through src/components/${folder}/index.js, not its internals.`;
  }
  return 'A widget imports only src/core, src/contract and other components through their index.js.';
}

/** The rule, as a one-rule plugin: `boundaries/imports` with options `{ allow }`. */
export default {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        docs: { description: "Modules do not reach into each other's internals." },
        schema: [{ type: 'object', properties: { allow: { type: 'object' } }, additionalProperties: false }],
      },
      create(context) {
        const allow = context.options[0]?.allow ?? {};
        const root = context.cwd;
        const file = posix(path.relative(root, context.filename));
        const check = (node) => {
          const source = node.source;
          if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
          if (!source.value.startsWith('.')) return;
          const to = posix(path.relative(root, path.resolve(path.dirname(context.filename), source.value)));
          const message = boundaryProblem(file, to, allow);
          if (message) context.report({ node: source, message });
        };
        return {
          ImportDeclaration: check,
          ExportNamedDeclaration: check,
          ExportAllDeclaration: check,
          ImportExpression: check,
        };
      },
    },
  },
};
