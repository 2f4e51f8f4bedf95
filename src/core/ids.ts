let counter = 0;
/** A short id, unique in this page, for linking labels, hints and errors inside a shadow root. */
export const uid = (prefix = 'cp'): string => `${prefix}-${(++counter).toString(36)}`;

/**
 * A random UUID (version 4) for submissions. `crypto.randomUUID` exists only on HTTPS pages;
 * `getRandomValues` works everywhere, so plain-HTTP intranet pages get the same kind of id.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
