-- The person's reference (what they read out or type, such as PR-7K4Q-M2XD) and the SHA-256 of
-- their secret key (`sha256:<hex>`), copied from the record's body when it is stored, so that
-- "manage my consent" finds a record by its reference and checks a key without reading bodies.
-- Erasure empties both. Existing rows are filled from their bodies with ->> on the json column
-- (never a jsonb cast: nothing here may depend on a stored body parsing as jsonb).
alter table consent_records add column reference text;
alter table consent_records add column key_hash text;
-- A reference names one record. Two with one reference (1 in 30^8) would be ambiguous: only the
-- first received is filled here, and a new record with a reference already in use is refused.
update consent_records c set reference = c.body->>'reference', key_hash = c.body->>'keyHash'
where c.body is not null and c.erased_at is null
  and not exists (
    select 1 from consent_records o
    where o.body is not null and o.erased_at is null and o.body->>'reference' = c.body->>'reference'
      and (o.received_at < c.received_at or (o.received_at = c.received_at and o.id < c.id))
  );
create unique index consent_records_reference on consent_records (reference) where reference is not null;
