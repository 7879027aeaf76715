-- Promo codes made by admins. uses_reserved counts uses held by orders in flight or delivered; a reservation is a
-- conditional update of this row, so the last use goes to exactly one order.
create table promo_codes (
    id                      uuid primary key,
    code                    varchar(32)  not null,
    kind                    varchar(12)  not null,
    percent_off             int check (percent_off between 1 and 100),
    amount_off_minor        bigint check (amount_off_minor > 0),
    currency                varchar(3)     not null,
    min_order_minor         bigint       not null default 0,
    max_discount_minor      bigint,
    valid_from              timestamptz  not null,
    valid_until             timestamptz  not null,
    max_uses                int,
    budget_minor            bigint,
    per_customer_limit      int          not null default 1,
    first_order_only        boolean      not null default false,
    restaurant_id           uuid,
    active                  boolean      not null default true,
    uses_reserved           int          not null default 0,
    discount_reserved_minor bigint       not null default 0,
    created_by              uuid,
    created_at              timestamptz  not null,
    version                 bigint       not null,
    constraint promo_codes_code_unique unique (code),
    constraint promo_codes_uses_bounded check (max_uses is null or uses_reserved <= max_uses),
    constraint promo_codes_budget_bounded check (budget_minor is null or discount_reserved_minor <= budget_minor)
);

create table promo_uses (
    id             uuid primary key,
    promo_id       uuid        not null references promo_codes (id),
    order_id       uuid        not null,
    customer_id    uuid        not null,
    discount_minor bigint      not null,
    status         varchar(12) not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint promo_uses_order_unique unique (order_id)
);
create index promo_uses_customer on promo_uses (promo_id, customer_id);

-- Loyalty points: a balance per customer and every movement (earned per delivered order, reversed with refunds,
-- redeemed into wallet credit).
create table loyalty_balances (
    customer_id uuid primary key,
    points      bigint      not null default 0,
    updated_at  timestamptz not null
);

create table loyalty_entries (
    id          uuid primary key,
    customer_id uuid         not null,
    kind        varchar(12)  not null,
    reference   varchar(400) not null,
    order_id    uuid,
    points      bigint       not null,
    created_at  timestamptz  not null,
    constraint loyalty_entries_once unique (kind, reference)
);
create index loyalty_entries_customer on loyalty_entries (customer_id, created_at desc);
