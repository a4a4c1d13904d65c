-- The option of a supervising office's own (本级) annual report to include the summed figures of the region's
-- agencies (docs/annual-report.md). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table annual_report add column includes_subordinates boolean not null default false;
