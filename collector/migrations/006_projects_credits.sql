-- Projects: a project's name, and the consent definition, feedback forms, credits title and impact
-- panel it links (`{ name, consentId?, forms?, impactPanelId?, credits?: { title? } }`). Nothing
-- personal. The published credits of a project are built from it at each request.
create table projects (
  id text primary key,
  body json not null,
  updated_at timestamptz not null default now()
);

-- The roles staff give a consent record's person in the credits (role ids, such as
-- "peer-researcher"), kept apart from the record, which is never changed. Erasure deletes the row.
create table record_roles (
  record_id uuid primary key references consent_records (id) on delete cascade,
  roles json not null,
  updated_at timestamptz not null default now()
);
