-- Lengths are counted in characters (code points), as PostgreSQL's varchar(n) counts them (issue 9). H2 counts
-- UTF-16 units, in which a character outside the Basic Multilingual Plane (an emoji, a rare Han character of
-- CJK Extension B) takes two: so on H2 every column that takes free text is made twice as wide, and a text the
-- checks accept (at most n characters) always fits. The checks, not the columns, hold the limits.
alter table information_request alter column submission_key set data type varchar(400);
alter table information_request alter column applicant_name set data type varchar(400);
alter table information_request alter column contact_person set data type varchar(200);
alter table information_request alter column email set data type varchar(400);
alter table information_request alter column address set data type varchar(600);
alter table information_request alter column info_title set data type varchar(1000);
alter table information_request alter column info_document_number set data type varchar(400);
alter table information_request alter column info_description set data type varchar(8000);
alter table information_request alter column receipt_note set data type varchar(600);
alter table information_request alter column correction_matters set data type varchar(4000);
alter table information_request alter column extension_reason set data type varchar(2000);
alter table information_request alter column draft_legal_basis set data type varchar(1000);
alter table information_request alter column draft_text set data type varchar(16000);
alter table information_request alter column legal_basis set data type varchar(1000);
alter table information_request alter column reply_text set data type varchar(16000);
alter table information_request alter column closing_note set data type varchar(2000);
alter table request_round alter column reason set data type varchar(2000);
alter table request_consultation alter column party set data type varchar(600);
alter table request_consultation alter column answer set data type varchar(4000);
alter table request_review alter column review_comment set data type varchar(4000);
alter table appeal_case alter column external_reference set data type varchar(600);
alter table appeal_case alter column applicant_name set data type varchar(400);
alter table appeal_case alter column body set data type varchar(400);
alter table appeal_case alter column case_number set data type varchar(200);
alter table appeal_case alter column claims set data type varchar(4000);
alter table appeal_case alter column decision_number set data type varchar(200);
alter table appeal_case alter column decision_summary set data type varchar(4000);
alter table appeal_case alter column void_reason set data type varchar(2000);
alter table appeal_case alter column submission_key set data type varchar(400);
