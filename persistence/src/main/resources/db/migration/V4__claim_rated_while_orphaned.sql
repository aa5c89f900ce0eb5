-- A claim whose passage is gone (orphaned) can be rated again: the rating then stands for the last wording, and
-- the claim needs no re-check until its passage comes back or goes again.
alter table claim add column rated_orphaned boolean not null default false;
