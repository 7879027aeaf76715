#!/usr/bin/env bash
# delivery-service under load with a city of online riders: dispatch latency (OrderAccepted to RiderAssigned, riders
# accepting through the API as soon as their DeliveryOffered arrives) and position ingestion through the gateway at
# fixed rates (and straight to the service, for comparison). Loopback only, bounded in count, with its own database (dropped afterwards), topic and Redis prefixes.
# Needs the jars (./mvnw -q -pl gateway-service,delivery-service package -DskipTests) and the infrastructure
# (Postgres, Redis, Kafka on their standard ports).
# Usage: benchmarks/delivery/run.sh [riders] [orders] [orders/s] [positions per step] [warm-up positions] [rate...]
set -euo pipefail
cd "$(dirname "$0")/../.."
RIDERS=${1:-1000}
ORDERS=${2:-200}
ORDER_RATE=${3:-2}
COUNT=${4:-6000}
WARMUP=${5:-3000}
shift 5 || true
if (($#)); then RATES=("$@"); else RATES=(100 200 400); fi
PORT=${DELIVERY_PORT:-18585}
GATEWAY_PORT=${GATEWAY_PORT:-18580}
JWKS_PORT=${JWKS_PORT:-18599}
RUN=bench$(date -u +%y%m%d%H%M%S)$$
DB=platter_delivery_$RUN
OUT=target/benchmarks/delivery
mkdir -p "$OUT"
for jar in delivery-service/target/delivery-service.jar gateway-service/target/gateway-service.jar; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -pl gateway-service,delivery-service package -DskipTests" >&2; exit 1; }
done
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -q -pl delivery-service dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null

psql -q -h 127.0.0.1 -U postgres -c "create database $DB owner platter_delivery" >/dev/null
SERVICE= GATEWAY=
cleanup() {
  [ -n "$GATEWAY" ] && kill "$GATEWAY" 2>/dev/null && wait "$GATEWAY" 2>/dev/null || true
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" >/dev/null || true
}
trap cleanup EXIT

JWKS=http://127.0.0.1:$JWKS_PORT/.well-known/jwks.json
# riders are heard from when they go online and stay silent until the position phase: a stale-after of minutes
# keeps them in dispatch meanwhile
SERVER_PORT=$PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB JWKS_URI=$JWKS KAFKA_TOPIC_PREFIX="$RUN." \
  REDIS_KEY_PREFIX="$RUN:" RIDER_STALE_AFTER=10m LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar delivery-service/target/delivery-service.jar >"$OUT/delivery.log" 2>&1 &
SERVICE=$!
SERVER_PORT=$GATEWAY_PORT DELIVERY_SERVICE_URI=http://127.0.0.1:$PORT JWKS_URI=$JWKS REDIS_KEY_PREFIX="$RUN:gw:" \
  RATE_LIMIT_PER_ADDRESS=100000000 RATE_LIMIT_PER_USER=100000000 LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar gateway-service/target/gateway-service.jar >"$OUT/gateway.log" 2>&1 &
GATEWAY=$!
for url in "http://127.0.0.1:$PORT" "http://127.0.0.1:$GATEWAY_PORT"; do
  for _ in $(seq 1 600); do
    curl -fs "$url/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs -o /dev/null "$url/actuator/health/readiness" || { echo "$url did not start, see $OUT/*.log" >&2; exit 1; }
done

mkdir -p "$OUT/classes" && javac -d "$OUT/classes" benchmarks/gateway/FixedRateLoad.java
java -Dlogback.configurationFile=benchmarks/delivery/logback-bench.xml -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" \
  benchmarks/delivery/DeliveryLoad.java "http://127.0.0.1:$PORT" \
  "http://127.0.0.1:$GATEWAY_PORT" "$JWKS_PORT" 127.0.0.1:9092 "$RUN." "$RIDERS" "$ORDERS" "$ORDER_RATE" "$COUNT" \
  "$WARMUP" "${RATES[@]}" | tee "$OUT/results.txt"
