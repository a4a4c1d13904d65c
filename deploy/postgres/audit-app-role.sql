-- Gongkai on PostgreSQL: the instances connect as gongkai_app, a role that does not own the schema and may only
-- insert into (and read) the audit trail; Flyway migrates as the owner (SPRING_FLYWAY_USER). Together with the
-- triggers of migration V86 (which only the owner could switch off) the application cannot change or delete an
-- audit entry, whatever it is made to run. docs/deployment.md, "The audit trail", walks the steps.
--
-- Run as the owner of the schema (`gongkai` in docs/deployment.md), once before the first start and again after it
-- (and after every upgrade: it is idempotent):
--   sudo -u postgres createuser --pwprompt gongkai_app
--   psql -h 127.0.0.1 -U gongkai -d gongkai -v ON_ERROR_STOP=1 -f deploy/postgres/audit-app-role.sql
-- Another role name: replace gongkai_app throughout.

grant usage on schema public to gongkai_app;
grant select, insert, update, delete on all tables in schema public to gongkai_app;
grant usage, select on all sequences in schema public to gongkai_app;
-- Tables and sequences that Flyway (as the owner) creates later are the application's to use as well.
alter default privileges in schema public grant select, insert, update, delete on tables to gongkai_app;
alter default privileges in schema public grant usage, select on sequences to gongkai_app;

-- Once the schema exists: the trail is insert-only for the application (no UPDATE, DELETE or TRUNCATE of entries or
-- checkpoints). The head (audit_head) stays writable, because every append moves it; V86's trigger lets it move
-- forward only, and the checkpoints published outside the database catch a head moved back by the owner.
-- Migrations are the owner's business.
do $$
begin
    if to_regclass('audit_entry') is not null then
        revoke update, delete, truncate on audit_entry, audit_checkpoint from gongkai_app;
    end if;
    if to_regclass('flyway_schema_history') is not null then
        revoke insert, update, delete, truncate on flyway_schema_history from gongkai_app;
    end if;
end
$$;
