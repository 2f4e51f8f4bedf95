// README.md's "Quick start: an app with a bundler", read as data so that
// scripts/check-quick-starts.mjs can build each app exactly as the README says.
//
// Each file to write is marked in the README by a comment followed by a fenced code block:
//
//   <!-- quick-start: <framework> <file> -->            the block is the whole file
//   <!-- quick-start: <framework> <file> replace <text> -->   the block replaces <text> in the file
//
// The create-vite template of each framework comes from the section's own sentence
// ("template `vanilla-ts`, `react-ts`, `vue-ts` or `svelte-ts`"): framework `vue` uses the one
// template whose name starts with `vue-`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECTION = 'Quick start: an app with a bundler';

const MARKER = /<!--\s*quick-start:\s*(.*?)\s*-->/g;
const FENCE = /^(`{3,}|~{3,})/;

/** The text of README's bundler quick-start section, from its heading to the next `## ` heading. */
export function quickStartSection(readme) {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${SECTION}`);
  if (start === -1) throw new Error(`README.md has no "## ${SECTION}" heading.`);
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  return { text: lines.slice(start, end).join('\n'), firstLine: start + 1 };
}

/**
 * Every quick-start marker in the section, with its code block.
 * Returns `{ templates: { vanilla: 'vanilla-ts', … }, frameworks: { vanilla: [{ file, replace, content, line }], … } }`.
 * Throws, naming the README line, when a marker is malformed or not followed by a code block,
 * when a framework has no template in the section's sentence, or a template no marker.
 */
export function parseQuickStarts(readme) {
  const { text, firstLine } = quickStartSection(readme);
  const lines = text.split('\n');
  const frameworks = {};
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i].matchAll(MARKER)) {
      const where = `README.md line ${firstLine + i}`;
      const parts = m[1].match(/^(\S+)\s+(\S+)(?:\s+replace\s+(.+))?$/);
      if (!parts)
        throw new Error(
          `${where}: cannot read the quick-start marker "${m[0]}"; write "<!-- quick-start: <framework> <file> -->" or "… <file> replace <text> -->".`,
        );
      const [, framework, file, replace] = parts;
      // The next non-blank line must open a fenced code block.
      let j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      const open = lines[j]?.match(FENCE);
      if (!open) {
        throw new Error(`${where}: the quick-start marker for ${framework} ${file} is not followed by a code block.`);
      }
      const close = lines.findIndex((l, k) => k > j && l.trim() === open[1]);
      if (close === -1) throw new Error(`${where}: the code block for ${framework} ${file} is never closed.`);
      const content = lines.slice(j + 1, close).join('\n');
      if (!content.trim()) throw new Error(`${where}: the code block for ${framework} ${file} is empty.`);
      (frameworks[framework] ??= []).push({ file, replace: replace ?? null, content, line: firstLine + i });
    }
  }
  if (Object.keys(frameworks).length === 0) throw new Error(`README.md's "${SECTION}" has no quick-start markers.`);

  const sentence = text.match(/template\s+((?:`[^`]+`[\s,]*(?:or\s+)?)+)/);
  if (!sentence)
    throw new Error(`README.md's "${SECTION}" does not name the create-vite templates ("template \`vanilla-ts\`, …").`);
  const names = [...sentence[1].matchAll(/`([^`]+)`/g)].map((n) => n[1]);
  const templates = {};
  for (const framework of Object.keys(frameworks)) {
    const matching = names.filter((n) => n.startsWith(`${framework}-`));
    if (matching.length !== 1) {
      throw new Error(
        `README.md's "${SECTION}" names ${matching.length ? `${matching.length} templates` : 'no template'} for ${framework} (templates: ${names.join(', ')}).`,
      );
    }
    templates[framework] = matching[0];
  }
  const unused = names.filter((n) => !Object.values(templates).includes(n));
  if (unused.length)
    throw new Error(
      `README.md's "${SECTION}" names the template${unused.length > 1 ? 's' : ''} ${unused.join(', ')} but has no quick-start files for ${unused.length > 1 ? 'them' : 'it'}.`,
    );
  return { templates, frameworks };
}

/**
 * Writes one README block into an app made from its template. The file must already be there
 * (the README says "replace src/main.ts"); a `replace` text must occur in it exactly once.
 */
export function applyQuickStart(appDir, { file, replace, content, line }) {
  const path = join(appDir, file);
  const where = `README.md line ${line}`;
  if (!existsSync(path))
    throw new Error(`${where}: ${file} is not in the app that create-vite made, so there is nothing to replace.`);
  if (replace === null) {
    writeFileSync(path, content.endsWith('\n') ? content : `${content}\n`);
    return;
  }
  const before = readFileSync(path, 'utf8');
  const count = before.split(replace).length - 1;
  if (count !== 1) throw new Error(`${where}: ${file} holds "${replace}" ${count} times, not once:\n${before}`);
  writeFileSync(
    path,
    before.replace(replace, () => content.trim()),
  );
}
