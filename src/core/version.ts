/** The kit's version, kept equal to package.json's by tests/node/package.test.mjs. */
export const VERSION = '0.1.0';
