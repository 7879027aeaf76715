-- Baseline of the database order-service owns (platter_order). Its tables arrive in the migrations after this one;
-- the platform's shared tables (inbox, idempotency, event publications) are migrated beside it.
do $$
begin
    execute format('comment on database %I is %L', current_database(), 'Platter order-service');
end
$$;
