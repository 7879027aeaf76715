-- search-service's own replica of what the index is built from: one row per restaurant, merged from restaurant
-- events (each part kept with the version it came with, so an older event never overwrites newer state) and from
-- restaurant-service's export on a rebuild. The index is written from here; revision grows with every change that
-- took effect, indexed_revision is the last revision written to Elasticsearch (a sweeper writes the rest).
create table catalogue_restaurants (
    restaurant_id        uuid primary key,
    profile              jsonb,
    profile_version      bigint           not null default 0,
    accepting_orders     boolean          not null default true,
    paused_until         timestamptz,
    availability_version bigint           not null default 0,
    dishes               jsonb,
    menu_version         bigint           not null default 0,
    rating_average       double precision not null default 0,
    rating_count         integer          not null default 0,
    orders_count         bigint           not null default 0,
    revision             bigint           not null default 1,
    indexed_revision     bigint           not null default 0,
    updated_at           timestamptz      not null
);

create index catalogue_restaurants_unindexed on catalogue_restaurants (restaurant_id)
    where indexed_revision < revision;

-- How many times each dish was ordered (from OrderPlaced lines): dish popularity.
create table dish_orders (
    menu_item_id  uuid   primary key,
    restaurant_id uuid   not null,
    orders_count  bigint not null
);

-- What each customer ordered (from OrderPlaced): the cuisines, dishes and restaurants of their past orders.
create table customer_tastes (
    customer_id     uuid        not null,
    kind            varchar(16) not null,
    taste           varchar(200) not null,
    weight          integer     not null,
    last_ordered_at timestamptz not null,
    primary key (customer_id, kind, taste)
);

-- The index a rebuild is writing, so every instance writes changes to it as well while it is built.
create table index_builds (
    alias          varchar(200) primary key,
    building_index varchar(200) not null,
    started_at     timestamptz  not null
);
