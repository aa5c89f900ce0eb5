-- The load benchmark's baseline (docs/BENCHMARKS.md): one row per baseline request, the bytes of a save's body.
-- Written only when the server runs with NEWSDESK_BENCHMARK=true; empty in production.
create table load_baseline (
    id   bigserial primary key,
    body bytea not null
);
