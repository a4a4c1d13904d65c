-- 不属于本机关公开 (Article 36 (五)) is a reply of its own, counted in row 三（四）1 with 本机关不掌握 (Article 36 (四)):
-- the outcome UNAVAILABLE_NOT_RESPONSIBLE, and the responsible agency with its contact details that the reply names,
-- in the draft and in the disposal. The checks hold the limits (200 and 300 characters); the columns are twice as wide
-- so that H2, which counts UTF-16 units, takes any text the checks accept (as V75).
alter table information_request add column draft_responsible_agency varchar(400);
alter table information_request add column draft_responsible_contact varchar(600);
alter table information_request add column responsible_agency varchar(400);
alter table information_request add column responsible_agency_contact varchar(600);
alter table request_round drop constraint request_round_outcome_check;
alter table request_round add constraint request_round_outcome_check check (outcome is null or outcome in ('GRANTED',
    'PARTIALLY_GRANTED', 'WITHHELD_STATE_SECRET', 'WITHHELD_PROHIBITED_BY_LAW',
    'WITHHELD_ENDANGERS_SECURITY_OR_STABILITY', 'WITHHELD_THIRD_PARTY_RIGHTS', 'WITHHELD_INTERNAL_AFFAIRS',
    'WITHHELD_PROCESS_INFORMATION', 'WITHHELD_LAW_ENFORCEMENT_FILE', 'WITHHELD_ADMINISTRATIVE_QUERY',
    'UNAVAILABLE_NOT_HELD', 'UNAVAILABLE_NOT_RESPONSIBLE', 'UNAVAILABLE_NEEDS_CREATION',
    'UNAVAILABLE_UNCLEAR_AFTER_CORRECTION', 'NOT_PROCESSED_PETITION_OR_COMPLAINT', 'NOT_PROCESSED_REPEATED',
    'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRMATION_OF_OBTAINED',
    'OTHER_DISPOSAL_CORRECTION_OVERDUE', 'OTHER_DISPOSAL_FEE_UNPAID', 'OTHER_DISPOSAL_OTHER'));
