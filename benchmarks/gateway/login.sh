#!/usr/bin/env bash
# Login throughput: user-service (argon2id verification, RS256 signing, refresh token stored) behind the gateway, each
# step a fixed arrival rate of logins of one customer, through the gateway. The highest step answered in full with a
# bounded p99 is the sustained throughput. Loopback only, bounded in count.
# Needs the gateway and user-service jars (./mvnw -q -DskipTests package) and the infrastructure (./platform infra).
# Usage: benchmarks/gateway/login.sh [requests per step] [rate...]
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-300}
shift || true
if (($#)); then RATES=("$@"); else RATES=(10 20 30 40 50 60); fi
USER_PORT=${USER_PORT:-18181}
GATEWAY_PORT=${GATEWAY_PORT:-18180}
OUT=target/benchmarks/login
mkdir -p "$OUT"
for jar in user-service/target/user-service.jar gateway-service/target/gateway-service.jar; do
  [ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -DskipTests package" >&2; exit 1; }
done

SERVER_PORT=$USER_PORT REDIS_KEY_PREFIX="bench:$$:" LOGIN_THROTTLE_MAX_FAILURES_PER_ADDRESS=100000 \
  java -Xms256m -Xmx256m -jar user-service/target/user-service.jar >"$OUT/user.log" 2>&1 &
USERS=$!
SERVER_PORT=$GATEWAY_PORT USER_SERVICE_URI=http://127.0.0.1:$USER_PORT \
  JWKS_URI=http://127.0.0.1:$USER_PORT/.well-known/jwks.json REDIS_KEY_PREFIX="bench:$$:" \
  RATE_LIMIT_AUTH=100000000 RATE_LIMIT_PER_ADDRESS=100000000 \
  java -Xms256m -Xmx256m -jar gateway-service/target/gateway-service.jar >"$OUT/gateway.log" 2>&1 &
GATEWAY=$!
trap 'kill $GATEWAY $USERS 2>/dev/null || true' EXIT

for port in "$USER_PORT" "$GATEWAY_PORT"; do
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.5
  done
done

EMAIL="bench.$(date +%s).$$@platter.test"
PASSWORD=masala-dosa-benchmark
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\",\"name\":\"Bench Diner\",\"phone\":\"+919812345678\"}" \
  "http://127.0.0.1:$GATEWAY_PORT/api/v1/auth/register"
BODY="{\"email\":\"$EMAIL\",\"password\":\"$PASSWORD\"}"

for rate in "${RATES[@]}"; do
  java benchmarks/gateway/FixedRateLoad.java "http://127.0.0.1:$GATEWAY_PORT/api/v1/auth/login" "$rate" \
    "$((rate * 3))" "$COUNT" "$BODY" | tee -a "$OUT/steps.txt"
done
