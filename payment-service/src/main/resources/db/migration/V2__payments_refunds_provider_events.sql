-- One payment per order. The amounts are minor units of one currency; card_minor is what the card is authorised for
-- (or the cash due), wallet_minor what is reserved from the customer's wallet. No card data is ever stored: the
-- provider holds it, we keep its PaymentIntent id.
create table payments (
    id                    uuid primary key,
    order_id              uuid         not null,
    customer_id           uuid         not null,
    restaurant_id         uuid         not null,
    method                varchar(8)   not null,
    status                varchar(20)  not null,
    currency              varchar(3)     not null,
    total_minor           bigint       not null check (total_minor > 0),
    card_minor            bigint       not null check (card_minor >= 0),
    wallet_minor          bigint       not null check (wallet_minor >= 0),
    card_captured_minor   bigint       not null default 0,
    wallet_captured_minor bigint       not null default 0,
    card_refunded_minor   bigint       not null default 0,
    wallet_refunded_minor bigint       not null default 0,
    keep_minor            bigint,
    wallet_state          varchar(12)  not null,
    promo_code            varchar(32),
    discount_minor        bigint       not null default 0,
    intent_id             varchar(64),
    client_secret         varchar(128),
    provider_key_prefix   varchar(80)  not null,
    failure_reason        varchar(32),
    failure_code          varchar(64),
    order_ended           boolean      not null default false,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null,
    constraint payments_order_unique unique (order_id),
    constraint payments_split check (card_minor + wallet_minor = total_minor),
    -- card_refunded_minor went back to the card, wallet_refunded_minor to the wallet (from either part)
    constraint payments_refunds_bounded check (card_refunded_minor <= card_captured_minor
        and card_refunded_minor + wallet_refunded_minor <= card_captured_minor + wallet_captured_minor)
);
create unique index payments_intent on payments (intent_id) where intent_id is not null;
create index payments_customer on payments (customer_id, created_at desc);
create index payments_open on payments (status, updated_at) where status not in ('CAPTURED', 'VOIDED', 'FAILED');

-- Refunds of captured money, to the card (through the provider) or to the wallet. refund_key makes a support case's
-- request idempotent; the provider call reuses platter-refund-<id>.
create table refunds (
    id             uuid primary key,
    payment_id     uuid         not null references payments (id),
    order_id       uuid         not null,
    refund_key     varchar(400),
    reason         varchar(20)  not null,
    destination    varchar(8)   not null,
    status         varchar(12)  not null,
    currency       varchar(3)     not null,
    amount_minor   bigint       not null check (amount_minor > 0),
    provider_id    varchar(64),
    failure        varchar(500),
    requested_by   uuid,
    note           varchar(500),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null,
    constraint refunds_key_unique unique (refund_key)
);
create index refunds_payment on refunds (payment_id);
create index refunds_pending on refunds (status) where status = 'PENDING';

-- Every provider (Stripe) event handled, recorded once in the transaction of its effect.
create table provider_events (
    event_id    varchar(64) primary key,
    type        varchar(80)  not null,
    object_id   varchar(64),
    outcome     varchar(40)  not null,
    received_at timestamptz  not null
);

-- Reconciliation runs and what each changed.
create table reconciliation_runs (
    id          uuid primary key,
    trigger     varchar(12) not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    checked     int         not null,
    changes     text        not null
);
