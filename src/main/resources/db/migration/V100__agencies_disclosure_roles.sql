-- The roles of the disclosure review chain (科室负责人 and the signing leader 分管领导) and the per-agency flag of
-- Article 80 of the Legislation Law: whether the agency may make 规章 (docs/disclosure.md). Runs on H2 and PostgreSQL.
alter table agency add column may_make_regulations boolean not null default false;

alter table staff_role drop constraint staff_role_check;
alter table staff_role add constraint staff_role_check check (role in ('REGISTRAR', 'HANDLER', 'REVIEWER',
    'OFFICE_HEAD', 'PUBLISHER', 'SUPERVISOR', 'ADMINISTRATOR', 'SECTION_HEAD', 'LEADER'));
