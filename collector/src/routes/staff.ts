import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { writeLimited } from '../context.js';
import { addStaff, listStaff, StaffProblem, updateStaff } from '../staff/accounts.js';
import { MAX_PASSWORD_LENGTH } from '../staff/passwords.js';
import { ROLES } from '../staff/roles.js';
import { uuidParam } from './common.js';

const password = { type: 'string', minLength: 1, maxLength: MAX_PASSWORD_LENGTH };

/** A problem the person can fix, with the field; anything else is the server's. */
function answer(reply: FastifyReply, e: unknown) {
  if (e instanceof StaffProblem) return reply.code(e.status).send({ error: e.message, field: e.field });
  throw e;
}

/** Staff accounts (admin only, see staff/roles.ts): list, add, change role, disable, new password. */
export const staffRoutes = fp(
  async (admin) => {
    const { ctx } = admin;
    const limited = writeLimited(ctx);

    admin.get<{ Querystring: Record<string, never> }>('/staff', { config: limited }, async () => ({
      staff: await listStaff(ctx.storage),
    }));

    admin.post<{ Body: { email: string; role: string; password: string } }>(
      '/staff',
      {
        config: limited,
        schema: {
          body: {
            type: 'object',
            required: ['email', 'role', 'password'],
            additionalProperties: false,
            properties: {
              email: { type: 'string', minLength: 1, maxLength: 254 },
              role: { enum: [...ROLES] },
              password,
            },
          },
        },
      },
      async (request, reply) => {
        try {
          const member = await addStaff(ctx.storage, request.body);
          request.auditTarget = `staffId=${member.id}`;
          return reply.code(201).send(member);
        } catch (e) {
          return answer(reply, e);
        }
      },
    );

    admin.put<{ Params: { id: string }; Body: { role?: string; disabled?: boolean; password?: string } }>(
      '/staff/:id',
      {
        config: limited,
        schema: {
          params: uuidParam('id'),
          body: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { role: { enum: [...ROLES] }, disabled: { type: 'boolean' }, password },
          },
        },
      },
      async (request, reply) => {
        try {
          const member = await updateStaff(ctx.storage, request.params.id, request.body);
          if (!member) return reply.code(404).send({ error: 'There is no staff member with this id.' });
          return member;
        } catch (e) {
          return answer(reply, e);
        }
      },
    );
  },
  { name: 'staff-routes' },
);
