#!/usr/bin/env bash
# payment-service under load at fixed arrival rates: payment creation (POST /internal/payments, a CARD order each
# time: attempt stored, PaymentIntent created in the stripe-sandbox through stripe-java, answer recorded) and webhook
# handling (POST /webhooks/stripe, a signed event with a new id each time: signature checked, intent re-read from the
# sandbox, event and payment written in one transaction). Loopback only, bounded in count, in a database of its own
# that is dropped afterwards.
# Needs the payment-service jar (./mvnw -q -pl payment-service package -DskipTests), the infrastructure
# (./platform infra: Postgres, Redis, Kafka) and the stripe-sandbox on STRIPE_API_BASE (default 127.0.0.1:12111).
# Usage: benchmarks/payment/run.sh [requests per step] [warm-up requests] [rate...]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-1000}
WARMUP=${2:-500}
shift 2 || true
if (($#)); then RATES=("$@"); else RATES=(25 50 100); fi
PORT=${PAYMENT_PORT:-18484}
JWKS_PORT=${JWKS_PORT:-18499}
STRIPE_API_BASE=${STRIPE_API_BASE:-http://127.0.0.1:12111}
RUN=bench$(date -u +%y%m%d%H%M%S)$$
DB=platter_payment_$RUN
SECRET_KEY=sk_test_$RUN
WEBHOOK_SECRET=whsec_$RUN
OUT=target/benchmarks/payment
mkdir -p "$OUT"
JAR=payment-service/target/payment-service.jar
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q -pl payment-service package -DskipTests" >&2; exit 1; }
curl -fs -o /dev/null -u "$SECRET_KEY:" "$STRIPE_API_BASE/v1/payment_intents?limit=1" \
  || { echo "no stripe-sandbox at $STRIPE_API_BASE" >&2; exit 1; }

psql -q -h 127.0.0.1 -U postgres -c "create database $DB owner platter_payment" >/dev/null
SERVICE=
cleanup() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB" >/dev/null || true
}
trap cleanup EXIT

SERVER_PORT=$PORT DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB JWKS_URI=http://127.0.0.1:$JWKS_PORT/.well-known/jwks.json \
  STRIPE_API_BASE=$STRIPE_API_BASE STRIPE_SECRET_KEY=$SECRET_KEY STRIPE_WEBHOOK_SECRET=$WEBHOOK_SECRET \
  STRIPE_REGISTER_WEBHOOK_ENDPOINT=false KAFKA_TOPIC_PREFIX="$RUN." REDIS_KEY_PREFIX="$RUN:" LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar "$JAR" >"$OUT/payment.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" || { echo "payment-service did not start, see $OUT/payment.log" >&2; exit 1; }

mkdir -p "$OUT/classes" && javac -d "$OUT/classes" benchmarks/gateway/FixedRateLoad.java
java -cp "$OUT/classes" benchmarks/payment/PaymentLoad.java "http://127.0.0.1:$PORT" "$STRIPE_API_BASE" "$SECRET_KEY" "$WEBHOOK_SECRET" \
  "$JWKS_PORT" "$COUNT" "$WARMUP" "${RATES[@]}" | tee "$OUT/results.txt"
