-- Baseline of the database search-service owns (platter_search). Its tables arrive in the migrations after this one;
-- the platform's shared tables (inbox, idempotency, event publications) are migrated beside it.
do $$
begin
    execute format('comment on database %I is %L', current_database(), 'Platter search-service');
end
$$;
