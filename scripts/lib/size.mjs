// Size budgets are measured as min+gzip bytes (gzip level 9), 1 kB = 1,000 bytes.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const fileGzipSize = (path) => gzipSize(readFileSync(path));

/** Returns an error message when `bytes` is over `limitKb`, or '' when within budget. */
export function overBudget(name, bytes, limitKb) {
  return bytes > limitKb * 1000
    ? `${name} is ${(bytes / 1000).toFixed(2)} kB min+gzip, over its ${limitKb} kB budget by ${bytes - limitKb * 1000} bytes`
    : '';
}
