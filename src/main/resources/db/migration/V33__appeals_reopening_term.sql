-- The period a correcting result (纠正: a reconsideration decision or a judgment) sets for the new reply, as staff
-- enter it from the decision: a date, or a number of working days counted from the day the decision was served on
-- the agency; all empty when the decision sets none (20 working days from the reopening). Passed to the requests
-- module as its ReopeningTerm (docs/appeals.md, issue 11 item 7). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table appeal_case add column reopening_due_on date;
alter table appeal_case add column reopening_days integer;
alter table appeal_case add column decision_served_on date;
alter table appeal_case add constraint appeal_case_reopening_term_check check (
    (reopening_due_on is null or reopening_days is null)
    and (reopening_days is null or (reopening_days between 1 and 365 and decision_served_on is not null)));
