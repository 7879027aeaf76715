#!/usr/bin/env bash
# Runs once, when the postgres container initialises its data directory: a role and a database
# platter_<service> for each service in PLATTER_DATABASES, the role's password from <SERVICE>_DB_PASSWORD.
set -euo pipefail
for service in ${PLATTER_DATABASES}; do
  variable="${service^^}_DB_PASSWORD"
  password="${!variable:?${variable} is not set}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=role="platter_${service}" --set=password="${password}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'role', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'role') \gexec
SQL
done
