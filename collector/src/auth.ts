import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Checks `Authorization: Bearer <token>` in constant time. Both sides are hashed first, so the
 * comparison takes the same time whatever the length or content of what was sent.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const given = match ? match[1]!.trim() : '';
  const ok = timingSafeEqual(digest(given), digest(token));
  return ok && given.length > 0;
}
