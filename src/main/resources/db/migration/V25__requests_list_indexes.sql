-- From the list benchmark over 1,000,000 applications (bench/requests/lists.sh, docs/performance/requests.md).

-- Each is a prefix of a V22 index, which serves every query it served: one index less to write per change.
drop index information_request_status_idx;
drop index information_request_handler_idx;
drop index information_request_due_idx;

-- Lists filtered by receipt dates read the newest receipts first: within an agency from V20's
-- (agency_id, received_on, id), across a supervised region from this one.
create index information_request_received_id_idx on information_request (received_on, id);

-- The parts an application was split into, which the applicant's /track lists (a full scan without it).
create index information_request_split_from_idx on information_request (split_from);

-- Table 三 counts rounds by agency and start date (received in the year) or close date (disposed of in the year, or
-- open at either end of it): with the counted columns in the index PostgreSQL answers from the index alone.
drop index request_round_started_idx;
create index request_round_started_idx on request_round (agency_id, started_on, applicant_type);
drop index request_round_closed_idx;
create index request_round_closed_idx on request_round (agency_id, closed_on, started_on, outcome, applicant_type);
