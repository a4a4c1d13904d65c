-- ShedLock's lock table (org.gongkai.shared.SchedulerLockConfiguration): one row per job name, holding it until
-- lock_until. The times are the database's own (timestamp without time zone, as ShedLock writes them in UTC).
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- Replaced by shedlock: the claims of the former ScheduledLocks.
drop table scheduled_lock;
