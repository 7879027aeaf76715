#!/usr/bin/env bash
# Container health check without curl in the image: GET http://127.0.0.1:$HEALTH_PORT$HEALTH_PATH over
# bash's /dev/tcp; healthy on a 2xx answer.
set -u
port=${HEALTH_PORT:-${SERVER_PORT:-8080}}
path=${HEALTH_PATH:-/actuator/health/readiness}
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 3 status <&3 || exit 1
[[ $status =~ ^HTTP/[0-9.]+\ 2[0-9][0-9] ]]
