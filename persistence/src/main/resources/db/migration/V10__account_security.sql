-- Account security (issue 10): a password reset by an admin must be replaced at the next login; changing or
-- resetting a password ends the account's other sessions (every session older than sessions_valid_after).
alter table account
    add column must_change_password boolean not null default false,
    add column sessions_valid_after timestamp(6) with time zone,
    add column password_changed_at  timestamp(6) with time zone;
