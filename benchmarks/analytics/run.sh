#!/usr/bin/env bash
# analytics-service: (1) events ingested per second through Kafka: whole order lives (1,000 orders a minute of event
# time) and riders' shifts published to bench topics, timed until the service has applied every one (facts, rollups
# recomputed, inbox); (2) overview latency over a month of history at 1,000 orders a minute: the month's rollups are
# written in bulk SQL (43.2M orders are not pushed through Kafka), then the city and platform overviews of that month
# (ragged edges: minutes, hours and days answer) are read at a fixed rate. Loopback only, bounded in count, with its
# own database (dropped afterwards) and topic prefix (topics deleted afterwards).
# Needs the analytics-service jar and test classes (./mvnw -q -pl analytics-service package -DskipTests), the
# installed libraries, and the infrastructure (./platform infra: Postgres, Redis, Kafka).
# Usage: benchmarks/analytics/run.sh [orders to ingest] [overview requests/s] [measured requests] [warm-up requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
ORDERS=${1:-2000}
RATE=${2:-50}
COUNT=${3:-3000}
WARMUP=${4:-1000}
PORT=${ANALYTICS_PORT:-18888}
RUN=bench$(date -u +%y%m%d%H%M%S)$$
DB=platter_analytics_$RUN
OUT=target/benchmarks/analytics
mkdir -p "$OUT"
JAR=analytics-service/target/analytics-service.jar
[ -f "$JAR" ] && [ -d analytics-service/target/test-classes ] \
  || { echo "$JAR or its test classes are missing: ./mvnw -q -pl analytics-service package -DskipTests" >&2; exit 1; }
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -q -pl analytics-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
CLASSPATH_BENCH="$(cat "$OUT/classpath.txt"):analytics-service/target/test-classes"

psql -q -h 127.0.0.1 -U postgres -c "create database $DB owner platter_analytics" >/dev/null
SETUP=
SERVICE=
cleanup() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  [ -n "$SETUP" ] && kill "$SETUP" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" >/dev/null || true
}
trap cleanup EXIT

rm -f "$OUT/setup.txt" "$OUT/ready"
mkfifo "$OUT/ready"
exec 3<>"$OUT/ready" # the set-up reads a line from here when the service is ready, and one when all is measured
java -cp "$CLASSPATH_BENCH" benchmarks/analytics/AnalyticsBench.java "http://127.0.0.1:$PORT" "$OUT/setup.txt" \
  "$RUN." "jdbc:postgresql://127.0.0.1:5432/$DB" "$ORDERS" <&3 > >(tee "$OUT/setup.log") 2>"$OUT/setup.err" &
SETUP=$!
for _ in $(seq 1 60); do grep -q '^jwks=' "$OUT/setup.txt" 2>/dev/null && break; sleep 0.5; done
value() { sed -n "s/^$1=//p" "$OUT/setup.txt"; }

SERVER_PORT=$PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB JWKS_URI=$(value jwks) KAFKA_TOPIC_PREFIX="$RUN." \
  REDIS_KEY_PREFIX="$RUN:" LOG_FORMAT=ecs java -Xms256m -Xmx512m -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" \
  || { echo "analytics-service did not start, see $OUT/service.log" >&2; exit 1; }
echo ready >&3
for _ in $(seq 1 7200); do grep -q '^city=' "$OUT/setup.txt" 2>/dev/null && break; sleep 0.5; done
grep -q '^city=' "$OUT/setup.txt" || { echo "set-up failed, see $OUT/setup.err" >&2; exit 1; }

BASE="http://127.0.0.1:$PORT/api/v1/admin/analytics/overview?from=$(value from)&to=$(value to)"
echo "one answer: $(curl -fs -H "Authorization: Bearer $(value admin)" "$BASE&city=Bench%20City" | head -c 600)"
echo "city overview of the month (from rollups):"
LOAD_AUTHORIZATION="Bearer $(value admin)" java benchmarks/gateway/FixedRateLoad.java "$BASE&city=Bench%20City" \
  "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/overview-city.txt"
echo "platform overview of the month (from rollups, riders included):"
LOAD_AUTHORIZATION="Bearer $(value admin)" java benchmarks/gateway/FixedRateLoad.java "$BASE" \
  "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/overview-platform.txt"
curl -fs "http://127.0.0.1:$PORT/actuator/prometheus" | grep '^platter_analytics' | tee "$OUT/counters.txt"
echo done >&3
wait "$SETUP" || true
SETUP=
