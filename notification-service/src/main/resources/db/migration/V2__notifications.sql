-- Replicas fed by events: contacts from user events, restaurant owners from RestaurantUpserted, and who an order
-- belongs to from order events (for the WebSocket hub's subscription checks).
create table contact (
    user_id    uuid primary key,
    email      text,
    name       text,
    phone      text,
    locale     text,
    suspended  boolean     not null default false,
    version    bigint      not null,
    updated_at timestamptz not null
);

create table restaurant_owner (
    restaurant_id uuid primary key,
    owner_id      uuid        not null,
    name          text        not null,
    zone_id       text        not null,
    version       bigint      not null,
    updated_at    timestamptz not null
);
create index restaurant_owner_owner on restaurant_owner (owner_id);

create table order_party (
    order_id      uuid primary key,
    customer_id   uuid        not null,
    restaurant_id uuid        not null,
    created_at    timestamptz not null
);

-- Which events notify whom on which channel, with which template: data, not code.
create table notification_rule (
    event_type text   not null,
    audience   text   not null check (audience in ('USER', 'CUSTOMER', 'OWNER', 'RIDER')),
    channels   text[] not null,
    template   text   not null,
    primary key (event_type, audience)
);

insert into notification_rule (event_type, audience, channels, template) values
    ('UserRegistered',      'USER',     '{EMAIL}',                      'welcome'),
    ('OrderPlaced',         'CUSTOMER', '{IN_APP,PUSH,EMAIL}',          'order-placed'),
    ('TicketOpened',        'OWNER',    '{IN_APP,PUSH,EMAIL}',          'new-order'),
    ('OrderAccepted',       'CUSTOMER', '{IN_APP,PUSH,EMAIL,SMS}',      'order-accepted'),
    ('OrderReadyForPickup', 'CUSTOMER', '{IN_APP,PUSH}',                'order-ready'),
    ('RiderAssigned',       'CUSTOMER', '{IN_APP,PUSH}',                'rider-assigned'),
    ('OrderPickedUp',       'CUSTOMER', '{IN_APP,PUSH,SMS}',            'out-for-delivery'),
    ('OrderDelivered',      'CUSTOMER', '{IN_APP,PUSH,EMAIL}',          'order-delivered'),
    ('OrderCancelled',      'CUSTOMER', '{IN_APP,PUSH,EMAIL}',          'order-cancelled'),
    ('OrderCancelled',      'OWNER',    '{IN_APP,PUSH}',                'order-cancelled-restaurant'),
    ('OrderRejected',       'CUSTOMER', '{IN_APP,PUSH,EMAIL}',          'order-rejected'),
    ('PaymentFailed',       'CUSTOMER', '{IN_APP,PUSH,EMAIL}',          'payment-failed'),
    ('RefundSucceeded',     'CUSTOMER', '{IN_APP,EMAIL}',               'refund-succeeded'),
    ('DeliveryOffered',     'RIDER',    '{PUSH}',                       'delivery-offered'),
    ('HandoffFailed',       'CUSTOMER', '{IN_APP,PUSH}',                'handoff-failed');

-- Channel choices for order updates; a user without a row gets every channel. At least one stays on.
create table preference (
    user_id    uuid primary key,
    email      boolean     not null,
    push       boolean     not null,
    sms        boolean     not null,
    in_app     boolean     not null,
    updated_at timestamptz not null
);

create table device_token (
    token      text primary key,
    user_id    uuid        not null,
    platform   text        not null,
    created_at timestamptz not null
);
create index device_token_user on device_token (user_id);

-- One row per event, recipient and channel (the unique key de-duplicates across retries and instances), with its
-- outcome: PENDING until a sender takes it, then SENT, SKIPPED (preference, disabled channel, cap, no address) or
-- FAILED after the last attempt.
create table notification (
    id              uuid primary key,
    event_id        uuid        not null,
    event_type      text        not null,
    recipient_id    uuid        not null,
    channel         text        not null,
    template        text        not null,
    vars            text        not null,
    status          text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    outcome         text,
    provider_ref    text,
    created_at      timestamptz not null,
    finished_at     timestamptz,
    unique (event_id, recipient_id, channel)
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_recipient on notification (recipient_id, channel, finished_at);

-- The in-app inbox.
create table inbox_message (
    id           uuid primary key,
    recipient_id uuid        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    title        text        not null,
    body         text        not null,
    order_id     uuid,
    created_at   timestamptz not null,
    read_at      timestamptz,
    unique (event_id, recipient_id)
);
create index inbox_message_recipient on inbox_message (recipient_id, created_at desc);
create index inbox_message_unread on inbox_message (recipient_id) where read_at is null;
