-- Restaurants: the profile customers browse, the owner's settings, and the approval status.
create table restaurants (
    id                     uuid          primary key,
    owner_id               uuid          not null,
    status                 varchar(20)   not null check (status in ('PENDING_APPROVAL', 'PUBLISHED', 'SUSPENDED')),
    name                   varchar(120)  not null,
    description            varchar(2000),
    cuisines               text          not null, -- JSON array of names, as given
    cuisine_keys           text[]        not null, -- the same names lower-cased, for filtering
    phone                  varchar(20)   not null,
    currency               varchar(3)       not null,
    zone_id                varchar(60)   not null,
    line1                  varchar(200)  not null,
    line2                  varchar(200),
    city                   varchar(100)  not null,
    postal_code            varchar(20),
    country_code           varchar(2)       not null,
    lat                    double precision not null,
    lon                    double precision not null,
    delivery_radius_metres integer       not null,
    minimum_order_minor    bigint        not null,
    packaging_charge_minor bigint        not null,
    average_prep_minutes   integer       not null,
    image_urls             text          not null, -- JSON array
    opening_hours          text          not null, -- JSON array of {day, opens, closes}
    holidays               text          not null, -- JSON array of local dates the restaurant is closed
    accepting_orders       boolean       not null,
    paused_reason          varchar(20),
    paused_until           timestamptz,
    auto_accept            boolean       not null,
    status_reason          varchar(500),
    revision               bigint        not null,
    version                bigint        not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null
);

create index restaurants_owner on restaurants (owner_id);
create index restaurants_published_position on restaurants (lat, lon) where status = 'PUBLISHED';
create index restaurants_status on restaurants (status, created_at);

-- A restaurant's menu, one document per restaurant (categories, items, option groups), replaced as a whole.
create table menus (
    restaurant_id uuid        primary key references restaurants (id),
    document      text        not null,
    revision      bigint      not null,
    version       bigint      not null,
    updated_at    timestamptz not null
);

-- Running rating totals, updated atomically so concurrent reviews never lose one.
create table restaurant_ratings (
    restaurant_id uuid    primary key references restaurants (id),
    rating_sum    bigint  not null,
    rating_count  integer not null
);

create table rider_ratings (
    rider_id     uuid    primary key,
    rating_sum   bigint  not null,
    rating_count integer not null
);

-- Kitchen tickets: the restaurant's view of an order.
create table tickets (
    id                    uuid         primary key,
    order_id              uuid         not null unique,
    restaurant_id         uuid         not null references restaurants (id),
    customer_id           uuid         not null,
    customer_name         varchar(200) not null,
    status                varchar(30)  not null check (status in
                              ('AWAITING_ACCEPTANCE', 'ACCEPTED', 'PREPARING', 'READY', 'PICKED_UP', 'REJECTED', 'CANCELLED')),
    lines                 text         not null, -- JSON array of {menuItemId, name, quantity, options, note}
    items_total_minor     bigint       not null,
    currency              varchar(3)      not null,
    delivery_instructions varchar(500),
    accept_by             timestamptz  not null,
    prep_minutes          integer,
    ready_at              timestamptz,
    auto_accepted         boolean      not null,
    reject_reason         varchar(30),
    reject_note           varchar(500),
    revision              bigint       not null,
    version               bigint       not null,
    opened_at             timestamptz  not null,
    updated_at            timestamptz  not null
);

create index tickets_restaurant_status on tickets (restaurant_id, status, opened_at);

-- Orders known to have been delivered (from OrderDelivered): who may review what.
create table delivered_orders (
    order_id      uuid        primary key,
    customer_id   uuid        not null,
    restaurant_id uuid        not null,
    rider_id      uuid        not null,
    delivered_at  timestamptz not null
);

create table reviews (
    id                uuid          primary key,
    order_id          uuid          not null unique,
    restaurant_id     uuid          not null references restaurants (id),
    customer_id       uuid          not null,
    restaurant_rating integer      not null check (restaurant_rating between 1 and 5),
    comment           varchar(2000),
    rider_id          uuid,
    rider_rating      integer      check (rider_rating between 1 and 5),
    reply             varchar(2000),
    replied_at        timestamptz,
    created_at        timestamptz   not null,
    version           bigint        not null
);

create index reviews_restaurant on reviews (restaurant_id, created_at desc);
