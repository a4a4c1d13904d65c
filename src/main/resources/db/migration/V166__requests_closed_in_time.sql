-- Whether a disposed application was disposed of by its reply due date, written when it is saved disposed (issue 17
-- review: the 督办 figures count the cases closed on time in one query instead of loading each case). Null while open
-- and for rows disposed before this column, which the figures still read case by case.
alter table information_request add column closed_in_time boolean;
