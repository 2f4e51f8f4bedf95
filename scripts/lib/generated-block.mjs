// Figures in the docs are never typed by hand: a script writes them between two markers,
// `<!-- name: written by `command` -->` and `<!-- /name -->`, and a test checks the block is
// that script's output. Shared by `npm run sizes` and `npm run bench:peers`.
import { readFileSync, writeFileSync } from 'node:fs';

const start = (name) => new RegExp(`<!-- ${name}: written by [^>]*-->`);
const end = (name) => `<!-- /${name} -->`;

/** The text between the markers named `name`, trimmed, or undefined when there is no such block. */
export function readBlock(text, name) {
  const open = start(name).exec(text);
  const to = text.indexOf(end(name));
  return !open || to < open.index ? undefined : text.slice(open.index + open[0].length, to).trim();
}

/** Puts `content` between the markers named `name` in `file`; throws when the file has no block. */
export function writeBlock(file, name, content) {
  const text = readFileSync(file, 'utf8');
  if (readBlock(text, name) === undefined)
    throw new Error(`${file} has no "${name}" block (<!-- ${name}: written by … --> … ${end(name)})`);
  const open = start(name).exec(text);
  const from = open.index + open[0].length;
  writeFileSync(file, `${text.slice(0, from)}\n${content}\n${text.slice(text.indexOf(end(name)))}`);
}
