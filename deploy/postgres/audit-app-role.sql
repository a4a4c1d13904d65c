-- Gongkai on PostgreSQL: the application connects as gongkai_app, a role that does not own the schema and may only
-- insert into (and read) the audit trail. Flyway keeps migrating as the owner (spring.flyway.user). See
-- docs/deployment.md, "The application's role".
--
-- Run as the owner of the schema (the role the tables belong to, `gongkai` in docs/deployment.md) after the first
-- start has migrated it, and again after an upgrade that adds tables if they were not created by that owner:
--   sudo -u postgres createuser --pwprompt gongkai_app
--   psql -h 127.0.0.1 -U gongkai -d gongkai -v ON_ERROR_STOP=1 -f deploy/postgres/audit-app-role.sql
-- Plain statements only (no psql variables), so that it also runs through JDBC (AuditAppendOnlyPostgresIntegrationTests).

grant usage on schema public to gongkai_app;
grant select, insert, update, delete on all tables in schema public to gongkai_app;
grant usage, select on all sequences in schema public to gongkai_app;
-- Tables and sequences the owner creates later (new migrations) are the application's to use as well.
alter default privileges in schema public grant select, insert, update, delete on tables to gongkai_app;
alter default privileges in schema public grant usage, select on sequences to gongkai_app;

-- The trail is append-only for the application: no UPDATE, DELETE or TRUNCATE of entries or checkpoints. The head
-- (audit_head) stays writable, because every append moves it; the trigger of migration V86 lets it move forward only,
-- and the checkpoints published outside the database catch a head moved back by the owner.
revoke update, delete, truncate on audit_entry, audit_checkpoint from gongkai_app;

-- Migrations are the owner's business.
revoke insert, update, delete, truncate on flyway_schema_history from gongkai_app;
