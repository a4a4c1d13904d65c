-- Article 35 (大量、频繁): the request for reasons to the applicant, the applicant's answer or the day it was due, and
-- the reasonable extended period (a date or working days after the Article 33 period) with its reason.
alter table information_request add column excessive_asked_on date;
alter table information_request add column excessive_answer_by date;
alter table information_request add column excessive_answered_on date;
alter table information_request add column excessive_reasons varchar(2000);
alter table information_request add column excessive_period_due date;
alter table information_request add column excessive_period_days integer;
alter table information_request add column excessive_period_reason varchar(1000);
