-- Bulk-loads the records of the annual-report benchmark (compile.sh) into a database the application has migrated and
-- filled with its demo data. PostgreSQL only (generate_series, random()); the rows are written by the generator
-- bench/requests/load.sql uses too (bench/requests/applications.sql: same columns and statuses, one handling round per
-- received application, read by table 三), but all in one reporting year and disposed of within it:
--   :n applications of 卧龙区商务局 in :year, and
--   :agencies more agencies under 南阳市卧龙区 (the region table sums them) with :per applications each.
--
-- psql variables: n, year, agencies, per.
\set ON_ERROR_STOP on
select setseed(0.20261128);

select coalesce(max(id), 0) as before_id from information_request \gset
select make_date(:year, 1, 1) as first_day, make_date(:year, 12, 31) as last_day \gset

insert into agency (parent_id, kind, name, disclosure_office)
select region.id, 'AGENCY', '卧龙区基准机关' || lpad(i::text, 4, '0'), '局办公室（政务公开）'
from (select id from agency where kind = 'REGION' and name = '南阳市卧龙区') region, generate_series(1, :agencies) i;

-- The demo user `handler` handles them all (the report counts outcomes, not handlers).
create temporary table bench_handler as
select a.id as agency_id, j, s.id as staff_id, s.display_name
from agency a cross join generate_series(0, 7) j join staff s on s.username = 'handler'
where a.name = '卧龙区商务局' or a.name like '卧龙区基准机关%';

-- One row per application: 卧龙区商务局's n, then per for each benchmark agency; days spread over the year; every
-- application answered, archived or closed before the year's end.
create temporary table bench_rows as
with apps as (
    select g, (select id from agency where name = '卧龙区商务局') as agency_id from generate_series(1, :n) g
    union all
    select :n + row_number() over (order by a.id, k), a.id
    from agency a cross join generate_series(1, :per) k where a.name like '卧龙区基准机关%'),
base as (
    select g, agency_id, date :'first_day' + ((g::bigint * 7919) % 350)::int as day,
           random() as rs, random() as rt, random() as rh, random() as ro, random() as rc, random() as rd
    from apps)
select b.*,
       case when b.rs < 0.70 then 'ARCHIVED' when b.rs < 0.92 then 'ANSWERED' else 'CLOSED' end as status,
       case when b.rc < 0.60 then 'ONLINE' when b.rc < 0.70 then 'ORDINARY_LETTER' when b.rc < 0.80 then 'REGISTERED_MAIL'
            when b.rc < 0.90 then 'IN_PERSON' when b.rc < 0.95 then 'EMAIL' when b.rc < 0.97 then 'FAX'
            else 'HOTLINE_12345' end as channel,
       case when b.rt < 0.85 then 'NATURAL_PERSON' when b.rt < 0.93 then 'COMMERCIAL_ENTERPRISE'
            when b.rt < 0.95 then 'RESEARCH_INSTITUTION' when b.rt < 0.97 then 'PUBLIC_INTEREST_ORGANIZATION'
            when b.rt < 0.99 then 'LEGAL_SERVICE_AGENCY' else 'OTHER_ORGANIZATION' end as applicant_type,
       b.day + (b.rd * 3)::int as received_on,
       (b.rd < 0.06) as extended
from base b;

\ir ../requests/applications.sql

select count(*) filter (where a.name = '卧龙区商务局') as commerce_applications, count(*) as applications,
       count(distinct r.agency_id) as agencies
from information_request r join agency a on a.id = r.agency_id where r.id > :before_id;
