-- Baseline of the database delivery-service owns (platter_delivery). Its tables arrive in the migrations after this one;
-- the platform's shared tables (inbox, idempotency, event publications) are migrated beside it.
do $$
begin
    execute format('comment on database %I is %L', current_database(), 'Platter delivery-service');
end
$$;
