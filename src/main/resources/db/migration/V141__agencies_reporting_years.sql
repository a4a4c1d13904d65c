-- The locked reporting years (docs/annual-report.md): once an agency's annual report for a year is signed off, that
-- (agency, year) is closed; a step dated inside it is refused or flagged by the module that records it. Kept in
-- agencies so that requests and appeals, which may not call reports, can ask. Runs on H2 (MODE=PostgreSQL) and
-- PostgreSQL.
create table reporting_year_lock (
    agency_id    bigint        not null references agency (id),
    report_year  integer       not null,
    locked_at    timestamp with time zone not null,
    locked_by    varchar(100)  not null,
    reason       varchar(200)  not null,
    primary key (agency_id, report_year)
);
