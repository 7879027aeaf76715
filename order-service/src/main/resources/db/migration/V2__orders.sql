-- Orders: what the customer checked out (frozen lines and breakdown, as JSON), where the order stands, and its history.
create table orders (
    id                    uuid         primary key,
    customer_id           uuid         not null,
    customer_name         varchar(200) not null,
    customer_phone        varchar(20),
    restaurant_id         uuid         not null,
    restaurant_name       varchar(200) not null,
    pickup_address        text         not null, -- JSON Address
    delivery_address      text         not null, -- JSON Address
    delivery_instructions varchar(500),
    lines                 text         not null, -- JSON array of LineItem
    totals                text         not null, -- JSON OrderTotals
    payment_method        varchar(10)  not null check (payment_method in ('CARD', 'CASH', 'WALLET')),
    status                varchar(30)  not null check (status in ('PENDING_PAYMENT', 'PLACED', 'ACCEPTED', 'PREPARING',
                              'READY_FOR_PICKUP', 'PICKED_UP', 'DELIVERED', 'CANCELLED', 'REJECTED')),
    handoff_code          varchar(4),
    payment_expires_at    timestamptz  not null,
    prep_minutes          integer,
    ready_at              timestamptz,
    rider_id              uuid,
    rider_name            varchar(200),
    estimated_delivery_at timestamptz,
    cancelled_by          varchar(10),
    cancelled_by_user_id  uuid,
    cancel_reason         varchar(30),
    cancel_note           varchar(500),
    refund_type           varchar(10),
    refund_minor          bigint,
    reject_reason         varchar(30),
    reject_note           varchar(500),
    timeline              text         not null, -- JSON array of TimelineEntry
    revision              bigint       not null,
    version               bigint       not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);

create index orders_customer on orders (customer_id, created_at desc);
create index orders_restaurant on orders (restaurant_id, created_at desc);
create index orders_rider on orders (rider_id, created_at desc) where rider_id is not null;
create index orders_status on orders (status, created_at desc);

-- restaurantId -> ownerId, kept from RestaurantUpserted: which owner may read which restaurant's orders.
create table restaurant_owners (
    restaurant_id uuid   primary key,
    owner_id      uuid   not null,
    version       bigint not null
);

create index restaurant_owners_owner on restaurant_owners (owner_id);
