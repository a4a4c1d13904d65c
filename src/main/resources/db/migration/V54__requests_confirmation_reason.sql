-- Why an ordinary letter was confirmed later than the day it arrived (Article 31 (二): the office confirms it that
-- day). Twice the 1000 characters the check allows, for H2's UTF-16 count (as V75).
alter table information_request add column confirmation_reason varchar(2000);
