#!/bin/sh
# Playwright cannot download its own browser builds on these machines (only the
# package registries are reachable), so the e2e tests drive Debian's chromium.
# Installs it when missing; does nothing (and no apt-get update) when present.
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$CHROMIUM" != /usr/bin/chromium ]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM does not exist; not installing anything" >&2
  exit 1
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
fi

echo "ensure-chromium: installing Debian's chromium with apt-get" >&2
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium
