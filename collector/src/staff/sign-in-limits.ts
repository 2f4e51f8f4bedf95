import type { FastifyReply } from 'fastify';
import type { AppContext } from '../context.js';

/** Failed sign-ins are counted over 15 minutes. */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const accountKey = (email: string) => `sign-in-account ${email}`;
const clientKey = (ip: string) => `sign-in-client ${ip}`;

/**
 * Limits on guessing passwords, through `ctx.counters` (shared by every collector process on one
 * PostgreSQL): failed sign-ins per email (`COLLECTOR_SIGN_IN_ATTEMPTS`, whether or not the email
 * belongs to anyone, so the limit does not tell) and per client (`COLLECTOR_SIGN_IN_CLIENT_ATTEMPTS`).
 * A blocked attempt is refused before the password is checked, so a right password cannot be told
 * from a wrong one while blocked.
 */
export class SignInLimits {
  constructor(private readonly ctx: AppContext) {}

  /** Seconds to wait when this client or this email has had too many failed sign-ins. */
  async blocked(ip: string, email: string): Promise<number | undefined> {
    const { counters, config } = this.ctx;
    const checks: [string, number][] = [
      [clientKey(ip), config.signInClientAttempts],
      [accountKey(email), config.signInAttempts],
    ];
    for (const [key, max] of checks) {
      if ((await counters.peek(key)) < max) continue;
      const { resetAt } = await counters.hit(key, SIGN_IN_WINDOW_MS);
      return Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    }
    return undefined;
  }

  async failed(ip: string, email: string): Promise<void> {
    await this.ctx.counters.hit(clientKey(ip), SIGN_IN_WINDOW_MS);
    await this.ctx.counters.hit(accountKey(email), SIGN_IN_WINDOW_MS);
  }

  /** After a right password, the email's count starts again (the client's does not). */
  async succeeded(email: string): Promise<void> {
    await this.ctx.counters.reset(accountKey(email));
  }
}

/** 429 with Retry-After, saying neither whether the email exists nor which limit was reached. */
export function tooManySignIns(reply: FastifyReply, seconds: number) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return reply
    .code(429)
    .header('Retry-After', String(seconds))
    .send({ error: `Too many tries to sign in. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` });
}
