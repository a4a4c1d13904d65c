-- The day the agency received the reconsideration body's 答复通知书 (with the copy of the application) or the court's
-- 应诉通知书 (with the copy of the complaint): the 答复/答辩 term runs from it (docs/appeals.md, issue 11 item 15).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table appeal_case add column notified_on date;
alter table appeal_case add constraint appeal_case_notified_check check (notified_on is null or notified_on >= filed_on);
