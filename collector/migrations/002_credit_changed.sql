-- A person can change how they are credited after agreeing (<cp-consent-withdraw>): a new event,
-- like a withdrawal, never a change to the record.
alter table consent_events drop constraint if exists consent_events_type_check;
alter table consent_events add constraint consent_events_type_check check (type in ('withdrawn', 'erased', 'credit-changed'));
