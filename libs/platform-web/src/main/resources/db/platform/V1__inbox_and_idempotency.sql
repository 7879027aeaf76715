-- Tables of the shared plumbing, in every service database. Versioned apart from the service's own migrations
-- (history table platform_schema_history), so the platform and each service evolve independently.

-- Consumer de-duplication: one row per event a consumer handled, written in the transaction of its effect.
create table platform_inbox (
    consumer   varchar(200) not null,
    event_id   uuid         not null,
    handled_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- Idempotency-Key records: the first execution's response, replayed for a repeated request.
create table platform_idempotency (
    scope            varchar(200)  not null,
    idempotency_key  varchar(255)  not null,
    request_hash     char(64)      not null,
    status           varchar(20)   not null check (status in ('IN_PROGRESS', 'COMPLETED')),
    created_at       timestamptz   not null,
    locked_until     timestamptz   not null,
    completed_at     timestamptz,
    response_status  integer,
    response_headers text,
    response_body    bytea,
    primary key (scope, idempotency_key)
);

create index platform_idempotency_created_at on platform_idempotency (created_at);
