-- Feedback form definitions (kind 'form') and consent definitions (kind 'consent'), as staff put
-- them with PUT /v1/admin/forms/:id and /v1/admin/consent-definitions/:id. Versioned and never
-- overwritten: a version, once stored, keeps its body for good (the same version with another
-- body is refused). "Current" is the most recently created version of (kind, id). Nothing
-- personal. Submissions naming a stored form or consent are checked against the version they name.
create table definitions (
  kind text not null check (kind in ('form', 'consent')),
  id text not null,
  version text not null,
  body json not null,
  body_hash text,
  created_at timestamptz not null default now(),
  primary key (kind, id, version)
);
create index definitions_current on definitions (kind, id, created_at);
