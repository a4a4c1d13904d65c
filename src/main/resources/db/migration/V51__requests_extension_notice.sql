-- The day the 延期答复告知书 told the applicant of the extension (Article 33: within the original period).
alter table information_request add column extension_notice_on date;
