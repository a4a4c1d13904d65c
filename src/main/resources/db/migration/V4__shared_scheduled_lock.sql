-- Claims of scheduled jobs, so that a job scheduled on every instance runs on one of them once per period.
-- A claim is one conditional UPDATE (or the first INSERT of a name); see org.gongkai.shared.ScheduledLocks.
create table scheduled_lock (
    name          varchar(100) not null primary key,
    locked_until  timestamp with time zone not null,
    locked_at     timestamp with time zone not null,
    locked_by     varchar(200) not null
);
