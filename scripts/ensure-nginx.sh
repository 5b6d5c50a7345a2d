#!/usr/bin/env bash
# Makes sure the tests that run the shipped nginx config (deploy/) have an nginx: NGINX_BIN if set, else one on
# the usual paths, installed with apt when missing and we are root; otherwise stops with the command to run.
set -euo pipefail

if [[ -n "${NGINX_BIN:-}" ]]; then
  if [[ -x "$NGINX_BIN" ]]; then exit 0; fi
  echo "NGINX_BIN is set to '$NGINX_BIN', which is not an executable file. Fix or unset it." >&2
  exit 1
fi

for candidate in /usr/sbin/nginx /usr/local/sbin/nginx; do
  if [[ -x "$candidate" ]]; then exit 0; fi
done
if command -v nginx >/dev/null 2>&1; then exit 0; fi

if [[ "$(id -u)" == "0" ]]; then
  echo "nginx is missing: installing Debian's nginx package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Only the binary is wanted: the tests start their own instances, on 127.0.0.1, with their own config.
  apt-get install -y -qq nginx >/dev/null
  exit 0
fi

echo "The deploy tests need nginx. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y nginx" >&2
echo "or point NGINX_BIN at an nginx binary." >&2
exit 1
