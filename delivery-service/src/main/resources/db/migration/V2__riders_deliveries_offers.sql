-- Riders' operational state (from RiderApproved), their shifts, deliveries with their offers, the location trail of
-- active deliveries, and the tips of placed orders (OrderPlaced carries them, OrderAccepted does not).
create table rider (
    id               uuid         primary key, -- the rider's user id
    name             varchar(200) not null,
    phone            varchar(20)  not null,
    vehicle          varchar(12)  not null check (vehicle in ('BICYCLE', 'SCOOTER', 'MOTORCYCLE', 'CAR')),
    capacity         integer      not null check (capacity between 1 and 5),
    city             varchar(100),
    status           varchar(10)  not null check (status in ('OFFLINE', 'ONLINE')),
    suspended        boolean      not null default false,
    rating_average   double precision,
    rating_count     integer      not null default 0,
    online_since     timestamptz,
    last_delivery_at timestamptz,
    revision         bigint       not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create index rider_online on rider (status) where status = 'ONLINE';

create table rider_shift (
    id         uuid        primary key,
    rider_id   uuid        not null references rider (id),
    started_at timestamptz not null,
    ended_at   timestamptz,
    end_reason varchar(20)
);

create index rider_shift_rider on rider_shift (rider_id, started_at desc);
create unique index rider_shift_open on rider_shift (rider_id) where ended_at is null;

create table delivery (
    id                    uuid         primary key,
    order_id              uuid         not null unique,
    restaurant_id         uuid         not null,
    restaurant_name       varchar(200) not null,
    customer_id           uuid         not null,
    customer_name         varchar(200) not null,
    customer_phone        varchar(20),
    pickup_address        varchar(500) not null,
    pickup_lat            double precision not null,
    pickup_lon            double precision not null,
    dropoff_address       varchar(500) not null,
    dropoff_lat           double precision not null,
    dropoff_lon           double precision not null,
    instructions          varchar(500),
    item_count            integer      not null,
    ready_at              timestamptz  not null,
    handoff_code          varchar(4)   not null,
    cash_minor            bigint       not null,
    tip_minor             bigint       not null,
    currency              varchar(3)   not null,
    trip_metres           integer      not null,
    status                varchar(15)  not null check (status in ('SEARCHING', 'OFFERED', 'ASSIGNED', 'AT_RESTAURANT',
                              'PICKED_UP', 'DELIVERED', 'CANCELLED')),
    rider_id              uuid         references rider (id),
    searching_since       timestamptz  not null,
    unassignable_reported boolean      not null default false,
    dispatch_attempts     integer      not null default 0,
    offers_made           integer      not null default 0,
    handoff_attempts      integer      not null default 0,
    handoff_failed        boolean      not null default false,
    estimated_pickup_at   timestamptz,
    estimated_delivery_at timestamptz,
    assigned_at           timestamptz,
    picked_up_at          timestamptz,
    delivered_at          timestamptz,
    cancelled_at          timestamptz,
    earning_minor         bigint,
    revision              bigint       not null,
    version               bigint       not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null
);

create index delivery_rider_active on delivery (rider_id) where status in ('ASSIGNED', 'AT_RESTAURANT', 'PICKED_UP');
create index delivery_rider_delivered on delivery (rider_id, delivered_at) where status = 'DELIVERED';
create index delivery_status on delivery (status, created_at desc);
create index delivery_customer on delivery (customer_id);

create table offer (
    id          uuid        primary key,
    delivery_id uuid        not null references delivery (id),
    rider_id    uuid        not null references rider (id),
    status      varchar(10) not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    offered_at  timestamptz not null,
    expires_at  timestamptz not null,
    decided_at  timestamptz,
    distance_to_pickup_metres integer not null,
    version     bigint      not null
);

-- the database itself keeps the promises: one rider holds a delivery, a rider holds one offer at a time
create unique index offer_one_accepted on offer (delivery_id) where status = 'ACCEPTED';
create unique index offer_one_pending_per_delivery on offer (delivery_id) where status = 'PENDING';
create unique index offer_one_pending_per_rider on offer (rider_id) where status = 'PENDING';
create index offer_delivery on offer (delivery_id);

create table location_trail (
    id              bigserial        primary key,
    delivery_id     uuid             not null,
    rider_id        uuid             not null,
    recorded_at     timestamptz      not null,
    lat             double precision not null,
    lon             double precision not null,
    accuracy_metres double precision,
    heading_degrees double precision,
    speed_mps       double precision,
    flagged         boolean          not null default false
);

create index location_trail_delivery on location_trail (delivery_id, recorded_at);
create index location_trail_recorded on location_trail (recorded_at);

create table order_tip (
    order_id   uuid        primary key,
    tip_minor  bigint      not null,
    currency   varchar(3)  not null,
    created_at timestamptz not null
);
