-- An extension is requested by the handler and decided by the head of the disclosure office (Article 33,
-- issue 17 item 8): the request and a refusal are kept beside the granted extension's columns.
alter table information_request add column extension_requested_days integer;
alter table information_request add column extension_requested_by_id bigint;
alter table information_request add column extension_requested_by varchar(100);
alter table information_request add column extension_requested_on date;
alter table information_request add column extension_refused_by varchar(100);
alter table information_request add column extension_refused_on date;
alter table information_request add column extension_refusal varchar(1000);
