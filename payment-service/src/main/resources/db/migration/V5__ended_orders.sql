-- Orders that ended (cancelled, rejected, expired) before any payment was made for them: a payment requested later
-- for one of them is refused, so no card is authorised for an order that can no longer be delivered.
create table ended_orders (
    order_id uuid primary key,
    reason   varchar(40) not null,
    ended_at timestamptz not null
);
