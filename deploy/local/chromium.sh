#!/usr/bin/env bash
# Debian's headless-capable Chromium for the gateway's browser test (and for a person's screenshots).
# Installs the `chromium` package with apt-get only when /usr/bin/chromium is missing; does nothing otherwise.
# The Maven build runs it before the gateway's tests, so `./mvnw verify` works on a clean machine (as root).
#   deploy/local/chromium.sh            install if missing
#   CHROMIUM_INSTALL=skip deploy/local/chromium.sh   only report (e.g. where apt-get is not ours to run)
set -euo pipefail
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi
if [ "${CHROMIUM_INSTALL:-}" = skip ]; then
  echo "chromium: missing at $CHROMIUM (CHROMIUM_INSTALL=skip)" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium: missing at $CHROMIUM; install it as root: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
echo "chromium: installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -q
apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends chromium fonts-liberation fonts-dejavu-core
"$CHROMIUM" --version
