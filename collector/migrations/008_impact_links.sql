-- "You said, we did" fed by feedback: staff link a feedback submission, or one answer in it
-- (question_id; '' for the whole submission), to an item of a published impact panel. The panel
-- served at /v1/impact/:panelId then counts, per item, the distinct submissions linked to it
-- ("raised by"). Only the count and two dates are published, never a feedback id.
-- The foreign key deletes a submission's links with it, whatever deletes it: erasure, retention,
-- or anything added later. No link can outlive its feedback, even when the two race.
create table impact_links (
  panel_id text not null,
  item_id text not null,
  feedback_id uuid not null references feedback (id) on delete cascade,
  question_id text not null default '',
  linked_at timestamptz not null default now(),
  primary key (panel_id, item_id, feedback_id, question_id)
);
create index impact_links_feedback on impact_links (feedback_id);

-- When staff last linked or unlinked something on an item: part of the item's published
-- `updatedAt` (with the panel's publish time, published.updated_at). Holds no feedback id, so an
-- unlink leaves no trace of whose feedback it was. Links deleted with their feedback (erasure,
-- retention) do not move it: the date says nothing about when someone's feedback was erased.
create table impact_item_changes (
  panel_id text not null,
  item_id text not null,
  changed_at timestamptz not null default now(),
  primary key (panel_id, item_id)
);
