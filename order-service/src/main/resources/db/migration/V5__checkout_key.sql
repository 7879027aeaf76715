-- The Idempotency-Key of the checkout that created the order: a retry of a checkout whose payment step failed
-- (payment-service unreachable) pays for the same order instead of creating a second one.
alter table orders add column checkout_key varchar(255);
create unique index orders_customer_checkout_key on orders (customer_id, checkout_key) where checkout_key is not null;
