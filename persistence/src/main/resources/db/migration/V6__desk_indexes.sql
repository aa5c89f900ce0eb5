-- My desk: "my drafts" are the drafts I created or wrote a revision of
create index story_created_by_idx on story (created_by, state);
