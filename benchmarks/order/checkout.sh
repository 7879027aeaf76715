#!/usr/bin/env bash
# Checkout through the gateway at fixed arrival rates (open model), and the SQL statements one checkout executes in
# order-service's database. Runs the gateway, order-service, restaurant-service and payment-service (against the
# stripe-sandbox) as processes on loopback, each in a database of its own for this run (dropped afterwards) and with
# the run's own topic and Redis key prefixes; order-service reaches its database through
# benchmarks/order/StatementCounter.java. CheckoutLoad.java stands in for user-service (signing keys, service token).
# Needs the jars (./mvnw -q install -DskipTests), the infrastructure (./platform infra) and the stripe-sandbox.
# Usage: benchmarks/order/checkout.sh [requests per step] [warm-up requests] [rate...]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1500}
WARMUP=${2:-500}
shift 2 || true
if (($#)); then RATES=("$@"); else RATES=(20 40 60); fi
BASE_PORT=${CHECKOUT_BENCH_BASE_PORT:-18380}
GATEWAY_PORT=$BASE_PORT TOKENS_PORT=$((BASE_PORT + 1)) RESTAURANT_PORT=$((BASE_PORT + 2)) ORDER_PORT=$((BASE_PORT + 3))
PAYMENT_PORT=$((BASE_PORT + 4)) COUNTER_PORT=$((BASE_PORT + 5)) COUNTER_CONTROL=$((BASE_PORT + 6))
STRIPE_API_BASE=${STRIPE_API_BASE:-http://127.0.0.1:12111}
RUN=bench$(date -u +%y%m%d%H%M%S)$$
OUT=target/benchmarks/order
mkdir -p "$OUT"
for module in gateway-service order-service restaurant-service payment-service; do
  [ -f "$module/target/$module.jar" ] || { echo "$module/target/$module.jar is missing: ./mvnw -q install -DskipTests" >&2; exit 1; }
done
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -q -pl order-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
mkdir -p "$OUT/classes" && javac -d "$OUT/classes" benchmarks/gateway/FixedRateLoad.java

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for db in order restaurant payment; do
    psql -q -h 127.0.0.1 -U postgres -c "drop database if exists platter_${db}_$RUN" >/dev/null || true
  done
}
trap cleanup EXIT
for db in order restaurant payment; do
  psql -q -h 127.0.0.1 -U postgres -c "create database platter_${db}_$RUN owner platter_$db" >/dev/null
done

java benchmarks/order/StatementCounter.java "$COUNTER_PORT" "$COUNTER_CONTROL" >"$OUT/counter.log" 2>&1 &
PIDS+=($!)
rm -f "$OUT/handshake.txt" "$OUT/ready"
mkfifo "$OUT/ready"
exec 3<>"$OUT/ready" # the load generator reads a line from here once every service answers
java -cp "$OUT/classes:$(cat "$OUT/classpath.txt")" benchmarks/order/CheckoutLoad.java "$OUT/handshake.txt" "$TOKENS_PORT" \
  "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$ORDER_PORT" "http://127.0.0.1:$RESTAURANT_PORT" \
  "http://127.0.0.1:$COUNTER_CONTROL/" 100 "$WARMUP" "$COUNT" "${RATES[@]}" <&3 | tee "$OUT/results.txt" &
LOAD=$!
PIDS+=($LOAD)
for _ in $(seq 1 60); do grep -q '^jwks=' "$OUT/handshake.txt" 2>/dev/null && break; sleep 0.5; done
JWKS=$(sed -n 's/^jwks=//p' "$OUT/handshake.txt")

common() { # the environment every service of this run shares
  echo JWKS_URI="$JWKS" KAFKA_TOPIC_PREFIX="$RUN." REDIS_KEY_PREFIX="$RUN:" LOG_FORMAT=ecs
}
JAVA_OPTS=${PLATTER_SERVICE_JAVA_OPTS:--Xms256m -Xmx512m}
env $(common) SERVER_PORT=$RESTAURANT_PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/platter_restaurant_$RUN \
  java $JAVA_OPTS -jar restaurant-service/target/restaurant-service.jar >"$OUT/restaurant.log" 2>&1 &
PIDS+=($!)
env $(common) SERVER_PORT=$PAYMENT_PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/platter_payment_$RUN \
  STRIPE_API_BASE="$STRIPE_API_BASE" STRIPE_SECRET_KEY="sk_test_$RUN" STRIPE_WEBHOOK_SECRET="whsec_$RUN" \
  STRIPE_REGISTER_WEBHOOK_ENDPOINT=false java $JAVA_OPTS -jar payment-service/target/payment-service.jar \
  >"$OUT/payment.log" 2>&1 &
PIDS+=($!)
env $(common) SERVER_PORT=$ORDER_PORT \
  DB_URL="jdbc:postgresql://127.0.0.1:$COUNTER_PORT/platter_order_$RUN?sslmode=disable&gssEncMode=disable" \
  USER_SERVICE_URI=http://127.0.0.1:$TOKENS_PORT RESTAURANT_SERVICE_URI=http://127.0.0.1:$RESTAURANT_PORT \
  PAYMENT_SERVICE_URI=http://127.0.0.1:$PAYMENT_PORT DEADLINE_POLL_INTERVAL=1h \
  java $JAVA_OPTS -jar order-service/target/order-service.jar \
  >"$OUT/order.log" 2>&1 &
PIDS+=($!)
env $(common) SERVER_PORT=$GATEWAY_PORT ORDER_SERVICE_URI=http://127.0.0.1:$ORDER_PORT \
  RATE_LIMIT_PER_ADDRESS=100000000 RATE_LIMIT_PER_USER=100000000 \
  java $JAVA_OPTS -jar gateway-service/target/gateway-service.jar >"$OUT/gateway.log" 2>&1 &
PIDS+=($!)

for port in $RESTAURANT_PORT $PAYMENT_PORT $ORDER_PORT $GATEWAY_PORT; do
  for _ in $(seq 1 $((2 * ${PLATTER_SERVICE_TIMEOUT:-180}))); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" \
    || { echo "the service on $port did not start; see $OUT/*.log" >&2; exit 1; }
done
echo ready >&3
wait $LOAD
