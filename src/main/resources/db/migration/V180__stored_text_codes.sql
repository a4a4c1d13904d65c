-- Stored texts in the reader's language: the message code and arguments of each history
-- step and audit entry. Nullable: rows written before have none and show their stored text.
alter table request_history add column summary_code varchar(200);
alter table request_history add column summary_args varchar(8000);
alter table appeal_history add column summary_code varchar(200);
alter table appeal_history add column summary_args varchar(8000);
alter table disclosure_history add column summary_code varchar(200);
alter table disclosure_history add column summary_args varchar(8000);
alter table consultation_history add column summary_code varchar(200);
alter table consultation_history add column summary_args varchar(8000);
alter table audit_entry add column summary_code varchar(200);
alter table audit_entry add column summary_args varchar(8000);
