-- The last day a consultation of the current round can keep the clock still (an unanswered one: the end of its
-- 15-working-day term, Articles 32 and 34), derived like due_index and refreshed with it on save, by the daily sweep
-- and when the calendar changes; lists read "paused" as pause_index >= today instead of "an answer is missing".
alter table information_request add column pause_index date;

-- Rows that exist before this change: an upper bound until the first save or sweep derives the exact day. An
-- answered consultation pauses until its answer; an unanswered one at most 31 calendar days after the letter (15
-- working days cannot span more, even across the Spring Festival or National Day), so no open case is shown as
-- running in the lists while its consultation still pauses it.
update information_request r
set pause_index = (
    select max(coalesce(c.answered_on, c.sent_on + interval '31' day))
    from request_consultation c
    where c.request_id = r.id and c.round_no = r.round)
where exists (select 1 from request_consultation c where c.request_id = r.id and c.round_no = r.round);
