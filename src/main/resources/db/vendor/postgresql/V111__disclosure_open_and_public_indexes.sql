-- Two partial indexes for the counts read on every console page and every public list page
-- (bench/disclosure/lists.sh over 1,000,000 entries: 500–960 ms and 670 ms before):
-- the overdue banner counts the open entries past their Article 26 date, a small part of the table;
-- the public list counts and pages the published entries of an agency-year, newest first.
-- PostgreSQL only; H2 has no partial indexes (see db/vendor/h2).
create index disclosure_entry_open_due_idx on disclosure_entry (agency_id, due_on)
    where state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED');
create index disclosure_entry_public_page_idx on disclosure_entry (agency_id, published_on desc, id desc)
    where public_version is not null;
