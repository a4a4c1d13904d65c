-- Append-only, hash-chained audit trail. audit_head holds the last hash; appending locks it, so the chain stays a
-- single line even with several instances writing at once.
create table audit_entry (
    seq           bigint       not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100) not null,
    agency_id     bigint,
    action        varchar(100) not null,
    subject_type  varchar(50)  not null,
    subject_id    varchar(100) not null,
    summary       varchar(4000) not null,
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_entry_agency_idx on audit_entry (agency_id, seq);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
