-- The day the correction notice was served on the applicant (Article 30): the applicant's term runs from it. Notices
-- recorded before this change had their term counted from the day of issue; that day stands as their service day.
alter table information_request add column correction_served_on date;
update information_request set correction_served_on = correction_requested_on where correction_requested_on is not null;
