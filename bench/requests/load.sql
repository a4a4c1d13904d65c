-- Bulk-loads :n realistic applications (default run: 1,000,000) into a database the application has migrated and
-- filled with its demo data, for the list benchmark (lists.sh). PostgreSQL only (generate_series, random()); it
-- respects every constraint of V20–V24 and writes what the application would have written for each status: receipt
-- dates by channel, handlers, derived due dates (due_index), outcomes and disposal dates, one handling round per
-- received application (request_round, read by table 三) and consultations (some still unanswered: paused clocks).
--
-- Shape, deterministic (setseed): 20 agencies under the demo region 南阳市卧龙区 (the demo ones and 17 more), sized by
-- Zipf (卧龙区商务局, the demo agency, largest: about 28 %); 8 handlers each (in 商务局 the demo user `handler` is
-- one of them); receipt dates from 1 January 2021 to yesterday, ids growing with time as the application assigns
-- them; older applications almost all disposed of (answered, archived, withdrawn, correction lapsed) with a backlog of
-- overdue ones (0.3 %), the last 90 days in every stage. Tables the measured queries never read (request_history,
-- audit_entry, documents) are not filled. The applications and their rounds are written by applications.sql (shared
-- with bench/reports/load.sql) from the rows drawn here.
--
-- psql variables: n (number of applications), today (ISO date the application considers today).
\set ON_ERROR_STOP on
select setseed(0.20261127);

select coalesce(max(id), 0) as before_id from information_request \gset

insert into agency (parent_id, kind, name, disclosure_office)
select region.id, 'AGENCY', '卧龙区' || names.name, '局办公室（政务公开）'
from (select id from agency where kind = 'REGION' and name = '南阳市卧龙区') region,
     unnest(array['自然资源局', '住房和城乡建设局', '市场监督管理局', '人力资源和社会保障局', '生态环境局', '交通运输局',
                  '卫生健康委员会', '民政局', '农业农村局', '水利局', '应急管理局', '城市管理局', '司法局',
                  '退役军人事务局', '文化广电和旅游局', '医疗保障局', '审计局']) as names(name);

-- The agencies by rank (0 = 卧龙区商务局), with their Zipf share as a cumulative range of [0, 1).
create temporary table bench_agency as
with ranked as (
    select id, row_number() over (order by (name = '卧龙区商务局') desc, id) - 1 as k
    from agency where kind = 'AGENCY'),
weighted as (
    select id, k, (1.0 / (k + 1)) / sum(1.0 / (k + 1)) over () as share from ranked)
select id, k, coalesce(sum(share) over (order by k rows between unbounded preceding and 1 preceding), 0) as lo,
       sum(share) over (order by k) as hi
from weighted;

-- Eight handlers per agency (password demo1234, copied from the demo user); in 商务局 the demo `handler` is number 0.
insert into staff (username, display_name, password_hash)
select 'bench.handler.' || a.id || '.' || j, '承办人' || a.k || '-' || j, (select password_hash from staff where username = 'handler')
from bench_agency a, generate_series(0, 7) j
where not (a.k = 0 and j = 0);
insert into staff_role (staff_id, role, agency_id)
select s.id, 'HANDLER', a.id
from bench_agency a join staff s on s.username like 'bench.handler.' || a.id || '.%';
create temporary table bench_handler as
select a.id as agency_id, j, s.id as staff_id, s.display_name
from bench_agency a
cross join generate_series(0, 7) j
join staff s on s.username = case when a.k = 0 and j = 0 then 'handler' else 'bench.handler.' || a.id || '.' || j end;
create index on bench_handler (agency_id, j);

-- One row per application: its random draws, its day, then its status by age.
create temporary table bench_gen as
with base as (
    select g, date '2021-01-01' + ((g::bigint - 1) * (date :'today' - date '2021-01-01') / :n)::int as day,
           random() as ra, random() as rs, random() as rt, random() as rh, random() as ro, random() as rc, random() as rd
    from generate_series(1, :n) g)
select b.*, (select id from bench_agency a where a.lo <= b.ra order by a.k desc limit 1) as agency_id,
       date :'today' - b.day as age,
       case
           when date :'today' - b.day > 90 then case
               when b.rs < 0.003 then 'IN_HANDLING'
               when b.rs < 0.004 then 'DISMISSED'
               when b.rs < 0.75 then 'ARCHIVED'
               when b.rs < 0.92 then 'ANSWERED'
               else 'CLOSED' end
           when date :'today' - b.day > 30 then case
               when b.rs < 0.08 then 'IN_HANDLING'
               when b.rs < 0.11 then 'IN_REVIEW'
               when b.rs < 0.13 then 'APPROVED'
               when b.rs < 0.14 then 'AWAITING_CORRECTION'
               when b.rs < 0.60 then 'ANSWERED'
               when b.rs < 0.94 then 'ARCHIVED'
               else 'CLOSED' end
           else case
               when date :'today' - b.day <= 3 and b.rs < 0.30 then 'SUBMITTED'
               when b.rs < 0.36 then 'RECEIVED'
               when b.rs < 0.41 then 'AWAITING_CORRECTION'
               when b.rs < 0.78 then 'IN_HANDLING'
               when b.rs < 0.86 then 'IN_REVIEW'
               when b.rs < 0.90 then 'APPROVED'
               when b.rs < 0.98 then 'ANSWERED'
               else 'CLOSED' end
       end as status
from base b;

-- Receipt (Article 31 by channel), disposal and derived due dates.
create temporary table bench_rows as
select g.*,
       case when g.rc < 0.60 then 'ONLINE' when g.rc < 0.70 then 'ORDINARY_LETTER' when g.rc < 0.80 then 'REGISTERED_MAIL'
            when g.rc < 0.90 then 'IN_PERSON' when g.rc < 0.95 then 'EMAIL' when g.rc < 0.97 then 'FAX'
            else 'HOTLINE_12345' end as channel,
       case when g.rt < 0.85 then 'NATURAL_PERSON' when g.rt < 0.93 then 'COMMERCIAL_ENTERPRISE'
            when g.rt < 0.95 then 'RESEARCH_INSTITUTION' when g.rt < 0.97 then 'PUBLIC_INTEREST_ORGANIZATION'
            when g.rt < 0.99 then 'LEGAL_SERVICE_AGENCY' else 'OTHER_ORGANIZATION' end as applicant_type,
       case when g.status in ('SUBMITTED', 'DISMISSED') then null
            else least(g.day + (g.rd * 3)::int, date :'today') end as received_on,
       (g.rd < 0.06) as extended
from bench_gen g;

\set last_day :today
\ir applications.sql

-- Consultations: unanswered for one in ten applications in handling (their clocks are paused), answered ones for 3 %
-- of the others.
insert into request_consultation (request_id, seq, round_no, kind, party, sent_on, answered_on, answer)
select id, 0, 1, case when id % 3 = 0 then 'OTHER_AGENCY' else 'THIRD_PARTY' end, '南阳某实业有限公司',
       least(received_on + 4, date :'today'),
       case when status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED') and id % 10 = 0 then null
            else least(received_on + 12, coalesce(closed_on, date :'today')) end,
       case when status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED') and id % 10 = 0 then null else '不同意公开' end
from information_request
where id > :before_id and received_on is not null and status <> 'AWAITING_CORRECTION'
  and ((status = 'IN_HANDLING' and id % 10 = 0) or id % 33 = 1)
  and least(received_on + 4, date :'today') <= least(received_on + 12, coalesce(closed_on, date :'today'));

select count(*) as applications, count(distinct agency_id) as agencies, count(distinct handler_id) as handlers,
       min(received_on) as first_received, max(received_on) as last_received
from information_request;
select status, count(*) from information_request group by status order by 2 desc;
