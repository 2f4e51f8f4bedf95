-- Staff accounts for the back office (/admin/), their sessions, and the audit log.
-- Passwords are stored as scrypt hashes with a salt of their own (staff/passwords.ts).
-- Emails are stored in lower case, so one person cannot have two accounts by capitals.
create table staff (
  id uuid primary key,
  email text not null unique,
  role text not null check (role in ('admin', 'editor', 'viewer')),
  password_hash text not null,
  created_at timestamptz not null default now(),
  disabled boolean not null default false
);

-- A session is known by the SHA-256 of its cookie value only: someone who reads the database
-- cannot sign in with what they find here. `csrf` is the token the back office sends back in
-- X-CSRF-Token on every change (it is useless without the cookie).
create table staff_sessions (
  token_hash text primary key,
  staff_id uuid not null references staff (id) on delete cascade,
  csrf text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null
);
create index staff_sessions_staff on staff_sessions (staff_id);

-- Who did what, and when: ids and actions only, never answers or anything of the public.
-- `actor` is the staff member's email, or "admin token" for scripts.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  target text not null default ''
);
create index audit_log_at on audit_log (at);
