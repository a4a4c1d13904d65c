-- The reminders of the annual report's deadline (docs/annual-report.md): one row per agency, reporting year and
-- reminder kind (lead or overdue, with the deadline it was computed for), inserted before sending so that overlapping
-- sweeps send it once. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
create table annual_report_reminder (
    agency_id    bigint        not null references agency (id),
    report_year  integer       not null,
    kind         varchar(40)   not null,
    sent_at      timestamp with time zone not null,
    recipients   varchar(2000) not null,
    primary key (agency_id, report_year, kind)
);
