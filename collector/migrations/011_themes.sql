-- Themes: how staff make sense of feedback. A theme ("transport", "cost of food") belongs to a
-- project and is shared by its staff. Nothing personal: a name staff typed.
create table themes (
  id text primary key,
  project_id text not null,
  name text not null,
  created_at timestamptz not null default now()
);
create unique index themes_project_name on themes (project_id, lower(name));

-- A tag puts one answer (question_id) or a whole submission (question_id '') under a theme. Only
-- ids. The foreign key deletes a submission's tags with it, whatever deletes it (erasure,
-- retention), and deleting a theme deletes its tags.
create table feedback_tags (
  theme_id text not null references themes (id) on delete cascade,
  feedback_id uuid not null references feedback (id) on delete cascade,
  question_id text not null default '',
  tagged_at timestamptz not null default now(),
  primary key (theme_id, feedback_id, question_id)
);
create index feedback_tags_feedback on feedback_tags (feedback_id);
