import { randomUUID } from 'node:crypto';
import { iso } from '../storage/columns.js';
import type { Sql } from '../storage/types.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { isRole, type Role } from './roles.js';

export interface StaffMember {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

interface Row {
  id: string;
  email: string;
  role: Role;
  created_at: Date | string;
  disabled: boolean;
  password_hash: string;
}

const toMember = (r: Row): StaffMember => ({
  id: r.id,
  email: r.email,
  role: r.role,
  createdAt: iso(r.created_at),
  disabled: r.disabled,
});

/** Emails are compared in lower case, without spaces around. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Loose on purpose: one @ with something either side and no spaces. The person typing it is staff. */
export const looksLikeEmail = (email: string) => /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254;

/** Thrown for what the person can fix (a taken email, a short password): `message` is plain words. */
export class StaffProblem extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Adds a staff member. Throws `StaffProblem` for a bad email, role or password, or an email already used. */
export async function addStaff(
  sql: Sql,
  input: { email: string; role: string; password: string },
): Promise<StaffMember> {
  const email = normaliseEmail(input.email);
  if (!looksLikeEmail(email)) throw new StaffProblem('Give an email address, like name@example.org.', 'email');
  if (!isRole(input.role)) throw new StaffProblem('The role must be admin, editor or viewer.', 'role');
  const problem = passwordProblem(input.password);
  if (problem) throw new StaffProblem(problem, 'password');
  const hash = await hashPassword(input.password);
  const rows = await sql.query<Row>(
    `insert into staff (id, email, role, password_hash) values ($1, $2, $3, $4)
     on conflict (email) do nothing returning *`,
    [randomUUID(), email, input.role, hash],
  );
  if (!rows[0]) throw new StaffProblem('There is already a staff member with this email.', 'email', 409);
  return toMember(rows[0]);
}

/** The staff member with this email, with their password hash, for signing in. */
export async function staffByEmail(
  sql: Sql,
  email: string,
): Promise<(StaffMember & { passwordHash: string }) | undefined> {
  const [row] = await sql.query<Row>('select * from staff where email = $1', [normaliseEmail(email)]);
  return row && { ...toMember(row), passwordHash: row.password_hash };
}

export async function listStaff(sql: Sql): Promise<StaffMember[]> {
  return (await sql.query<Row>('select * from staff order by email')).map(toMember);
}

export async function countStaff(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from staff');
  return row?.n ?? 0;
}

/**
 * Changes a staff member's role, disables or enables them, or sets a new password. Disabling
 * and a new password end their sessions. Refuses to leave nobody who can manage staff.
 */
export async function updateStaff(
  sql: Sql,
  id: string,
  change: { role?: string; disabled?: boolean; password?: string },
): Promise<StaffMember | undefined> {
  if (change.role !== undefined && !isRole(change.role))
    throw new StaffProblem('The role must be admin, editor or viewer.', 'role');
  if (change.password !== undefined) {
    const problem = passwordProblem(change.password);
    if (problem) throw new StaffProblem(problem, 'password');
  }
  const hash = change.password === undefined ? null : await hashPassword(change.password);
  const [before] = await sql.query<Row>('select * from staff where id = $1', [id]);
  if (!before) return undefined;
  const losesAdmin =
    before.role === 'admin' &&
    !before.disabled &&
    ((change.role && change.role !== 'admin') || change.disabled === true);
  if (losesAdmin) {
    const [other] = await sql.query<{ n: number }>(
      "select count(*)::int as n from staff where role = 'admin' and not disabled and id <> $1",
      [id],
    );
    if (!other || other.n === 0) {
      throw new StaffProblem(
        'This is the only admin who can sign in. Make someone else an admin first.',
        change.role ? 'role' : 'disabled',
        409,
      );
    }
  }
  const [row] = await sql.query<Row>(
    `update staff set role = coalesce($2, role), disabled = coalesce($3, disabled), password_hash = coalesce($4, password_hash)
     where id = $1 returning *`,
    [id, change.role ?? null, change.disabled ?? null, hash],
  );
  if (change.disabled === true || hash) await sql.query('delete from staff_sessions where staff_id = $1', [id]);
  return row && toMember(row);
}
