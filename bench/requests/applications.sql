-- The generator of the applications shared by the benchmarks' bulk loads (included with \ir by
-- bench/requests/load.sql and bench/reports/load.sql): from the temporary tables bench_rows (one row per application:
-- g, agency_id, day, the draws rs rt rh ro rc rd, status, channel, applicant_type, received_on, extended) and
-- bench_handler (agency_id, j, staff_id, display_name), it writes the application as the application would have for
-- its status, then one handling round per received application (request_round, read by table 三). No date lies after
-- :last_day (today for the lists, the reporting year's last day for the report).
--
-- psql variables: last_day (ISO date), before_id (the largest id before the load).
insert into information_request (agency_id, tracking_code, submission_key, channel, applicant_type, applicant_name,
    id_type, id_number, contact_person, phone, email, address, postcode, info_title, info_document_number,
    info_description, form_wanted, delivery_wanted, submitted_at, submitted_on, signed_for_on, confirmed_on, received_on,
    status, correction_requested_on, correction_matters, correction_term_days, handler_id, handler_name, extension_days,
    extension_approved_by, extension_approved_on, extension_reason, draft_no, draft_outcome, draft_legal_basis,
    review_chain, outcome, legal_basis, reply_text, replied_on, reply_delivery, closed_on, served_on, archived_at,
    round, due_index, created_at, version)
select r.agency_id,
       'GK-' || lpad((r.g / 1000000)::text, 4, '0') || '-' || lpad((r.g % 1000000 / 100)::text, 4, '0') || '-'
           || lpad((r.g % 100)::text, 2, '0'),
       case when r.channel = 'ONLINE' then 'public:load-' || r.g end,
       r.channel, r.applicant_type,
       case when r.applicant_type = 'NATURAL_PERSON'
            then (array['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'])[1 + r.g % 10]
                 || (array['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟'])[1 + r.g / 10 % 12]
            else '南阳' || (array['宛龙', '卧云', '白河', '独山', '伏牛'])[1 + r.g % 5] || '有限公司' end,
       case when r.applicant_type = 'NATURAL_PERSON' then 'RESIDENT_ID' else 'CREDIT_CODE' end,
       case when r.applicant_type = 'NATURAL_PERSON' then '411303' || lpad((19500101 + r.g % 500000)::text, 8, '0')
                 || lpad((r.g % 1000)::text, 3, '0') || 'X'
            else '91411303' || lpad((r.g % 1000000000)::text, 9, '0') || 'Y' end,
       case when r.applicant_type <> 'NATURAL_PERSON' then '经办人' end,
       '139' || lpad((r.g % 100000000)::text, 8, '0'), 'a' || r.g || '@example.cn',
       '南阳市卧龙区建设路' || (1 + r.g % 500) || '号', '473000',
       (array['2025年度部门预算公开说明', '城区老旧小区改造项目批复文件', '招商引资优惠政策兑现情况', '行政处罚决定书',
              '专项资金分配结果', '建设项目环境影响评价批复', '学校招生划片方案', '政府采购合同', '征地补偿安置方案',
              '企业环境信用评价结果'])[1 + r.g % 10] || '（' || extract(year from r.day) || '）',
       '宛龙政〔' || extract(year from r.day) || '〕' || (1 + r.g % 300) || '号',
       '申请获取上述文件的全文及附件，用于了解相关政策的执行情况。',
       case when r.rd < 0.7 then 'ELECTRONIC' else 'PAPER' end,
       case when r.rd < 0.5 then 'ONLINE' when r.rd < 0.7 then 'EMAIL' when r.rd < 0.9 then 'POST' else 'IN_PERSON' end,
       (r.day + time '09:00' + (r.rh * interval '8 hours')) at time zone 'Asia/Shanghai', r.day,
       case when r.channel = 'REGISTERED_MAIL' and r.received_on is not null then r.received_on end,
       case when r.channel not in ('REGISTERED_MAIL', 'IN_PERSON') and r.received_on is not null then r.received_on end,
       r.received_on, r.status,
       case when r.status = 'AWAITING_CORRECTION' then least(r.received_on + 3, date :'last_day') end,
       case when r.status = 'AWAITING_CORRECTION' then '请写明所需文件的名称或文号' end,
       case when r.status = 'AWAITING_CORRECTION' then 15 end,
       h.staff_id, h.display_name,
       case when r.extended and r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED') then 20 end,
       case when r.extended and r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED') then '公开办负责人' end,
       case when r.extended and r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED')
            then least(r.received_on + 25, date :'last_day') end,
       case when r.extended and r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED') then '涉及档案调取' end,
       case when r.status in ('IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED') then 1 else 0 end,
       case when r.status in ('IN_REVIEW', 'APPROVED') then o.outcome end,
       case when r.status in ('IN_REVIEW', 'APPROVED') then '《中华人民共和国政府信息公开条例》' end,
       case when r.status in ('IN_REVIEW', 'APPROVED') then 'REVIEWER' end,
       case when r.status in ('ANSWERED', 'ARCHIVED', 'CLOSED') then o.outcome end,
       case when r.status in ('ANSWERED', 'ARCHIVED') then '《中华人民共和国政府信息公开条例》' end,
       case when r.status in ('ANSWERED', 'ARCHIVED') then '经审查，现答复如下。' end,
       case when r.status in ('ANSWERED', 'ARCHIVED') then d.closed end,
       case when r.status in ('ANSWERED', 'ARCHIVED') then 'ONLINE' end,
       d.closed,
       case when r.status = 'ARCHIVED' then d.closed end,
       case when r.status = 'ARCHIVED' then (d.closed + 10 + time '10:00') at time zone 'Asia/Shanghai' end,
       case when r.received_on is null then 0 else 1 end,
       -- The derived reply due date of an open, running clock: 20 working days (28 calendar days here), +20 if extended.
       case when r.status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED')
            then r.received_on + 28 + case when r.extended then 28 else 0 end end,
       (r.day + time '09:00' + (r.rh * interval '8 hours')) at time zone 'Asia/Shanghai',
       case when r.status in ('SUBMITTED', 'DISMISSED') then 0 when r.status in ('RECEIVED', 'AWAITING_CORRECTION') then 1
            when r.status = 'ARCHIVED' then 8 else 4 end
from bench_rows r
left join bench_handler h on h.agency_id = r.agency_id and h.j = (r.rh * 8)::int % 8
     and r.status in ('IN_HANDLING', 'IN_REVIEW', 'APPROVED', 'ANSWERED', 'ARCHIVED', 'CLOSED')
cross join lateral (select case
    when r.status = 'CLOSED' then case when r.ro < 0.6 then 'OTHER_DISPOSAL_OTHER' else 'OTHER_DISPOSAL_CORRECTION_OVERDUE' end
    when r.ro < 0.42 then 'GRANTED' when r.ro < 0.52 then 'PARTIALLY_GRANTED'
    when r.ro < 0.54 then 'WITHHELD_STATE_SECRET' when r.ro < 0.56 then 'WITHHELD_PROHIBITED_BY_LAW'
    when r.ro < 0.57 then 'WITHHELD_ENDANGERS_SECURITY_OR_STABILITY' when r.ro < 0.59 then 'WITHHELD_THIRD_PARTY_RIGHTS'
    when r.ro < 0.62 then 'WITHHELD_INTERNAL_AFFAIRS' when r.ro < 0.65 then 'WITHHELD_PROCESS_INFORMATION'
    when r.ro < 0.67 then 'WITHHELD_LAW_ENFORCEMENT_FILE' when r.ro < 0.69 then 'WITHHELD_ADMINISTRATIVE_QUERY'
    when r.ro < 0.80 then 'UNAVAILABLE_NOT_HELD' when r.ro < 0.83 then 'UNAVAILABLE_NEEDS_CREATION'
    when r.ro < 0.84 then 'UNAVAILABLE_UNCLEAR_AFTER_CORRECTION' when r.ro < 0.88 then 'NOT_PROCESSED_PETITION_OR_COMPLAINT'
    when r.ro < 0.91 then 'NOT_PROCESSED_REPEATED' when r.ro < 0.94 then 'NOT_PROCESSED_PUBLICATION'
    when r.ro < 0.95 then 'NOT_PROCESSED_EXCESSIVE' when r.ro < 0.96 then 'NOT_PROCESSED_CONFIRMATION_OF_OBTAINED'
    when r.ro < 0.97 then 'OTHER_DISPOSAL_FEE_UNPAID' else 'OTHER_DISPOSAL_OTHER' end as outcome) o
cross join lateral (select case when r.status in ('ANSWERED', 'ARCHIVED', 'CLOSED')
    then least(r.received_on + 3 + (r.ro * 1000)::int % 27, date :'last_day') end as closed) d
order by r.g;

-- Statistics first: the foreign-key checks of the next inserts are planned from them (without, PostgreSQL planned
-- them for the nine demo rows and scanned a whole index per row).
analyze information_request;

-- One handling round per received application (table 三 counts rounds).
insert into request_round (request_id, seq, round_no, agency_id, applicant_type, started_on, closed_on, outcome)
select id, 0, 1, agency_id, applicant_type, received_on, closed_on, outcome
from information_request where id > :before_id and received_on is not null;

analyze request_round;
