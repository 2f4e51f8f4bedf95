// The files in docs/ are the one source of the kit's cross-cutting guides: GitHub shows them as
// they are, and Storybook renders them (`import text from '../../docs/x.md?raw'`, then
// `<Markdown>{forStorybook(text)}</Markdown>`). This turns what only makes sense in the repository
// into what works in Storybook: links to other docs files become links to their Storybook pages,
// links to other files of the repository become their path in words, pictures point to the URL
// Vite gives them (or are left out), and the generated-block markers are dropped.
// Plain JavaScript with no imports: the MDX pages and the node test (tests/node/guides.test.mjs)
// both use it.

/** The Storybook page that renders each file in docs/ (ids as Storybook makes them from titles). */
export const docsPages = {
  'accessibility.md': 'guides-accessibility--docs',
  'closing-the-loop.md': 'guides-closing-the-loop--docs',
  'embedding.md': 'guides-embedding--docs',
  'languages.md': 'guides-languages--docs',
  'performance.md': 'guides-size-and-speed--docs',
  'sending.md': 'guides-sending-answers--docs',
  'testing.md': 'guides-testing-your-pages--docs',
  'theming.md': 'guides-theming--docs',
  'translating.md': 'guides-languages--docs',
};

/** A Storybook page id from a `<Meta title="…" />` title: "Guides/Size and speed" → "guides-size-and-speed--docs". */
export const pageId = (title) =>
  `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}--docs`;

const relative = (href) => !/^([a-z][a-z0-9+.-]*:|#|\?|\/)/i.test(href);

/**
 * Markdown from docs/ made ready for Storybook's `<Markdown>` block.
 * @param {string} text the file's text
 * @param {{ images?: Record<string, string>, pages?: Record<string, string> }} [options]
 *   `images`: the URL of each picture the file names (from `import url from '../../docs/x.png'`);
 *   a picture not listed is left out. `pages`: where each docs file is shown (default `docsPages`).
 */
export function forStorybook(text, { images = {}, pages = docsPages } = {}) {
  return (
    text
      // The markers around generated figures are for the scripts that write them.
      .replace(/^<!--[^\n]*-->\n/gm, '')
      // Pictures: the URL Vite gives the imported file, or nothing.
      .replace(/!\[([^\]]*)\]\(([^)\s]+)\)\n?/g, (all, alt, src) =>
        !relative(src) ? all : images[src] ? `![${alt}](${images[src]})\n` : '',
      )
      // Links to other files of the repository.
      .replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (all, words, href) => {
        if (!relative(href)) return all;
        const [file, anchor] = href.split('#');
        const page = pages[file.replace(/^(\.\/)?(\.\.\/docs\/)?/, '')];
        if (page) return `[${words}](?path=/docs/${page}${anchor ? `#${anchor}` : ''})`;
        const path = file.replace(/^(\.\.\/)+/, '');
        const plain = words.replace(/`/g, '');
        return plain === path ? `\`${path}\` (in the repository)` : `${words} (\`${path}\` in the repository)`;
      })
  );
}

/** Relative links and pictures left in Markdown: none should be left after `forStorybook`. */
export function relativeLinks(text) {
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter(relative);
}
