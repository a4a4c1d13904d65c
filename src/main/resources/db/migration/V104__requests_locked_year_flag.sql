-- A reopening the law requires (纠正 by a reconsideration decision or a judgment) dated inside a year whose annual
-- report is signed off is recorded, not refused, with the locked year as a flag: the report of that year needs a
-- correction (issue 15, item 4).
alter table information_request add column locked_year_flag integer;
