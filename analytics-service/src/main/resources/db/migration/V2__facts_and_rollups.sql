-- Everything here is derived from the event topics and rebuilt by a replay (see the service README).

-- restaurantId -> owner (and name, city), from RestaurantUpserted: who may see a restaurant's figures.
create table restaurant_replica (
    restaurant_id uuid         primary key,
    owner_id      uuid         not null,
    name          varchar(200) not null,
    city          varchar(200) not null,
    version       bigint       not null
);

create index restaurant_replica_owner on restaurant_replica (owner_id);
create index restaurant_replica_city on restaurant_replica (city);

-- One row per order: what each step's event said. Every column has one source event type and is merged so that the
-- result does not depend on the order events arrive in (first time wins for times, first value for descriptions).
create table order_fact (
    order_id               uuid primary key,
    restaurant_id          uuid,
    customer_id            uuid,
    city                   varchar(200),
    currency               char(3),
    total_minor            bigint,
    discount_minor         bigint,
    promo_code             varchar(100),
    payment_method         varchar(20),
    created_at             timestamptz,
    placed_at              timestamptz,
    ticket_accepted_at     timestamptz,
    prep_minutes           integer,
    promised_ready_at      timestamptz,
    ready_at               timestamptz,
    delivery_requested_at  timestamptz,
    rider_assigned_at      timestamptz,
    assigned_rider_id      uuid,
    assigned_eta           timestamptz,
    assigned_version       bigint,
    picked_up_at           timestamptz,
    pickup_eta             timestamptz,
    delivered_at           timestamptz,
    delivered_total_minor  bigint,
    delivery_completed_at  timestamptz,
    delivering_rider_id    uuid,
    delivery_cancelled_at  timestamptz,
    cancelled_at           timestamptz,
    cancelled_from         varchar(30),
    cancelled_by           varchar(20),
    cancel_reason          varchar(40),
    rejected_at            timestamptz,
    reject_reason          varchar(40),
    payment_authorized_at  timestamptz,
    payment_failed_at      timestamptz,
    payment_failure_reason varchar(40),
    -- the minute an order counts in: when it was placed (an order never placed: when it was created)
    bucket_at              timestamptz generated always as (
                               coalesce(placed_at, created_at, payment_failed_at, payment_authorized_at)) stored,
    rider_id               uuid generated always as (coalesce(delivering_rider_id, assigned_rider_id)) stored,
    -- a rider is busy with an order from assignment until the delivery completed or was cancelled
    busy_until             timestamptz generated always as (
                               coalesce(delivery_completed_at, delivery_cancelled_at)) stored
);

create index order_fact_bucket on order_fact (bucket_at);
create index order_fact_restaurant on order_fact (restaurant_id, bucket_at);
create index order_fact_city on order_fact (city, bucket_at);
create index order_fact_rider_bucket on order_fact (rider_id, bucket_at);
create index order_fact_rider_busy on order_fact (rider_id, busy_until);

-- Riders going on- and offline, as they came; shifts are derived from them in version order.
create table rider_status_event (
    rider_id    uuid        not null,
    event_id    uuid        not null,
    version     bigint      not null,
    occurred_at timestamptz not null,
    online      boolean     not null,
    primary key (rider_id, event_id)
);

create table rider_shift (
    rider_id   uuid        not null,
    started_at timestamptz not null,
    ended_at   timestamptz not null,
    primary key (rider_id, started_at)
);

create index rider_shift_end on rider_shift (rider_id, ended_at);

-- Milliseconds of an interval, never negative (clocks of producers may disagree by a little).
create function ms(i interval) returns bigint
    language sql immutable as
$$
select greatest(0, floor(extract(epoch from i) * 1000))::bigint
$$;

-- Histograms of whole minutes (bin i counts durations of i minutes; the last bin all longer ones) add up bin by bin.
create function hist_add(a integer[], b integer[]) returns integer[]
    language sql immutable as
$$
select case
           when a is null then b
           when b is null then a
           else array(select coalesce(x, 0) + coalesce(y, 0) from unnest(a, b) as t(x, y))
       end
$$;

create aggregate hist_sum(integer[]) (sfunc = hist_add, stype = integer[]);

-- A histogram with one duration in it.
create function hist_one(bin integer, bins integer) returns integer[]
    language sql immutable as
$$
select array_fill(0, array[bin]) || 1 || array_fill(0, array[bins - bin - 1])
$$;

-- Order figures per minute ('m'), hour ('h', a step to keep long ranges fast) and day ('d'), UTC, for the whole
-- platform (scope_kind 'all'), a city (delivery city) and a restaurant; one row per currency. Durations in ms.
create table order_rollup (
    grain                char(1)      not null check (grain in ('m', 'h', 'd')),
    scope_kind           varchar(10)  not null check (scope_kind in ('all', 'city', 'restaurant')),
    scope_key            varchar(200) not null,
    bucket               timestamptz  not null,
    currency             char(3)      not null,
    orders               integer      not null,
    delivered            integer      not null,
    cancelled            integer      not null,
    rejected             integer      not null,
    gmv_minor            bigint       not null,
    promo_minor          bigint       not null,
    promo_orders         integer      not null,
    accepted             integer      not null,
    accept_ms            bigint       not null,
    prepared             integer      not null,
    prep_ms              bigint       not null,
    prep_promised_ms     bigint       not null,
    prep_late            integer      not null,
    dispatched           integer      not null,
    dispatch_ms          bigint       not null,
    delivery_ms          bigint       not null,
    delivery_histogram   integer[]    not null,
    with_eta             integer      not null,
    late                 integer      not null,
    payments_authorized  integer      not null,
    payments_failed      integer      not null,
    primary key (grain, scope_kind, scope_key, bucket, currency)
);

-- Rider figures per minute, hour and day for each rider and for all riders (rider_id all zeros).
create table rider_rollup (
    grain         char(1)     not null check (grain in ('m', 'h', 'd')),
    rider_id      uuid        not null,
    bucket        timestamptz not null,
    online_ms     bigint      not null,
    busy_ms       bigint      not null,
    deliveries    integer     not null,
    delivery_ms   bigint      not null,
    with_eta      integer     not null,
    late          integer     not null,
    primary key (grain, rider_id, bucket)
);
