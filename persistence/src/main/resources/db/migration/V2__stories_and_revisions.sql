-- Stories, their revisions, and the blocks revisions are made of (see StoryBlock, Revision, BlockLayout)
create table story (
    id                   uuid         primary key,
    state                varchar(20)  not null,
    current_revision     integer      not null,
    current_hash         bytea        not null,
    headline             varchar(300) not null,
    headline_provisional boolean      not null,
    desk                 varchar(100),
    language             varchar(2)   not null check (language in ('de', 'en')),
    created_at           timestamp(6) with time zone not null,
    created_by           varchar(64)  not null,
    updated_at           timestamp(6) with time zone not null,
    updated_by           varchar(64)  not null,
    version              bigint       not null,
    -- full-text search over headline and current text, maintained by the application on every save
    search               tsvector
);
create index story_updated_idx  on story (updated_at desc, id);
create index story_state_idx    on story (state, updated_at desc);
create index story_desk_idx     on story (desk, updated_at desc);
create index story_language_idx on story (language, updated_at desc);
create index story_search_idx   on story using gin (search);

create sequence story_block_seq increment by 50;

create table story_block (
    id       bigint primary key,
    story_id uuid   not null references story (id),
    content  text   not null
);

create table revision (
    story_id      uuid         not null references story (id),
    number        integer      not null check (number > 0),
    author        varchar(64)  not null,
    created_at    timestamp(6) with time zone not null,
    note          varchar(500),
    hash          bytea        not null,
    fields_block  bigint       not null references story_block (id),
    layout        bytea        not null,
    words_changed integer      not null,
    primary key (story_id, number)
);

-- Revisions and blocks are history: never changed, never removed.
create function history_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger revision_append_only before update or delete on revision
    for each row execute function history_append_only();
create trigger story_block_append_only before update or delete on story_block
    for each row execute function history_append_only();
