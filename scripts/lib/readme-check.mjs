// What README.md must be (tests/node/readme.test.mjs): at most about 12 kB, a table of contents
// that lists every section, relative links to files that exist, and no size or time figure outside a
// block a script writes (`<!-- name: written by … -->` … `<!-- /name -->`).

export const README_MAX_BYTES = 12_500;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The README with generated blocks and fenced code removed: the prose a person wrote. */
const prose = (md) => md.replace(/<!-- ([\w:-]+): written by[\s\S]*?<!-- \/\1 -->/g, '').replace(/```[\s\S]*?```/g, '');

/** Every problem with `md`, as sentences; `fileExists(path)` answers for relative links. */
export function readmeProblems(md, { fileExists }) {
  const problems = [];
  const bytes = Buffer.byteLength(md);
  if (bytes > README_MAX_BYTES)
    problems.push(
      `README is ${bytes.toLocaleString('en-GB')} bytes; keep it under ${README_MAX_BYTES.toLocaleString('en-GB')}`,
    );

  const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((h) => h !== 'Contents');
  const contents = md.split('\n## Contents\n')[1]?.split('\n## ')[0] ?? '';
  if (!contents) problems.push('README has no "## Contents" section');
  const listed = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  for (const h of sections) if (!listed.includes(anchor(h))) problems.push(`"${h}" is not in the table of contents`);
  for (const a of listed)
    if (!sections.some((h) => anchor(h) === a)) problems.push(`the contents link to #${a}, which is no section`);

  for (const m of prose(md).matchAll(/\b\d[\d,.]*\s?(?:kB|KB|MB|bytes|ms|seconds?|s\b|×)/g))
    problems.push(`typed figure "${m[0]}": let a script write it`);

  for (const m of md.matchAll(/\]\(((?!https?:|#|mailto:)[^)#\s]+)(?:#[^)]*)?\)/g))
    if (!fileExists(m[1])) problems.push(`a link to ${m[1]}, which does not exist`);
  return problems;
}
