import type { FastifyReply } from 'fastify';
import type { AppContext } from './context.js';

/** Key attempts are counted per hour. */
export const KEY_WINDOW_MS = 60 * 60 * 1000;

const clientKey = (ip: string) => `key-client ${ip}`;
const recordKey = (recordId: string) => `key-record ${recordId}`;

/**
 * Limits on guessing keys, through `ctx.counters` (so they hold across every collector process on
 * one PostgreSQL): failed key attempts per record (`COLLECTOR_KEY_ATTEMPTS`, default 10 an hour:
 * a wrong or missing key) and per client address (`COLLECTOR_KEY_CLIENT_ATTEMPTS`, default 30 an
 * hour: a wrong or missing key, or a reference or record that does not exist). Only failures
 * count, so people using their own key are never held back. A blocked attempt is refused before
 * the key is looked at, so a right key cannot be told from a wrong one while blocked.
 */
export class KeyLimits {
  constructor(private readonly ctx: AppContext) {}

  /** Seconds to wait when this client, or this record, has had too many failed attempts. */
  async blocked(ip: string, recordId?: string): Promise<number | undefined> {
    const { counters, config } = this.ctx;
    const checks: [string, number][] = [[clientKey(ip), config.keyClientAttempts]];
    if (recordId) checks.push([recordKey(recordId), config.keyAttempts]);
    for (const [key, max] of checks) {
      if ((await counters.peek(key)) < max) continue;
      // Counting the refused attempt too is harmless (the window does not move) and tells when it ends.
      const { resetAt } = await counters.hit(key, KEY_WINDOW_MS);
      return Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    }
    return undefined;
  }

  /** Counts a failed attempt: against the client, and against the record when there is one. */
  async failed(ip: string, recordId?: string): Promise<void> {
    const { counters } = this.ctx;
    await counters.hit(clientKey(ip), KEY_WINDOW_MS);
    if (recordId) await counters.hit(recordKey(recordId), KEY_WINDOW_MS);
  }
}

/** 429 with `Retry-After`, in plain words. */
export function tooManyAttempts(reply: FastifyReply, seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minutes`;
  return reply
    .code(429)
    .header('Retry-After', String(seconds))
    .send({ error: `Too many tries with a reference or key that did not match. Try again in ${wait}.` });
}
