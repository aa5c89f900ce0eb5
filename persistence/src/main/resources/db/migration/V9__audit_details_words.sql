-- The words of an event's details kept beside it (computed by the database on insert, never by hand), so that a
-- search for a common word can walk the newest events and test each cheaply, while a rare word still uses the
-- GIN index: the planner chooses by the word's frequency, which it knows from the column's statistics.
alter table audit_event add column details_words tsvector
    generated always as (jsonb_to_tsvector('simple'::regconfig, details::jsonb, '["string", "numeric"]'::jsonb)) stored;
drop index audit_event_details_idx;
create index audit_event_words_idx on audit_event using gin (details_words);
