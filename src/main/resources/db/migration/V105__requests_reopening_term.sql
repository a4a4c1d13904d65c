-- The period a correcting decision (纠正) sets for the reply of the reopened round: a date, or working days counted
-- from the day the decision was served on the agency; none = the 20 working days of Article 33 (issue 11, item 7).
alter table request_round add column term_due_on date;
alter table request_round add column term_days integer;
alter table request_round add column decision_served_on date;
-- A reopening in the year of the revoked disposal replaces it in that year's table 三: the revoked round is superseded
-- (its outcome not counted), the new round continues it (not newly received again).
alter table request_round add column superseded boolean default false not null;
alter table request_round add column continuation boolean default false not null;
