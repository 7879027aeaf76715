#!/usr/bin/env bash
# search-service through the gateway at a fixed rate, over a catalogue of 5,000 restaurants with 200,000 dishes:
# a restaurant search (text over restaurant and dish names with typo tolerance, deliverable to the customer, the
# matching dishes shown) and as-you-type suggestions. The catalogue is written straight into the service's replica
# (benchmarks/search/catalogue.sql) and bulk-indexed by the service's own indexer; no events. Loopback only, bounded
# in count; its own database, index prefix, Redis key and topic prefixes, all removed afterwards.
# Needs the jars (./mvnw -q -pl gateway-service,search-service package -DskipTests), Postgres, Redis and
# Elasticsearch (./platform infra).
# Usage: benchmarks/search/run.sh [requests/s] [measured requests] [warm-up requests] [restaurants] [dishes each]
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-50}
COUNT=${2:-3000}
WARMUP=${3:-1500}
RESTAURANTS=${4:-5000}
DISHES=${5:-40}
SEARCH_PORT=${SEARCH_PORT:-18787}
GATEWAY_PORT=${GATEWAY_PORT:-18780}
ELASTICSEARCH=${ELASTICSEARCH_URI:-http://127.0.0.1:9200}
RUN=bench$(date -u +%y%m%d%H%M%S)$$
DB=platter_search_$RUN
OUT=target/benchmarks/search
mkdir -p "$OUT"
for jar in search-service/target/search-service.jar gateway-service/target/gateway-service.jar; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -pl gateway-service,search-service package -DskipTests" >&2; exit 1; }
done

psql -q -h 127.0.0.1 -U postgres -c "create database $DB owner platter_search" >/dev/null
SEARCH= GATEWAY=
cleanup() {
  for pid in $GATEWAY $SEARCH; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  for index in $(curl -fs "$ELASTICSEARCH/_cat/indices/$RUN-*?h=index" 2>/dev/null); do
    curl -fs -XDELETE "$ELASTICSEARCH/$index" >/dev/null || true
  done
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" >/dev/null || true
}
trap cleanup EXIT

ready() {
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "nothing ready on port $1, see $OUT" >&2
  exit 1
}

SERVER_PORT=$SEARCH_PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB ELASTICSEARCH_URI=$ELASTICSEARCH \
  ELASTICSEARCH_INDEX_PREFIX="$RUN-" KAFKA_TOPIC_PREFIX="$RUN." REDIS_KEY_PREFIX="$RUN:" LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar search-service/target/search-service.jar \
  --spring.kafka.listener.auto-startup=false --spring.kafka.admin.auto-create=false >"$OUT/search.log" 2>&1 &
SEARCH=$!
ready "$SEARCH_PORT"

echo "loading $RESTAURANTS restaurants x $DISHES dishes"
started=$(date +%s)
psql -q -h 127.0.0.1 -U postgres -d "$DB" -v restaurants="$RESTAURANTS" -v dishes="$DISHES" \
  -f benchmarks/search/catalogue.sql >/dev/null
for _ in $(seq 1 1200); do
  left=$(psql -tA -h 127.0.0.1 -U postgres -d "$DB" -c "select count(*) from catalogue_restaurants where indexed_revision < revision")
  [ "$left" = 0 ] && break
  sleep 1
done
[ "$left" = 0 ] || { echo "indexing did not finish, see $OUT/search.log" >&2; exit 1; }
curl -fs -XPOST "$ELASTICSEARCH/${RUN}-restaurants/_refresh" >/dev/null
docs=$(curl -fs "$ELASTICSEARCH/${RUN}-restaurants/_count" | sed 's/.*"count":\([0-9]*\).*/\1/')
dishes=$(curl -fs -H 'Content-Type: application/json' "$ELASTICSEARCH/${RUN}-restaurants/_search" \
  -d '{"size":0,"aggs":{"d":{"nested":{"path":"dishes"}}}}' | sed 's/.*"d":{"doc_count":\([0-9]*\).*/\1/')
echo "indexed $docs restaurants with $dishes dishes in $(( $(date +%s) - started ))s" | tee "$OUT/catalogue.txt"

SERVER_PORT=$GATEWAY_PORT SEARCH_SERVICE_URI=http://127.0.0.1:$SEARCH_PORT REDIS_KEY_PREFIX="$RUN:" \
  RATE_LIMIT_PER_ADDRESS=100000000 RATE_LIMIT_PER_USER=100000000 LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar gateway-service/target/gateway-service.jar >"$OUT/gateway.log" 2>&1 &
GATEWAY=$!
ready "$GATEWAY_PORT"

BASE=http://127.0.0.1:$GATEWAY_PORT/api/v1/search
SEARCH_URL="$BASE/restaurants?q=paneer%20tika&lat=12.9716&lon=77.5946&size=20"
FILTERED_URL="$BASE/restaurants?q=biryani&lat=12.9352&lon=77.6245&vegOnly=false&minRating=4&openNow=true&sort=RATING&size=20"
SUGGEST_URL="$BASE/suggest?prefix=pan"
# a few cold requests straight to the service first: the very first searches warm Elasticsearch's caches and the JIT,
# and may take longer than the gateway's response timeout
for _ in 1 2 3 4 5; do curl -s -o /dev/null "http://127.0.0.1:$SEARCH_PORT/api/v1/search/restaurants?q=paneer&lat=12.97&lon=77.59"; done
curl -fs "$SEARCH_URL" >"$OUT/sample.json"
echo "a sample answer is in $OUT/sample.json ($(wc -c <"$OUT/sample.json") bytes)"
echo "search (text, typo, deliverable, matched dishes):"
java benchmarks/gateway/FixedRateLoad.java "$SEARCH_URL" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/search.txt"
echo "search with filters and a sort:"
java benchmarks/gateway/FixedRateLoad.java "$FILTERED_URL" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/filtered.txt"
echo "suggest:"
java benchmarks/gateway/FixedRateLoad.java "$SUGGEST_URL" "$((RATE * 2))" "$WARMUP" "$COUNT" | tee "$OUT/suggest.txt"
