#!/usr/bin/env bash
# ETA error of delivery-service's estimator on simulated street-grid deliveries (see EtaSimulation.java): no service,
# no infrastructure, the service's own estimator class with its configured road factor and vehicle speed.
# Needs delivery-service compiled (./mvnw -q -pl delivery-service compile).
# Usage: benchmarks/delivery/eta.sh [deliveries] [road factor] [vehicle km/h] [hand-over seconds] [seed]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/benchmarks/delivery
mkdir -p "$OUT"
[ -d delivery-service/target/classes/dev ] || { echo "compile delivery-service first: ./mvnw -q -pl delivery-service compile" >&2; exit 1; }
[ -f "$OUT/classpath.txt" ] || ./mvnw -B -q -pl delivery-service dependency:build-classpath \
  -Dmdep.outputFile="$PWD/$OUT/classpath.txt" >/dev/null
java -cp "delivery-service/target/classes:$(cat "$OUT/classpath.txt")" benchmarks/delivery/EtaSimulation.java "$@" \
  | tee "$OUT/eta.txt"
