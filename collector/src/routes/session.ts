import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { normaliseEmail, staffByEmail } from '../staff/accounts.js';
import { decoyHash, MAX_PASSWORD_LENGTH, verifyPassword } from '../staff/passwords.js';
import { endSession, setSessionCookie, startSession } from '../staff/sessions.js';
import { SignInLimits, tooManySignIns } from '../staff/sign-in-limits.js';

const WRONG = 'The email or password is not right.';

/**
 * Signing in and out of the back office: `POST /v1/admin/session {email, password}` starts a
 * session (cookie + CSRF token), `GET` answers who is signed in, `DELETE` signs out.
 */
export const sessionRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const { config, storage } = ctx;
    const limits = new SignInLimits(ctx);

    admin.post<{ Body: { email: string; password: string } }>(
      '/session',
      {
        config: writeLimited(ctx),
        schema: {
          body: {
            type: 'object',
            required: ['email', 'password'],
            additionalProperties: false,
            properties: {
              email: { type: 'string', minLength: 1, maxLength: 254 },
              password: { type: 'string', minLength: 1, maxLength: MAX_PASSWORD_LENGTH },
            },
          },
        },
      },
      async (request, reply) => {
        const email = normaliseEmail(request.body.email);
        const wait = await limits.blocked(request.ip, email);
        if (wait) return tooManySignIns(reply, wait);
        const staff = await staffByEmail(storage, email);
        // An unknown email is checked against a decoy, so it takes as long as a wrong password.
        const right = await verifyPassword(request.body.password, staff?.passwordHash ?? (await decoyHash()));
        if (!staff || !right || staff.disabled) {
          await limits.failed(request.ip, email);
          return reply.code(401).send({ error: WRONG });
        }
        await limits.succeeded(email);
        const session = await startSession(storage, staff.id, config);
        setSessionCookie(request, reply, session.value, config.sessionMaxMs);
        // For the audit log (the auth hook lets signing in through without a session).
        request.staff = { kind: 'session', id: staff.id, email: staff.email, role: staff.role };
        return { email: staff.email, role: staff.role, csrf: session.csrf, expiresAt: session.expiresAt.toISOString() };
      },
    );

    admin.get<{ Querystring: Record<string, never> }>('/session', { config: writeLimited(ctx) }, async (request) => {
      const staff = request.staff!;
      const session = request.staffSession;
      return {
        email: staff.email,
        role: staff.role,
        csrf: session?.csrf ?? null,
        expiresAt: session?.expiresAt.toISOString() ?? null,
      };
    });

    admin.delete<{ Querystring: Record<string, never> }>(
      '/session',
      { config: writeLimited(ctx) },
      async (request, reply) => {
        if (request.staffSession) await endSession(storage, request.staffSession.tokenHash);
        setSessionCookie(request, reply, undefined, 0);
        return reply.code(204).send();
      },
    );
  },
  { name: 'session-routes' },
);
