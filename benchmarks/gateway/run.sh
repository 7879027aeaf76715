#!/usr/bin/env bash
# The gateway's added latency: the same GET at a fixed rate, once straight to a stub downstream, once through the
# gateway (routing, rate-limit check in Redis, breaker, security headers, request id). Loopback only, bounded in count.
# Needs the gateway jar (./mvnw -o -q -pl gateway-service -am package -DskipTests) and Redis on 127.0.0.1:6379.
# Usage: benchmarks/gateway/run.sh [requests/s] [measured requests] [warm-up requests]
# The warm-up lets the JIT compile the gateway's hot paths before anything is measured.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-300}
COUNT=${2:-30000}
WARMUP=${3:-15000}
STUB_PORT=${STUB_PORT:-18082}
GATEWAY_PORT=${GATEWAY_PORT:-18080}
OUT=target/benchmarks/gateway
mkdir -p "$OUT"
JAR=gateway-service/target/gateway-service.jar
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -o -q -pl gateway-service -am package -DskipTests" >&2; exit 1; }

# The stub runs on Reactor Netty from the gateway module's own classpath.
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -o -q -pl gateway-service dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
java -cp "$(cat "$OUT/classpath.txt")" benchmarks/gateway/StubService.java "$STUB_PORT" >"$OUT/stub.log" 2>&1 &
STUB=$!
SERVER_PORT=$GATEWAY_PORT RESTAURANT_SERVICE_URI=http://127.0.0.1:$STUB_PORT REDIS_KEY_PREFIX="bench:$$:" \
  RATE_LIMIT_PER_ADDRESS=100000000 RATE_LIMIT_PER_USER=100000000 LOG_FORMAT=ecs \
  java -Xms256m -Xmx512m -jar "$JAR" >"$OUT/gateway.log" 2>&1 &
GATEWAY=$!
trap 'kill $GATEWAY $STUB 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$STUB_PORT/api/v1/restaurants/near" >/dev/null

PATH_=/api/v1/restaurants/0190f3a8-5b1e-7c4d-9a2b-1f2e3d4c5b6a/menu
echo "direct:"
java benchmarks/gateway/FixedRateLoad.java "http://127.0.0.1:$STUB_PORT$PATH_" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/direct.txt"
echo "through the gateway:"
java benchmarks/gateway/FixedRateLoad.java "http://127.0.0.1:$GATEWAY_PORT$PATH_" "$RATE" "$WARMUP" "$COUNT" | tee "$OUT/gateway.txt"
