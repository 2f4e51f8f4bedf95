import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { CollectorConfig } from '../config.js';

export const CSRF_REFUSED = 'This request did not come from the back office. Reload the page and try again.';

/** The collector's own origin as the browser sees it: `COLLECTOR_PUBLIC_ORIGIN`, or from the request. */
export function ownOrigin(request: FastifyRequest, config: Pick<CollectorConfig, 'publicOrigin'>): string {
  return config.publicOrigin ?? `${request.protocol}://${request.host}`;
}

/** True when the request was sent from a page of this collector (the browser sets Origin; a page cannot). */
export function fromOwnOrigin(request: FastifyRequest, config: Pick<CollectorConfig, 'publicOrigin'>): boolean {
  return request.headers.origin === ownOrigin(request, config);
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * A change made with a session must carry both proofs that the back office sent it: an Origin of
 * this collector, and the session's token in X-CSRF-Token (compared in constant time).
 */
export function csrfOk(
  request: FastifyRequest,
  config: Pick<CollectorConfig, 'publicOrigin'>,
  expected: string,
): boolean {
  const given = request.headers['x-csrf-token'];
  if (typeof given !== 'string' || given.length === 0) return false;
  return fromOwnOrigin(request, config) && timingSafeEqual(digest(given), digest(expected));
}
