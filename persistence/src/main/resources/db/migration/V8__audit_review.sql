-- Issue 9: the audit log as a reviewable, keyed ledger.

-- Which hash an event carries: 1 = plain SHA-256 (events written before the ledger was keyed; accepted only as
-- the start of the chain), 2 = HMAC-SHA256 with the ledger key from configuration (see ChainLink).
alter table audit_event add column chain smallint not null default 1 check (chain in (1, 2));
alter table audit_event alter column chain drop default;

-- From now on only keyed events are appended: an unkeyed (chain 1) event can be computed without the key, so the
-- runtime role, which may INSERT, must not be able to add one.
create function audit_event_keyed_only() returns trigger
    language plpgsql as
$$
begin
    if new.chain <> 2 then
        raise exception 'audit_event: only keyed events (chain 2) may be appended'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
create trigger audit_event_keyed_only before insert on audit_event
    for each row execute function audit_event_keyed_only();

-- Time ranges are turned into sequence ranges (an event's time never runs behind its predecessor's), so the
-- first event at or after a moment is one index probe.
drop index audit_event_at_idx;
create index audit_event_at_idx on audit_event (at, seq);

-- Free-text search in the values of an event's details (not its keys), word by word, in any language.
create index audit_event_details_idx on audit_event
    using gin (jsonb_to_tsvector('simple'::regconfig, details::jsonb, '["string", "numeric"]'::jsonb));

-- The history of one thing (an account's roles, a claim), newest first.
create index audit_event_entity_idx on audit_event (entity_type, entity_id, seq);
