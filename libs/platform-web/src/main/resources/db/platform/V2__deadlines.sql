-- Durable timers: a deadline is written in the transaction of the change that sets it, survives restarts, and fires
-- once however many instances poll (rows are claimed with FOR UPDATE SKIP LOCKED, deleted when handled).
create table platform_deadline (
    kind       varchar(100) not null,
    subject    varchar(200) not null,
    due_at     timestamptz  not null,
    created_at timestamptz  not null,
    attempts   integer      not null default 0,
    last_error varchar(1000),
    primary key (kind, subject)
);

create index platform_deadline_due_at on platform_deadline (due_at);
