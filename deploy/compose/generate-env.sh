#!/usr/bin/env bash
# Prints a .env for docker-compose.yml with fresh random values for every variable the compose file
# requires (${NAME:?...}): database passwords, service client secrets, the signing-key encryption key and a
# Stripe test key for the sandbox. Usage (from the repository root): deploy/compose/generate-env.sh > .env
set -euo pipefail
compose=$(dirname "${BASH_SOURCE[0]}")/../../docker-compose.yml
random_hex() { od -An -N24 -tx1 /dev/urandom | tr -d ' \n'; }
grep -o '\${[A-Z0-9_]*:?' "$compose" | sed 's/^\${//; s/:?$//' | sort -u | while read -r name; do
  case $name in
    SIGNING_KEY_ENCRYPTION_KEY) value=$(head -c 32 /dev/urandom | base64) ;;   # AES-256 key, base64
    STRIPE_SECRET_KEY) value=sk_test_$(random_hex) ;;                          # any test key suits the sandbox
    *) value=$(random_hex) ;;
  esac
  printf '%s=%s\n' "$name" "$value"
done
