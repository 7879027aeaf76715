-- Accounts: one row per person or operator; the email is stored lower-cased, so uniqueness is case-insensitive.
create table users (
    id               uuid primary key,
    email            varchar(254) not null,
    password_hash    varchar(255) not null,
    name             varchar(100) not null,
    phone            varchar(20),
    status           varchar(16)  not null,
    suspended_reason varchar(500),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null,
    constraint users_email_unique unique (email),
    constraint users_email_lower check (email = lower(email))
);

create table user_roles (
    user_id uuid        not null references users (id) on delete cascade,
    role    varchar(32) not null,
    primary key (user_id, role)
);

-- Refresh tokens: only their SHA-256 is kept. Tokens rotated from one login form a family.
create table refresh_tokens (
    id         uuid primary key,
    family_id  uuid        not null,
    user_id    uuid        not null references users (id) on delete cascade,
    token_hash varchar(64) not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz,
    version    bigint      not null,
    constraint refresh_tokens_hash_unique unique (token_hash)
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);

-- Token signing keys, shared by every instance: the private key is encrypted (AES-GCM) with a configured key.
create table signing_keys (
    kid          varchar(64) primary key,
    public_key   bytea       not null,
    private_key  bytea       not null,
    created_at   timestamptz not null,
    activates_at timestamptz not null
);

create table addresses (
    id           uuid primary key,
    user_id      uuid             not null references users (id) on delete cascade,
    label        varchar(40)      not null,
    line1        varchar(200)     not null,
    line2        varchar(200),
    city         varchar(100)     not null,
    postcode     varchar(16)      not null,
    lat          double precision not null check (lat between -90 and 90),
    lon          double precision not null check (lon between -180 and 180),
    instructions varchar(500),
    is_default   boolean          not null,
    created_at   timestamptz      not null,
    updated_at   timestamptz      not null,
    version      bigint           not null
);
create index addresses_user on addresses (user_id, created_at);
create unique index addresses_one_default on addresses (user_id) where is_default;

-- Rider and restaurant-owner applications, decided by an admin.
create table applications (
    id                  uuid primary key,
    user_id             uuid         not null references users (id) on delete cascade,
    type                varchar(32)  not null,
    status              varchar(16)  not null,
    vehicle_type        varchar(16),
    licence_number      varchar(40),
    city                varchar(100),
    business_name       varchar(120),
    registration_number varchar(40),
    contact_name        varchar(100),
    contact_phone       varchar(20),
    submitted_at        timestamptz  not null,
    decided_at          timestamptz,
    decided_by          uuid,
    rejection_reason    varchar(500),
    version             bigint       not null
);
create index applications_status on applications (status, submitted_at);
create unique index applications_one_pending on applications (user_id, type) where status = 'PENDING';
