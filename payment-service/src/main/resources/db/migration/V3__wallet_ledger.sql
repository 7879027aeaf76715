-- The wallet as a double-entry ledger. Every customer has an AVAILABLE and a RESERVED account; the platform has
-- accounts money comes from and goes to. Every transaction's entries sum to zero, so the sum of all balances is zero;
-- an account's balance is the sum of its entries, kept on the account row and updated in the same transaction.
-- Customer accounts never go below zero (checked by the conditional update and by the constraint).
create table wallet_accounts (
    id            uuid primary key,
    customer_id   uuid,
    kind          varchar(24) not null,
    currency      varchar(3)    not null,
    balance_minor bigint      not null default 0,
    created_at    timestamptz not null,
    constraint wallet_accounts_owner unique nulls not distinct (customer_id, kind, currency),
    constraint wallet_accounts_customer_non_negative check (customer_id is null or balance_minor >= 0)
);

create table ledger_transactions (
    id          uuid primary key,
    kind        varchar(24)  not null,
    reference   varchar(400) not null,
    customer_id uuid,
    currency    varchar(3)     not null,
    amount_minor bigint      not null check (amount_minor > 0),
    description varchar(300),
    created_at  timestamptz  not null,
    constraint ledger_transactions_once unique (kind, reference)
);
create index ledger_transactions_customer on ledger_transactions (customer_id, created_at desc);

create table ledger_entries (
    id             bigserial primary key,
    transaction_id uuid        not null references ledger_transactions (id),
    account_id     uuid        not null references wallet_accounts (id),
    amount_minor   bigint      not null check (amount_minor <> 0),
    created_at     timestamptz not null
);
create index ledger_entries_account on ledger_entries (account_id);
create index ledger_entries_transaction on ledger_entries (transaction_id);
