-- One-time start-up work claimed in the database (org.gongkai.agencies.DemoData): the first instance inserts the
-- row in the same transaction as the work it claims; instances starting together wait on that row and then skip.
create table startup_claim (
    name        varchar(64)              not null primary key,
    claimed_at  timestamp with time zone not null
);
