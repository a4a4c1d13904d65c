-- Indexes for the staff lists: newest first per agency (keyset on id), by status, by handler, by derived due date.
create index information_request_agency_id_idx on information_request (agency_id, id);
create index information_request_agency_status_id_idx on information_request (agency_id, status, id);
create index information_request_handler_status_id_idx on information_request (handler_id, status, id);
create index information_request_agency_due_id_idx on information_request (agency_id, due_index, id);
create index request_consultation_open_idx on request_consultation (request_id, round_no, answered_on);
