import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CollectorConfig } from '../config.js';
import type { Sql } from '../storage/types.js';
import type { StaffMember } from './accounts.js';

/** The cookie's name: `__Host-` when Secure, which browsers only accept from HTTPS, for Path=/, with no Domain. */
const PLAIN = 'cp_session';
const HOST = '__Host-cp_session';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const token = () => randomBytes(32).toString('base64url');

export interface Session {
  staff: StaffMember;
  csrf: string;
  /** When the session ends if nothing more is asked (idle), or at the latest (absolute). */
  expiresAt: Date;
  tokenHash: string;
}

type Timing = Pick<CollectorConfig, 'sessionIdleMs' | 'sessionMaxMs'>;
const endsAt = (createdAt: number, lastSeenAt: number, c: Timing) =>
  new Date(Math.min(lastSeenAt + c.sessionIdleMs, createdAt + c.sessionMaxMs));

/** Starts a session: the cookie value (only its hash is stored) and the CSRF token. */
export async function startSession(sql: Sql, staffId: string, c: Timing & { now?: number }) {
  const now = c.now ?? Date.now();
  const value = token();
  const csrf = token();
  // Sessions that have ended are swept as new ones start.
  await sql.query('delete from staff_sessions where last_seen_at < $1 or created_at < $2', [
    new Date(now - c.sessionIdleMs),
    new Date(now - c.sessionMaxMs),
  ]);
  await sql.query(
    'insert into staff_sessions (token_hash, staff_id, csrf, created_at, last_seen_at) values ($1, $2, $3, $4, $4)',
    [sha256(value), staffId, csrf, new Date(now)],
  );
  return { value, csrf, expiresAt: endsAt(now, now, c) };
}

/**
 * The session this cookie value names, if it has not ended (idle or absolute) and its staff member
 * is not disabled. Each request that finds it pushes back the idle expiry.
 */
export async function findSession(sql: Sql, value: string, c: Timing): Promise<Session | undefined> {
  const tokenHash = sha256(value);
  const [row] = await sql.query<{
    csrf: string;
    created_at: Date;
    last_seen_at: Date;
    id: string;
    email: string;
    role: StaffMember['role'];
    staff_created_at: Date;
    disabled: boolean;
  }>(
    `select s.csrf, s.created_at, s.last_seen_at, t.id, t.email, t.role, t.created_at as staff_created_at, t.disabled
     from staff_sessions s join staff t on t.id = s.staff_id where s.token_hash = $1`,
    [tokenHash],
  );
  if (!row) return undefined;
  const now = Date.now();
  const created = new Date(row.created_at).getTime();
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (row.disabled || now - lastSeen >= c.sessionIdleMs || now - created >= c.sessionMaxMs) {
    await sql.query('delete from staff_sessions where token_hash = $1', [tokenHash]);
    return undefined;
  }
  await sql.query('update staff_sessions set last_seen_at = $2 where token_hash = $1', [tokenHash, new Date(now)]);
  return {
    staff: {
      id: row.id,
      email: row.email,
      role: row.role,
      createdAt: new Date(row.staff_created_at).toISOString(),
      disabled: row.disabled,
    },
    csrf: row.csrf,
    expiresAt: endsAt(created, now, c),
    tokenHash,
  };
}

export async function endSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('delete from staff_sessions where token_hash = $1', [tokenHash]);
}

/** This computer only: plain HTTP is fine there, so the cookie is not marked Secure. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The session cookie's value from the request, under either name. */
export function sessionCookie(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === PLAIN || name === HOST) {
      const value = part.slice(eq + 1).trim();
      if (/^[\w-]{20,100}$/.test(value)) return value;
    }
  }
  return undefined;
}

/** Sets the cookie (HttpOnly, SameSite=Strict, Path=/, Secure unless on localhost), or clears it. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  value: string | undefined,
  maxAgeMs: number,
): void {
  const secure = !isLocalHost(request.hostname);
  const name = secure ? HOST : PLAIN;
  const attributes = [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    value ? `Max-Age=${Math.ceil(maxAgeMs / 1000)}` : 'Max-Age=0',
  ];
  if (secure) attributes.push('Secure');
  reply.header('Set-Cookie', [`${name}=${value ?? ''}`, ...attributes].join('; '));
}
