#!/usr/bin/env bash
# Installs the Node.js dependencies when package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.package-lock.sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
# The browser tests (test/web) drive Debian's Chromium; it comes from apt, never from a browser download.
if [ ! -x /usr/bin/chromium ]; then
  echo "install-deps: apt-get install chromium"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
