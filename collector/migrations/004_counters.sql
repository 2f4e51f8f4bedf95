-- Counters for the limits that must hold across every collector process sharing this database:
-- request rate limits and wrong-key attempts (PostgreSQL mode only; with the embedded database
-- there is one process and the counters live in its memory, so this table stays empty).
-- `key` is a SHA-256 of the counter's name (which holds a client's address or a reference), not
-- the name itself. Each row is one window: `count` hits that end at `reset_at`. Ended windows are
-- swept now and then. Unlogged: counters are not worth a write-ahead-log flush on every request,
-- and losing them in a database crash only restarts the windows.
create unlogged table limit_counters (
  key text primary key,
  count integer not null,
  reset_at timestamptz not null
);
