-- Reminder emails sent, one row per application and reminder kind (lead time or overdue, with the due date it was
-- about). An instance inserts the row before sending; a duplicate key means another instance already sent it.
create table request_reminder (
    request_id  bigint       not null references information_request (id) on delete cascade,
    kind        varchar(60)  not null,
    sent_at     timestamp with time zone not null,
    recipients  varchar(1000) not null,
    primary key (request_id, kind)
);
