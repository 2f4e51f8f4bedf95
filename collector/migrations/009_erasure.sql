-- Feedback erased on request (DELETE /v1/admin/feedback/:id): only the id and when, nothing of
-- what was said. So a second DELETE of the same id (a retry) answers 204 while a mistyped id
-- answers 404, and a copy the person's browser sends again later (it waited in an outbox) is
-- recognised and not stored again.
create table feedback_erasures (
  id uuid primary key,
  erased_at timestamptz not null default now()
);
