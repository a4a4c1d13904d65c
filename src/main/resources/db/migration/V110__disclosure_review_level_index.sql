-- The review inbox and the list "in review at level N" filter on the level as well: without it in the index,
-- PostgreSQL walked every entry of the agency in review to find the few at one level (235 ms over 1,000,000
-- entries, bench/disclosure/lists.sh).
create index disclosure_entry_level_idx on disclosure_entry (agency_id, state, review_level, id);
