-- The deadline views (overdue, due soon) and the overdue count on every console page read only applications whose
-- reply clock runs, a few thousand of a million: a partial index in due-date order lets a region's view stop after
-- its first page instead of sorting every agency's candidates (bench/requests/lists.sh). PostgreSQL only; H2 has no
-- partial indexes (see db/vendor/h2).
create index information_request_open_due_idx on information_request (due_index, id) include (agency_id, handler_id)
    where status in ('RECEIVED', 'IN_HANDLING', 'IN_REVIEW', 'APPROVED');
