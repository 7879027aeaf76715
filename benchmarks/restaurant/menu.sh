#!/usr/bin/env bash
# Menu reads from restaurant-service at a fixed rate: the published menu through the Redis cache (anyone), and the
# same menu read by its owner straight from Postgres (not cached), so the two latencies compare the cache with what
# a miss costs. Then the cache hit ratio from the service's own counters. Loopback only, bounded in count.
# Needs the jars and installed libraries (./mvnw -q install -DskipTests) and the infrastructure (./platform infra).
# Usage: benchmarks/restaurant/menu.sh [requests/s] [measured requests] [warm-up requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-500}
COUNT=${2:-30000}
WARMUP=${3:-15000}
PORT=${RESTAURANT_PORT:-18282}
OUT=target/benchmarks/restaurant
mkdir -p "$OUT"
JAR=restaurant-service/target/restaurant-service.jar
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q install -DskipTests" >&2; exit 1; }
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -q -pl restaurant-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null

rm -f "$OUT/setup.txt" "$OUT/ready"
mkfifo "$OUT/ready"
exec 3<>"$OUT/ready" # the setup reads "ready" from here once the service answers
java -cp "$(cat "$OUT/classpath.txt")" benchmarks/restaurant/MenuBenchSetup.java "http://127.0.0.1:$PORT" \
  "$OUT/setup.txt" <&3 >"$OUT/setup.log" 2>&1 &
SETUP=$!
trap 'kill $SETUP ${SERVICE:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do grep -q '^jwks=' "$OUT/setup.txt" 2>/dev/null && break; sleep 0.5; done
value() { sed -n "s/^$1=//p" "$OUT/setup.txt"; }

SERVER_PORT=$PORT JWKS_URI=$(value jwks) REDIS_KEY_PREFIX="bench:$$:" KAFKA_TOPIC_PREFIX="bench-$$." \
  java ${PLATTER_SERVICE_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k} \
  -jar "$JAR" >"$OUT/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
echo ready >&3
for _ in $(seq 1 240); do grep -q '^owner=' "$OUT/setup.txt" 2>/dev/null && break; sleep 0.5; done
grep -q '^owner=' "$OUT/setup.txt" || { echo "seeding failed, see $OUT/setup.log" >&2; exit 1; }

BASE=http://127.0.0.1:$PORT/api/v1/restaurants
echo "menu size: $(curl -fs "$BASE/$(value published)/menu" | wc -c) bytes"
echo "cached (published menu, anyone):"
java benchmarks/gateway/FixedRateLoad.java "$BASE/$(value published)/menu" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/cached.txt"
echo "uncached (the owner's read, from Postgres):"
LOAD_AUTHORIZATION="Bearer $(value owner)" java benchmarks/gateway/FixedRateLoad.java \
  "$BASE/$(value unpublished)/menu" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/uncached.txt"
curl -fs "http://127.0.0.1:$PORT/actuator/prometheus" | grep '^platter_menu_cache' | tee "$OUT/cache-counters.txt"
