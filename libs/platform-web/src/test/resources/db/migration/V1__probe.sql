create table probe_order (
    id         uuid primary key,
    item       varchar(100) not null,
    created_at timestamptz  not null default now()
);

create table probe_effect (
    event_id uuid        not null,
    consumer varchar(50) not null,
    applied_at timestamptz not null default now()
);
