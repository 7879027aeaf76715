-- Baseline of the database analytics-service owns (platter_analytics). Its tables arrive in the migrations after this one;
-- the platform's shared tables (inbox, idempotency, event publications) are migrated beside it.
do $$
begin
    execute format('comment on database %I is %L', current_database(), 'Platter analytics-service');
end
$$;
