-- The last day a consultation of the current round can keep the clock still (an unanswered one: the end of its
-- 15-working-day term, Articles 32 and 34), derived like due_index and refreshed with it on save, by the daily sweep
-- and when the calendar changes; lists read "paused" as pause_index >= today instead of "an answer is missing".
alter table information_request add column pause_index date;
