/** The documents that show the latest `npm run bench:peers` run, in a `bench:peers` block. */
export const PEER_DOCS = ['docs/performance.md'];
