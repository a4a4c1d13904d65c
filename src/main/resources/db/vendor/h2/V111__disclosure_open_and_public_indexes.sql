-- PostgreSQL's partial indexes for the overdue banner and the public list (db/vendor/postgresql/V111); H2 has no
-- partial indexes and keeps the full ones of V101.
select 1;
