/** The documents that show the latest `npm run bench:peers` run, in a `bench:peers` block. */
export const PEER_DOCS = ['README.md', 'docs/performance.md'];
