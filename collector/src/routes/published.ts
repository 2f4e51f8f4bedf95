import { createHash } from 'node:crypto';

export const keyParam = (name: string) => ({
  type: 'object',
  required: [name],
  properties: { [name]: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,200}$' } },
});

/** A strong ETag: the first 128 bits of the body's SHA-256. */
export const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

/** True when `If-None-Match` names this ETag (or `*`). Weak and strong forms both match, as RFC 9110 says for GET. */
export function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

// The published reads that use these: GET /v1/impact/:panelId in routes/impact.ts (built with
// its feedback links), GET /v1/credits/:projectId in routes/credits.ts. Both are built at each request.
