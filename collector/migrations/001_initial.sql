-- Bodies are stored as json (not jsonb) so they keep their keys in the order sent: answers stay in
-- the form's order in exports.
-- Feedback: one row per submission id. The body is kept as sent; body_hash is the SHA-256 of its
-- canonical JSON, to tell a retry (same body) from a clash (same id, different body).
create table feedback (
  id uuid primary key,
  form_id text not null,
  form_version text not null,
  submitted_at timestamptz not null,
  received_at timestamptz not null default now(),
  body json not null,
  body_hash text not null
);
create index feedback_form_received on feedback (form_id, received_at);
create index feedback_received on feedback (received_at);

-- Consent records are append-only: a record is never updated, except that erasure on request
-- empties body (the personal data) and sets erased_at. body_hash stays, so a late retry of an
-- erased record is recognised and not stored again.
create table consent_records (
  id uuid primary key,
  consent_id text not null,
  version text not null,
  received_at timestamptz not null default now(),
  body json,
  body_hash text not null,
  erased_at timestamptz
);
create index consent_records_consent on consent_records (consent_id, received_at);

-- Events after a record: withdrawals (as sent) and erasures (an audit line with no personal data).
-- A withdrawal may arrive before its record (both were waiting in a browser's outbox), so
-- record_id is not a foreign key.
create table consent_events (
  id uuid primary key,
  record_id uuid not null,
  consent_id text not null,
  type text not null check (type in ('withdrawn', 'erased')),
  at timestamptz not null,
  received_at timestamptz not null default now(),
  body json,
  body_hash text
);
create index consent_events_record on consent_events (record_id, at);
create index consent_events_consent on consent_events (consent_id);

-- Published "you said, we did" panels and credits, exactly as served (credits already reduced to
-- what each person chose to show; hidden people are never stored).
create table published (
  kind text not null check (kind in ('impact', 'credits')),
  key text not null,
  body text not null,
  etag text not null,
  updated_at timestamptz not null default now(),
  primary key (kind, key)
);
