-- Failed sign-ins per account and client address (agencies SignInLocks): repeated wrong passwords pause sign-in to
-- that account from that address only, so nobody can lock an account from elsewhere. Counted by one atomic update per
-- wrong password; a successful sign-in from the address or an administrator's unlock deletes the row.
create table sign_in_failure (
    username       varchar(64)              not null,
    client         varchar(64)              not null,
    failures       integer                  not null,
    last_failed_at timestamp with time zone not null,
    locked_until   timestamp with time zone,
    primary key (username, client)
);
