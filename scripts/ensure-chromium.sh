#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: CHROME_PATH if set, else Debian's /usr/bin/chromium,
# installed with apt when missing and we are root; otherwise stops with the command to run.
set -euo pipefail

if [[ -n "${CHROME_PATH:-}" ]]; then
  if [[ -x "$CHROME_PATH" ]]; then exit 0; fi
  echo "CHROME_PATH is set to '$CHROME_PATH', which is not an executable file. Fix or unset it." >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then exit 0; fi

if [[ "$(id -u)" == "0" ]]; then
  echo "Chromium is missing: installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "The browser tests need Chromium. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "or point CHROME_PATH at a Chromium or Chrome binary." >&2
exit 1
