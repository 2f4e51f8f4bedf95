import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerMatches } from '../auth.js';
import { countStaff } from './accounts.js';
import { auditEntryFor, writeAudit } from './audit.js';
import { CSRF_REFUSED, csrfOk, fromOwnOrigin } from './csrf.js';
import { atLeast, changesState, isOpen, requiredRole, type Role } from './roles.js';
import { findSession, sessionCookie, type Session } from './sessions.js';

/** Who is making an admin request: a signed-in staff member, or a script with the admin token. */
export interface StaffIdentity {
  kind: 'session' | 'token';
  id?: string;
  email: string;
  role: Role;
}

/** How the admin token appears in the audit log. */
export const TOKEN_ACTOR = 'admin token';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook for every admin request that got through it. */
    staff: StaffIdentity | null;
    /** The session behind `staff`, when signed in (not with the token). */
    staffSession: Session | null;
  }
}

export const SIGN_IN_FIRST = 'Sign in first.';

const unauthorised = (reply: FastifyReply, error: string) =>
  // A Bearer challenge: scripts learn what to send, and browsers show no password box for it.
  reply.code(401).header('WWW-Authenticate', 'Bearer realm="coproduce-collector"').send({ error });

/**
 * /v1/admin/*: every request is signed in (session cookie) or carries the admin token
 * (`Authorization: Bearer`, compared in constant time), and its role must allow the route
 * (staff/roles.ts). Changes made with a session must also pass the CSRF check (staff/csrf.ts).
 * Successful changes and exports are written to the audit log before the answer leaves.
 * Register admin route plugins inside the scope that calls this.
 */
export function staffAuth(admin: FastifyInstance): void {
  const { config, storage } = admin.ctx;
  admin.decorateRequest('staff', null);
  admin.decorateRequest('staffSession', null);

  // preParsing runs after the rate limit (onRequest), so guessing is rate limited too, and
  // before the body is read, so nobody signed out can make the server read one.
  admin.addHook('preParsing', async (request, reply, payload) => {
    const url = request.routeOptions.url ?? '';
    if (isOpen(request.method, url)) {
      // Signing in: from a browser, only from a page of this collector.
      if (request.headers.origin !== undefined && !fromOwnOrigin(request, config))
        return reply.code(403).send({ error: CSRF_REFUSED });
      return payload;
    }
    const staff = await identify(request, reply);
    if (!staff) return reply;
    request.staff = staff;
    if (
      request.staffSession &&
      changesState(request.method, url) &&
      !csrfOk(request, config, request.staffSession.csrf)
    ) {
      return reply.code(403).send({ error: CSRF_REFUSED });
    }
    if (!atLeast(staff.role, requiredRole(request.method, url))) {
      return reply.code(403).send({ error: `Your role (${staff.role}) cannot do this. Ask an admin.` });
    }
    return payload;
  });

  async function identify(request: FastifyRequest, reply: FastifyReply): Promise<StaffIdentity | undefined> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      if (config.adminToken && bearerMatches(authorization, config.adminToken))
        return { kind: 'token', email: TOKEN_ACTOR, role: 'admin' };
      unauthorised(
        reply,
        config.adminToken
          ? 'Send the admin token: Authorization: Bearer <COLLECTOR_ADMIN_TOKEN>.'
          : 'Sign in first. No admin token is set (COLLECTOR_ADMIN_TOKEN).',
      );
      return undefined;
    }
    const value = sessionCookie(request);
    const session = value ? await findSession(storage, value, config) : undefined;
    if (session) {
      request.staffSession = session;
      return { kind: 'session', id: session.staff.id, email: session.staff.email, role: session.staff.role };
    }
    // Nobody can sign in yet: say how to make the first account.
    if (!config.adminToken && (await countStaff(storage)) === 0) {
      unauthorised(
        reply,
        'Sign in first. There is no staff account yet: add one with coproduce-collector add-staff --email you@example.org --role admin',
      );
    } else {
      unauthorised(reply, SIGN_IN_FIRST);
    }
    return undefined;
  }

  // onSend, not onResponse: the entry is written before the answer leaves, so whoever sees the
  // answer can find it in the log. A failure to write is logged and does not undo the action.
  admin.addHook('onSend', async (request, reply, payload) => {
    if (!request.staff) return payload;
    const entry = auditEntryFor(request, reply);
    if (entry) {
      try {
        await writeAudit(storage, { actor: request.staff.email, ...entry });
      } catch (e) {
        request.log.error({ err: { message: (e as Error).message } }, 'could not write the audit log');
      }
    }
    return payload;
  });
}
