-- H2's counterpart of db/vendor/postgresql/V26 (H2 has no partial indexes): open applications by status and due date.
create index information_request_open_due_idx on information_request (status, due_index, id);
