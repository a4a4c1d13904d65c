-- Disclosure settings per agency (docs/disclosure.md): the flag "may make 规章" moves from the agency record (V100)
-- into disclosure's own settings, beside the agency's administrative level, which decides the groups of Article 21
-- its entries may carry; the 索引号 pattern may stay unset (the default); each review level gets a name. Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.
alter table disclosure_settings alter column index_pattern drop not null;
alter table disclosure_settings add column may_make_regulations boolean not null default false;
alter table disclosure_settings add column administrative_level varchar(16);
alter table disclosure_settings add constraint disclosure_settings_level_check
    check (administrative_level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'));

insert into disclosure_settings (agency_id, index_pattern, may_make_regulations)
select id, null, true from agency
where may_make_regulations and id not in (select agency_id from disclosure_settings);
update disclosure_settings set may_make_regulations = true
where agency_id in (select id from agency where may_make_regulations);
alter table agency drop column may_make_regulations;

alter table disclosure_review_level add column name varchar(50);
