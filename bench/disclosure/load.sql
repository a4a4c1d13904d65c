-- Bulk-loads :n catalogue entries spread over the demo agencies (bench/disclosure/lists.sh): 70 % published (with
-- their version row), the rest drafts, in review at levels 1–3, scheduled or withdrawn; formation dates over the last
-- three years, so that the Art. 26 lists have overdue and due-soon rows. Index numbers are unique by construction.
\set ON_ERROR_STOP on
with agencies as (
  select array_agg(id order by id) as ids from agency where kind = 'AGENCY'
), rows as (
  select g,
         (select ids[1 + (g % array_length(ids, 1))] from agencies) as agency_id,
         (:'today'::date - (g % 1095)) as formed_on,
         case when g % 10 < 7 then 'PUBLISHED' when g % 10 = 7 then 'DRAFT' when g % 10 = 8 then 'IN_REVIEW'
              when g % 20 = 9 then 'SCHEDULED' else 'WITHDRAWN' end as state
  from generate_series(1, :n) as g
)
insert into disclosure_entry (agency_id, index_number, kind, title, summary, formed_on, document_number, article20_item,
  validity, disclosure_method, body, state, review_level, review_round, drafted_by, drafted_by_name, public_version,
  last_version, published_on, first_published_on, due_on, created_at)
select agency_id, 'BENCH/' || g, 'DOCUMENT', '基准测试条目 ' || g || ' 关于商贸流通的通知', '概述', formed_on,
  '宛龙商〔' || extract(year from formed_on) || '〕' || g || ' 号', 1 + g % 15, 'VALID', '政府网站',
  '<p>正文</p>', state, case when state = 'IN_REVIEW' then 1 + g % 3 end, 1, 1, '发布员', 
  case when state = 'PUBLISHED' then 1 end, case when state in ('PUBLISHED', 'WITHDRAWN') then 1 else 0 end,
  case when state = 'PUBLISHED' then formed_on + 3 end,
  case when state in ('PUBLISHED', 'WITHDRAWN') then formed_on + 3 end,
  case when state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED') then formed_on + 28 end, now()
from rows;

insert into disclosure_entry_version (entry_id, number, title, summary, body, document_number, article20_item, validity,
  formed_on, published_on, published_at)
select id, 1, title, summary, body, document_number, article20_item, validity, formed_on, published_on, now()
from disclosure_entry where public_version = 1 and index_number like 'BENCH/%';

select count(*) as entries, count(*) filter (where public_version is not null) as public from disclosure_entry;
