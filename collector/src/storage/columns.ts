// Column values as the two drivers give them: PGlite and node-postgres differ on json and time.

/** A json column: parsed already, or (now and then) still text. */
export const parsed = <T = Record<string, unknown>>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A timestamp column, a Date or text, as an ISO 8601 string. */
export const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString();
