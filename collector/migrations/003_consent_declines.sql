-- "Leave without agreeing", when the consent definition asks for declines to be recorded
-- (recordDeclines: true). Nothing personal: which consent and version, when, and which required
-- statements were not agreed to. Kept apart from consent records: there is no record, and no
-- person, behind a decline.
create table consent_declines (
  id uuid primary key,
  consent_id text not null,
  version text not null,
  at timestamptz not null,
  received_at timestamptz not null default now(),
  body json not null,
  body_hash text not null
);
create index consent_declines_consent on consent_declines (consent_id, received_at);
