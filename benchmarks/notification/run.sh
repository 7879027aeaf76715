#!/usr/bin/env bash
# notification-service's WebSocket hub under load, on loopback: event-to-WebSocket latency at fixed event rates
# (RiderLocationUpdated published to Kafka, paced by benchmarks/gateway/FixedRateLoad.java, received by customers
# following their orders), then how many concurrent WebSocket connections one instance holds and its memory per
# connection (heap after a full GC, and RSS). The service runs from its jar on a port of its own, with a database of
# its own (dropped afterwards), its own Kafka topic prefix and Redis key prefix.
# Needs the jar (./mvnw -q -pl notification-service package -DskipTests), the libraries installed (platform-test is
# on the load driver's classpath) and the infrastructure (./platform infra: Postgres, Redis, Kafka).
# Usage: benchmarks/notification/run.sh [events per step] [warm-up events] [followers] [rates] [connection steps]
#   e.g. benchmarks/notification/run.sh 3000 1000 100 50,200,500 1000,5000,10000
# Extra Maven arguments (e.g. -Dmaven.repo.local=...) go in MVN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-3000}
WARMUP=${2:-1000}
FOLLOWERS=${3:-100}
RATES=${4:-50,200,500}
STEPS=${5:-1000,5000,10000}
PORT=${NOTIFICATION_PORT:-18601}
PUBLISHER_PORT=${PUBLISHER_PORT:-18602}
# a test-run id (r + UTC yyMMddHHmmss + 4 hex digits): the Kafka topic and Redis key prefix of this bench
RUN=r$(date -u +%y%m%d%H%M%S)$(printf '%04x' $((RANDOM % 65536)))
DB=platter_notification_bench_$RUN
OUT=target/benchmarks/notification
mkdir -p "$OUT"
JAR=notification-service/target/notification-service.jar
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q -pl notification-service package -DskipTests" >&2; exit 1; }

psql -q -h 127.0.0.1 -U postgres -c "create database $DB owner platter_notification" >/dev/null
cleanup() {
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" >/dev/null || true
}
trap cleanup EXIT

# shellcheck disable=SC2086
./mvnw -q -B -pl notification-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" ${MVN_ARGS:-} >/dev/null
mkdir -p "$OUT/classes" && javac -d "$OUT/classes" benchmarks/gateway/FixedRateLoad.java
PLATTER_TEST_RUN_ID=$RUN BENCH_OUT=$OUT java -Xmx3g -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" \
  benchmarks/notification/RealtimeBench.java "$JAR" "$PORT" "$PUBLISHER_PORT" \
  "jdbc:postgresql://127.0.0.1:5432/$DB" "$COUNT" "$WARMUP" "$FOLLOWERS" "$RATES" "$STEPS" >"$OUT/driver.log" 2>&1 || { tail -20 "$OUT/driver.log" >&2; exit 1; }
grep -E '^(event->WebSocket|connections=|stopped at)' "$OUT/driver.log" | tee "$OUT/results.txt"
