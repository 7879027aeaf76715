-- Support cases: a customer's complaint about one of their orders and the admin's outcome (refund or decline).
create table support_cases (
    id                 uuid          primary key,
    order_id           uuid          not null references orders (id),
    customer_id        uuid          not null,
    category           varchar(20)   not null check (category in ('MISSING_ITEM', 'WRONG_ITEM', 'LATE', 'QUALITY', 'OTHER')),
    text               varchar(2000) not null,
    status             varchar(10)   not null check (status in ('OPEN', 'RESOLVED', 'DECLINED')),
    refund_minor       bigint,
    currency           varchar(3),
    refund_destination varchar(10),
    refund_id          uuid,
    outcome_note       varchar(500),
    decided_by         uuid,
    opened_at          timestamptz   not null,
    decided_at         timestamptz,
    version            bigint        not null
);

-- one open case per order
create unique index support_cases_one_open on support_cases (order_id) where status = 'OPEN';
create index support_cases_customer on support_cases (customer_id, opened_at desc);
create index support_cases_queue on support_cases (status, opened_at);
